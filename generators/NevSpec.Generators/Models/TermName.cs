namespace NevSpec.Generators.Models
{
    /// <summary>A coefficient's name in the spec (and in the regression result) and its C# property name.</summary>
    internal sealed record TermName(string Term, string PropertyName);
}
