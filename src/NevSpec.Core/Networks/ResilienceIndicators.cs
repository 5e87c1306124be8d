namespace NevSpec.Core.Networks;

/// <summary>The three structural indicators of network resilience (raw, or normalised across stages to [shift, 1]).</summary>
/// <param name="Transmissibility">How easily flows cross the network: global efficiency (default) or 1/APL of the largest component.</param>
/// <param name="Clustering">Average local clustering coefficient (networkx convention: degree &lt; 2 counts as 0).</param>
/// <param name="Hierarchy">−slope of the log–log degree distribution P(k) (= |slope| when P(k) falls, as it does in real networks).</param>
public sealed record ResilienceIndicators(double Transmissibility, double Clustering, double Hierarchy)
{
    /// <summary>Names of the indicators, in the order of <see cref="ToArray"/>.</summary>
    public static readonly IReadOnlyList<string> Names = ["transmissibility", "clustering", "hierarchy"];

    /// <summary>The three values in the order transmissibility, clustering, hierarchy.</summary>
    public double[] ToArray() => [Transmissibility, Clustering, Hierarchy];
}
