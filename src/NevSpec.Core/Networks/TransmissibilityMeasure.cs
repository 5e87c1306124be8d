namespace NevSpec.Core.Networks;

/// <summary>How the transmissibility indicator of network resilience is measured.</summary>
public enum TransmissibilityMeasure
{
    /// <summary>Global efficiency: mean of 1/d over all ordered pairs, 1/∞ = 0 (default; defined on disconnected graphs).</summary>
    GlobalEfficiency,

    /// <summary>1 / average shortest path length of the largest connected component (the other components are ignored).</summary>
    InversePathLength,
}
