using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>What a generated analysis method returns.</summary>
    internal enum AnalysisKind { Stepwise, Mediation, Moderation, Split, Descriptives, Untyped }

    /// <summary>The C# names chosen for one analysis (or descriptives table) of a spec.</summary>
    /// <param name="AnalysisName">The analysis's <c>let</c> name in the spec.</param>
    /// <param name="Kind">Which typed result is generated (<see cref="AnalysisKind.Untyped"/>: the engine's result as is).</param>
    /// <param name="MethodName">The generated method, e.g. <c>Mechanism</c>.</param>
    /// <param name="ResultName">The generated result record, e.g. <c>MechanismResult</c> (unused when untyped).</param>
    /// <param name="Members">
    /// Per kind: stepwise, moderation — one property per term; mediation — one per mediator; split — one per
    /// statically known group label; descriptives — one per variable. Each is the spec text and its property name.
    /// </param>
    /// <param name="Terms">Split: the base model's terms (properties of a group's fit); otherwise empty.</param>
    internal sealed record AnalysisNames(
        string AnalysisName,
        AnalysisKind Kind,
        string MethodName,
        string ResultName,
        EquatableArray<TermName> Members,
        EquatableArray<TermName> Terms);
}
