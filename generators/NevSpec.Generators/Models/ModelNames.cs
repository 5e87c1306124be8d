using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>The C# names chosen for one model of a spec: its method, its result class and one property per term.</summary>
    /// <param name="ModelName">The model's <c>let</c> name in the spec.</param>
    /// <param name="MethodName">The generated method, e.g. <c>Baseline</c>.</param>
    /// <param name="ResultName">The generated result class, e.g. <c>BaselineResult</c>.</param>
    /// <param name="Terms">One entry per coefficient: spec term and property name.</param>
    internal sealed record ModelNames(string ModelName, string MethodName, string ResultName, EquatableArray<TermName> Terms);
}
