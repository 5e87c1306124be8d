using NevSpec.Core.Estimation;

namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// Hansen's base grid <c>qq1</c> and the candidates of each search step (the base grid minus the points
/// near the thresholds held fixed). See <see cref="ThresholdGrid"/> for the rule.
/// </summary>
internal sealed class ThresholdGridPoints
{
    // A product (π + j/qn)·M within this distance of an integer is taken as that integer, so the
    // index is the exact-arithmetic one (floating point could floor 2 − 1e-16 to 1). Hansen's data
    // have no product within 1e-9 of an integer, so this never changes his grid.
    private const double IntegerSnap = 1e-9;

    /// <summary>Distinct candidate values, ascending.</summary>
    public required double[] Values { get; init; }

    /// <summary>1-based position in Hansen's grid of each value's first occurrence.</summary>
    public required int[] Positions { get; init; }

    /// <summary>Hansen's grid with repeats (<c>qq1</c>), ascending.</summary>
    public required double[] BaseValues { get; init; }

    /// <summary>qn (M for all distinct values).</summary>
    public required double QuantileCount { get; init; }

    public required int DistinctValues { get; init; }

    public int Count => Values.Length;

    public static ThresholdGridPoints Build(double[] q, ThresholdGrid grid, double trim)
    {
        var distinct = q.Distinct().ToArray();
        Array.Sort(distinct);
        int m = distinct.Length;
        double qn = grid.QuantileCount ?? m;
        int count = SnapFloor(qn - 2 * qn * trim + 1);
        if (count < 1)
            throw new EstimationException(
                $"Trimming {trim:G} leaves no grid: {grid} of the threshold variable's {m} distinct values give {count} candidate(s).");

        var baseValues = new double[count];
        double step = 1.0 / qn;
        for (int j = 0; j < count; j++)
        {
            double sq = trim + j * step;                       // GAUSS seqa(π, 1/qn, ·)
            int index = Math.Clamp(SnapFloor(sq * m), 1, m);    // 1-based, as dd[floor(sq·rows(dd))]
            baseValues[j] = distinct[index - 1];
        }
        var values = new List<double>();
        var positions = new List<int>();
        for (int j = 0; j < count; j++)
            if (j == 0 || baseValues[j] != baseValues[j - 1]) { values.Add(baseValues[j]); positions.Add(j + 1); }
        return new ThresholdGridPoints
        {
            Values = values.ToArray(),
            Positions = positions.ToArray(),
            BaseValues = baseValues,
            QuantileCount = qn,
            DistinctValues = m,
        };
    }

    private int[]? _all;

    /// <summary>All grid indices (the first step's candidates). Shared: callers must not modify it.</summary>
    public int[] All() => _all ??= Enumerable.Range(0, Count).ToArray();

    /// <summary>
    /// Candidates when the thresholds at grid indices <paramref name="fixedIndices"/> are held fixed:
    /// with nn = number of base-grid points strictly below a fixed threshold and qnt = qn·π, positions
    /// p with nn − qnt &lt; p ≤ nn + qnt are removed (Hansen's <c>ii</c> mask), and the fixed values themselves.
    /// </summary>
    public int[] Candidates(ReadOnlySpan<int> fixedIndices, double trim)
    {
        if (fixedIndices.Length == 0) return All();
        double qnt = Snap(QuantileCount * trim);
        Span<double> nn = stackalloc double[fixedIndices.Length];
        for (int f = 0; f < fixedIndices.Length; f++) nn[f] = CountBelow(Values[fixedIndices[f]]);
        var result = new List<int>(Count);
        for (int g = 0; g < Count; g++)
        {
            bool excluded = false;
            for (int f = 0; f < fixedIndices.Length && !excluded; f++)
                excluded = g == fixedIndices[f] || (Positions[g] > nn[f] - qnt && Positions[g] <= nn[f] + qnt);
            if (!excluded) result.Add(g);
        }
        return result.ToArray();
    }

    private int CountBelow(double value)
    {
        int lo = 0, hi = BaseValues.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (BaseValues[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static double Snap(double x)
    {
        double r = Math.Round(x);
        return Math.Abs(x - r) < IntegerSnap ? r : x;
    }

    private static int SnapFloor(double x) => (int)Math.Floor(Snap(x));
}
