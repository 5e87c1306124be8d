using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary><c>|> centrality</c>: node centralities per period.</summary>
public sealed record CentralityResult(CentralityPlan Plan, IReadOnlyList<PeriodCentralities> Periods, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodCentralities Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);
}
