namespace NevSpec.Core.Transforms;

/// <summary>Sample percentiles under a stated <see cref="PercentileDefinition"/>.</summary>
/// <remarks>
/// Stata / R type 2: P = N·p, i = ⌊P⌋, h = P − i; q = x(i + 1) if h &gt; 0, else (x(i) + x(i + 1))/2,
/// with x(0) := x(1) and x(N + 1) := x(N). N·p is snapped to the nearest integer when it is within
/// 1e-9 of it, because Stata computes N·p/100 from a percentage and so gets the integer exactly where
/// a binary fraction (0.07·100 = 7.000000000000001) would not. R type 7: h = (N − 1)p + 1 (1-based),
/// q = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋ + 1) − x(⌊h⌋)). Hyndman and Fan (1996), "Sample quantiles in statistical
/// packages", <i>The American Statistician</i> 50(4); Stata Manual [D] pctile, Methods and formulas.
/// </remarks>
public static class Percentile
{
    /// <summary>
    /// The <paramref name="p"/>-quantile (p in [0, 1]) of the finite values of <paramref name="values"/>
    /// (NaN is ignored). Throws <see cref="ArgumentException"/> when no value is finite.
    /// </summary>
    public static double Of(IReadOnlyList<double> values, double p, PercentileDefinition definition = PercentileDefinition.Stata)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0) throw new ArgumentException("A percentile needs at least one non-missing value, got none.", nameof(values));
        Array.Sort(sorted);
        return OfSorted(sorted, p, definition);
    }

    /// <summary>The <paramref name="p"/>-quantile of values already sorted ascending (no NaN).</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p, PercentileDefinition definition = PercentileDefinition.Stata)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile's p must be in [0, 1].");
        int n = sorted.Count;
        if (n == 0) throw new ArgumentException("A percentile needs at least one value, got none.", nameof(sorted));
        double X(int oneBased) => sorted[Math.Clamp(oneBased, 1, n) - 1];
        switch (definition)
        {
            case PercentileDefinition.Stata:
            {
                double position = n * p;
                double rounded = Math.Round(position);
                if (Math.Abs(position - rounded) <= 1e-9 * Math.Max(1, position)) position = rounded;
                int i = (int)Math.Floor(position);
                return position > i ? X(i + 1) : i == 0 ? X(1) : i >= n ? X(n) : (X(i) + X(i + 1)) / 2;
            }
            case PercentileDefinition.RType7:
            {
                double h = (n - 1) * p + 1;
                int lo = (int)Math.Floor(h);
                return lo >= n ? X(n) : X(lo) + (h - lo) * (X(lo + 1) - X(lo));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown percentile definition.");
        }
    }
}
