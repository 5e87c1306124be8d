using NevSpec.Core.Descriptives;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>Descriptive statistics of a source's variables (the paper's Table 3), or why they failed.</summary>
public sealed record DescriptivesResult(DescriptivesPlan Plan, IReadOnlyList<VariableSummary> Variables, string? Error)
{
    public string Name => Plan.Name;

    public bool Succeeded => Error is null;
}
