using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary><c>|> classes jenks k</c>: Jenks classes of internal strength, link strength and node resilience per period.</summary>
public sealed record ClassesResult(ClassesPlan Plan, IReadOnlyList<PeriodClasses> Periods, string? Error)
    : NetworkAnalysisResult(Plan.Name, Error)
{
    /// <summary>The period with this label.</summary>
    public PeriodClasses Period(string label) => PeriodLookup.Find(Periods, p => p.Label, label, Name);
}
