namespace NevSpec.Core.Networks;

/// <summary>Jenks natural breaks: the exact optimal k-class partition of sorted values (minimum within-class sum of squares).</summary>
/// <remarks>
/// Fisher, W. D. (1958), "On grouping for maximum homogeneity", <i>JASA</i> 53, 789–798; Jenks, G. F. (1977),
/// <i>Optimal data classification for choropleth maps</i>, Univ. Kansas Occasional Paper 2. Dynamic programme over the
/// sorted values: V(l, j) = min over the first index i of the last class of SSD(i..l) + V(i − 1, j − 1), with SSD from
/// running sums s2 − s1²/w, exactly as jenkspy 0.4.1 (ties resolved to the smallest first index, its <c>&gt;=</c> rule),
/// so breaks equal jenkspy's. Time O(k·n²), memory O(k·n): fine up to ~10⁴ values. For larger inputs the faster
/// path is Ckmeans.1d.dp (Wang &amp; Song 2011, <i>R Journal</i> 3(2); O(k·n log n) with divide and conquer), not
/// implemented here. GVF = 1 − SDCM/SDAM, SDCM computed from class means (two-pass).
/// </remarks>
public static class JenksBreaks
{
    /// <summary>Classifies <paramref name="values"/> into <paramref name="classCount"/> classes.</summary>
    /// <exception cref="ArgumentException">Empty input, a non-finite value, or k outside 1..n.</exception>
    public static JenksResult Classify(IEnumerable<double> values, int classCount)
    {
        ArgumentNullException.ThrowIfNull(values);
        var x = values.ToArray();
        if (x.Length == 0) throw new ArgumentException("Jenks needs at least one value.", nameof(values));
        for (int i = 0; i < x.Length; i++)
            if (!double.IsFinite(x[i])) throw new ArgumentException($"Value {x[i]} at position {i} is not finite.", nameof(values));
        int n = x.Length, k = classCount;
        if (k < 1 || k > n) throw new ArgumentException($"Class count must be in 1..{n} (number of values), got {k}.", nameof(classCount));
        Array.Sort(x);

        var lower = new int[n + 1, k + 1];
        var cost = new double[n + 1, k + 1];
        for (int j = 1; j <= k; j++) { lower[1, j] = 1; cost[1, j] = 0; for (int i = 2; i <= n; i++) cost[i, j] = double.PositiveInfinity; }
        for (int l = 2; l <= n; l++)
        {
            double s1 = 0, s2 = 0, w = 0, variance = 0;
            for (int m = 1; m <= l; m++)
            {
                int i3 = l - m + 1;
                double v = x[i3 - 1];
                s2 += v * v; s1 += v; w += 1;
                variance = s2 - s1 * s1 / w;
                int i4 = i3 - 1;
                if (i4 == 0) continue;
                for (int j = 2; j <= k; j++)
                    if (cost[l, j] >= variance + cost[i4, j - 1]) { lower[l, j] = i3; cost[l, j] = variance + cost[i4, j - 1]; }
            }
            lower[l, 1] = 1; cost[l, 1] = variance;
        }

        var breaks = new double[k + 1];
        breaks[0] = x[0]; breaks[k] = x[n - 1];
        int last = n;
        for (int j = k; j >= 2; j--)
        {
            int start = lower[last, j];
            breaks[j - 1] = x[start - 2];
            last = start - 1;
        }

        var counts = new int[k]; var sums = new double[k];
        var result0 = new JenksResult(breaks, counts, 0, 0, 0);
        var cls = new int[n];
        for (int i = 0; i < n; i++) { cls[i] = result0.ClassOf(x[i]); counts[cls[i]]++; sums[cls[i]] += x[i]; }
        double mean = x.Average(), sdcm = 0, sdam = 0;
        for (int i = 0; i < n; i++)
        {
            double d = x[i] - sums[cls[i]] / counts[cls[i]]; sdcm += d * d;
            double a = x[i] - mean; sdam += a * a;
        }
        return new JenksResult(breaks, counts, sdcm, sdam, sdam == 0 ? 1 : 1 - sdcm / sdam);
    }
}
