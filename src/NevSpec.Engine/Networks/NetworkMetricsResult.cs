using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary><c>|> metrics</c>: structure metrics per period.</summary>
public sealed record NetworkMetricsResult(NetworkMetricsPlan Plan, IReadOnlyList<PeriodMetrics> Periods, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodMetrics Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);
}
