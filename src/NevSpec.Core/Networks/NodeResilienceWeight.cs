namespace NevSpec.Core.Networks;

/// <summary>One centrality's part in node resilience: its range over the nodes, its entropy and its weight.</summary>
/// <param name="Centrality"><c>degree</c>, <c>closeness</c> or <c>betweenness</c>.</param>
/// <param name="Min">Smallest value over the nodes (the normalisation maps it to the shift).</param>
/// <param name="Max">Largest value over the nodes (mapped to 1 + shift).</param>
/// <param name="Entropy">Information entropy e of the normalised values (entropy weighting), or null (equal weights).</param>
/// <param name="Weight">Weight in the sum; the three weights sum to 1.</param>
public sealed record NodeResilienceWeight(string Centrality, double Min, double Max, double? Entropy, double Weight)
{
    /// <summary>True when every node has the same value: the centrality carries no information and is normalised to the shift.</summary>
    public bool IsConstant => !(Max > Min);

    /// <summary>The normalised value z = (x − min)/(max − min) + shift (= shift for a constant centrality).</summary>
    public double Normalise(double value, double shift) => IsConstant ? shift : (value - Min) / (Max - Min) + shift;
}
