namespace NevSpec.Core.Indices;

/// <summary>
/// One row of an entropy-weight table: the indicator, its direction, its information entropy e,
/// its redundancy 1 − e and its weight w. <see cref="Period"/> is null for pooled weights and the
/// period's label for per-period weights.
/// </summary>
public sealed record EntropyWeight(string Indicator, IndicatorDirection Direction, double Entropy, double Weight, string? Period)
{
    /// <summary>Degree of diversification d = 1 − e; the weight is d / Σd.</summary>
    public double Redundancy => 1 - Entropy;
}
