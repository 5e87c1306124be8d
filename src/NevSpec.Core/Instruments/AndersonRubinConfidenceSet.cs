namespace NevSpec.Core.Instruments;

/// <summary>
/// Weak-instrument-robust confidence set for the coefficient of the single endogenous regressor: all
/// β₀ whose Anderson–Rubin test is not rejected. It can be an interval, a union of two rays, the whole
/// line or empty; infinite ends are ±∞.
/// </summary>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Intervals">Disjoint intervals in increasing order (closed; ±∞ for unbounded ends).</param>
/// <param name="Method">How it was inverted and which AR form (F or χ²) it uses.</param>
public sealed record AndersonRubinConfidenceSet(double Level, IReadOnlyList<(double Low, double High)> Intervals, string Method)
{
    /// <summary>True when the set is one bounded interval.</summary>
    public bool IsBoundedInterval => Intervals.Count == 1 && double.IsFinite(Intervals[0].Low) && double.IsFinite(Intervals[0].High);
}
