using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>Which engine result a network analysis has, and so which record is generated for it.</summary>
    /// <remarks><see cref="Untyped"/>: a plan record the generator does not know (its methods return the engine's result as is).</remarks>
    internal enum NetworkAnalysisKind { Metrics, Centrality, Communities, Resilience, Classes, Ergm, Untyped }

    /// <summary>
    /// The C# names chosen for one network analysis of a spec (<c>|> metrics</c>, <c>centrality</c>, <c>communities</c>,
    /// <c>resilience</c>, <c>classes</c>, <c>ergm</c>). Every name comes from the spec alone: the analysis's name, its
    /// network's periods and (ERGM) its terms; never from data such as node ids.
    /// </summary>
    /// <param name="AnalysisName">The analysis's <c>let</c> name in the spec.</param>
    /// <param name="Kind">Which engine result (and generated record) the analysis has.</param>
    /// <param name="MethodName">The generated methods, e.g. <c>Structure</c> (the name mapped as a model's).</param>
    /// <param name="ResultName">The generated record, e.g. <c>StructureResult</c> (reserved but not emitted for <see cref="NetworkAnalysisKind.Untyped"/>).</param>
    /// <param name="Periods">One property per period of the analysis's network, in period order (<c>All</c> without periods).</param>
    /// <param name="Terms">ERGM: one property per model term (statnet label and property name); otherwise empty.</param>
    internal sealed record NetworkAnalysisNames(
        string AnalysisName,
        NetworkAnalysisKind Kind,
        string MethodName,
        string ResultName,
        EquatableArray<PeriodName> Periods,
        EquatableArray<TermName> Terms)
    {
        /// <summary>Whether a typed record is generated (every kind the generator knows); otherwise the methods return the engine's result.</summary>
        public bool IsTyped => Kind is not NetworkAnalysisKind.Untyped;
    }
}
