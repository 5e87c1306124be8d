namespace NevSpec.Core.Estimation;

/// <summary>A cluster variable and its number of groups in the estimation sample.</summary>
public sealed record ClusterSummary(string Name, int Groups);
