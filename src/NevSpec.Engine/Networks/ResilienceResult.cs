using NevSpec.Core.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// <c>|> resilience</c>: node resilience per period and network resilience across the periods (coupling coordination of
/// transmissibility, clustering and hierarchy normalised across the periods).
/// </summary>
/// <param name="Plan">The analysis plan.</param>
/// <param name="Periods">One entry per period, in plan order.</param>
/// <param name="Network">The across-period coupling model (the same stages as <c>Periods[i].Network</c>), or null with one period.</param>
/// <param name="Error">Why it could not run, or null.</param>
public sealed record ResilienceResult(ResiliencePlan Plan, IReadOnlyList<PeriodResilience> Periods, NetworkResilienceResult? Network, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodResilience Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);
}
