namespace NevSpec.Core.Estimation;

/// <summary>
/// An absorbed fixed effect: levels in the estimation sample, how many of them are redundant (not
/// counted in the absorbed degrees of freedom) and whether it is nested in a cluster variable.
/// </summary>
public sealed record FixedEffectSummary(string Name, int Levels, int Redundant, bool NestedInCluster);
