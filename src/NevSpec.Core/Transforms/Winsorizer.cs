namespace NevSpec.Core.Transforms;

/// <summary>
/// Winsorizing: values below the lower percentile are set to it, values above the upper percentile
/// are set to it, missing values stay missing (Stata <c>winsor2 x, cuts(1 99)</c>; not trimming).
/// </summary>
/// <remarks>
/// x_w = min(max(x, q_lo), q_hi) with q_lo, q_hi the <c>lowerP</c> and <c>upperP</c> sample percentiles of
/// the non-missing values. The default <see cref="PercentileDefinition.Stata"/> is <c>_pctile</c>'s
/// (R type 2), which is what <c>winsor2</c> uses (Lian Yujun, <c>winsor2</c>, SSC); R type 7 is available
/// for comparisons with R's <c>DescTools::Winsorize</c>. A variable with one distinct value passes through
/// unchanged.
/// </remarks>
public static class Winsorizer
{
    /// <summary>Winsorizes at <paramref name="lowerP"/> and <paramref name="upperP"/> (fractions, 0 ≤ lower &lt; upper ≤ 1).</summary>
    public static WinsorizeResult WinsorizeAt(string name, double[] values, double lowerP, double upperP,
        PercentileDefinition definition = PercentileDefinition.Stata)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(lowerP >= 0 && lowerP < upperP && upperP <= 1))
            throw new ArgumentOutOfRangeException(nameof(lowerP), $"Winsorizing '{name}' needs 0 ≤ lower < upper ≤ 1 (as fractions, e.g. 0.01 and 0.99); got {lowerP} and {upperP}.");
        var sorted = values.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException($"Cannot winsorize '{name}': it has no non-missing values.", nameof(values));
        Array.Sort(sorted);
        double lo = Percentile.OfSorted(sorted, lowerP, definition), hi = Percentile.OfSorted(sorted, upperP, definition);
        var result = new double[values.Length];
        int low = 0, high = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double x = values[i];
            if (!double.IsFinite(x)) result[i] = double.NaN;
            else if (x < lo) { result[i] = lo; low++; }
            else if (x > hi) { result[i] = hi; high++; }
            else result[i] = x;
        }
        return new WinsorizeResult(name, result, lo, hi, lowerP, upperP, low, high, sorted.Length, definition);
    }

    /// <summary>Symmetric winsorizing at p and 1 − p (the spec's <c>winsorize p</c>, p in (0, 0.5)).</summary>
    public static WinsorizeResult Winsorize(string name, double[] values, double p, PercentileDefinition definition = PercentileDefinition.Stata)
    {
        if (!(p > 0 && p < 0.5))
            throw new ArgumentOutOfRangeException(nameof(p), p, $"Winsorizing '{name}' at p needs 0 < p < 0.5 (e.g. 0.01 for the 1st and 99th percentiles).");
        return WinsorizeAt(name, values, p, 1 - p, definition);
    }
}
