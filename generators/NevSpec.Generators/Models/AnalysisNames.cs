using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>What a generated analysis method returns.</summary>
    internal enum AnalysisKind { Stepwise, Mediation, Moderation, Split, Descriptives, Threshold, Iv, Untyped }

    /// <summary>The C# names chosen for one analysis (or descriptives table) of a spec.</summary>
    /// <param name="AnalysisName">The analysis's <c>let</c> name in the spec.</param>
    /// <param name="Kind">Which typed result is generated (<see cref="AnalysisKind.Untyped"/>: the engine's result as is).</param>
    /// <param name="MethodName">The generated method, e.g. <c>Mechanism</c>.</param>
    /// <param name="ResultName">The generated result record, e.g. <c>MechanismResult</c> (unused when untyped).</param>
    /// <param name="Members">
    /// Per kind: stepwise, moderation — one property per term; mediation — one per mediator; split — one per
    /// statically known group label; descriptives — one per variable; threshold — one per regime-dependent regressor
    /// (properties of a regime); IV — one per second-stage term. Each is the spec text and its property name.
    /// </param>
    /// <param name="Terms">Split: the base model's terms (properties of a group's fit); threshold: the regime-independent
    /// terms of the spec (properties of a threshold model); IV: the excluded instruments (properties of a first stage);
    /// otherwise empty.</param>
    /// <param name="Extra">IV: the endogenous regressors (properties of <c>FirstStage</c>); otherwise empty.</param>
    internal sealed record AnalysisNames(
        string AnalysisName,
        AnalysisKind Kind,
        string MethodName,
        string ResultName,
        EquatableArray<TermName> Members,
        EquatableArray<TermName> Terms,
        EquatableArray<TermName> Extra = default);
}
