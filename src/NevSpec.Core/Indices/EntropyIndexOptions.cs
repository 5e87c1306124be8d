namespace NevSpec.Core.Indices;

/// <summary>
/// Options of <see cref="EntropyWeightIndex"/>: pooled or per-period weights, and the shift added to
/// every normalised value so that p·ln p is defined at the minimum (0.0001 by default).
/// </summary>
public sealed record EntropyIndexOptions(EntropyWeighting Weighting = EntropyWeighting.Pooled, double Shift = EntropyIndexOptions.DefaultShift)
{
    /// <summary>The conventional shift, 0.0001.</summary>
    public const double DefaultShift = 0.0001;
}
