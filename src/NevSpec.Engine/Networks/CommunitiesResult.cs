using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary><c>|> communities infomap</c>: Infomap communities per period (seeded).</summary>
public sealed record CommunitiesResult(CommunitiesPlan Plan, IReadOnlyList<PeriodCommunities> Periods, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodCommunities Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);
}
