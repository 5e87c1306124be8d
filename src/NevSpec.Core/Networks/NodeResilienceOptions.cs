namespace NevSpec.Core.Networks;

/// <summary>Options of <see cref="NodeResilience"/>.</summary>
/// <param name="Weighting">Entropy (default) or equal weights of degree, closeness and betweenness.</param>
/// <param name="WeightedPaths">Shortest paths with edge length 1/weight (strong ties are short) instead of hops.</param>
/// <param name="Closeness">How closeness treats nodes that cannot reach every other node.</param>
/// <param name="Shift">Added to every min–max normalised centrality (0.0001, as the entropy-weight index), so p·ln p is defined.</param>
public sealed record NodeResilienceOptions(
    NodeResilienceWeighting Weighting = NodeResilienceWeighting.Entropy,
    bool WeightedPaths = false,
    ClosenessConvention Closeness = ClosenessConvention.WassermanFaust,
    double Shift = NodeResilienceOptions.DefaultShift)
{
    /// <summary>The conventional shift, 0.0001.</summary>
    public const double DefaultShift = 0.0001;
}
