using System.Globalization;
using NevSpec.Core.Estimation;
using NevSpec.Core.Transforms;

namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// Builds the group variable of a split-sample analysis: by the median of a variable ("low"/"high"),
/// by ranges of a variable (e.g. periods 2018..2019 and 2020..2023), or by a named group column.
/// </summary>
/// <remarks>
/// Median split: the median is Stata's p50 (<see cref="PercentileDefinition.Stata"/>) over the non-missing
/// values; observations at or below it are "low", above it "high" (so ties go to "low", like
/// <c>gen high = x &gt; r(p50)</c> after <c>summarize x, detail</c>). The unit-median split applies the
/// same rule to unit means, one value per unit, so a unit never switches group. Ranges are closed intervals
/// [low, high]; a value in none of them is left out (missing group); overlapping ranges are an error.
/// </remarks>
public static class SampleSplit
{
    /// <summary>"low" (≤ median) and "high" (&gt; median) groups of <paramref name="values"/>; NaN is missing.</summary>
    public static Factor ByMedian(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double median = Percentile.Of(values, 0.5, PercentileDefinition.Stata);
        var codes = values.Select(v => !double.IsFinite(v) ? -1 : v <= median ? 0 : 1).ToArray();
        if (!codes.Contains(1))
            throw new EstimationException($"The median split of '{name}' leaves no observation above the median {median.ToString("R", CultureInfo.InvariantCulture)}.");
        return new Factor(name, codes, ["low", "high"]);
    }

    /// <summary>
    /// Splits whole units (e.g. provinces) by the median over units of each unit's mean of
    /// <paramref name="values"/>: "low" when the unit's mean is at or below that median, else "high".
    /// Every row of a unit gets the unit's group, so the groups are fixed over time.
    /// </summary>
    public static Factor ByUnitMedian(string name, double[] values, Factor unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Length != values.Length)
            throw new ArgumentException($"The unit '{unit.Name}' has {unit.Length} rows but '{name}' has {values.Length}.", nameof(unit));
        var sums = new double[unit.Levels];
        var counts = new int[unit.Levels];
        for (int i = 0; i < values.Length; i++)
            if (unit.CodeAt(i) >= 0 && double.IsFinite(values[i])) { sums[unit.CodeAt(i)] += values[i]; counts[unit.CodeAt(i)]++; }
        var means = sums.Select((s, u) => counts[u] > 0 ? s / counts[u] : double.NaN).ToArray();
        var unitGroups = ByMedian(name, means);
        var codes = Enumerable.Range(0, values.Length).Select(i => unit.CodeAt(i) < 0 ? -1 : unitGroups.CodeAt(unit.CodeAt(i))).ToArray();
        return new Factor(name, codes, ["low", "high"]);
    }

    /// <summary>
    /// One group per closed range [Low, High], labelled "Low..High" (e.g. "2018..2019"), in the given order.
    /// </summary>
    public static Factor ByRanges(string name, double[] values, IReadOnlyList<(double Low, double High)> ranges)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count < 2) throw new ArgumentException($"A split of '{name}' by ranges needs at least two ranges, got {ranges.Count}.", nameof(ranges));
        for (int a = 0; a < ranges.Count; a++)
        {
            if (!(ranges[a].Low <= ranges[a].High))
                throw new ArgumentException($"Range {Label(ranges[a])} of the split of '{name}' is empty (low > high).", nameof(ranges));
            for (int b = 0; b < a; b++)
                if (ranges[a].Low <= ranges[b].High && ranges[b].Low <= ranges[a].High)
                    throw new ArgumentException($"Ranges {Label(ranges[b])} and {Label(ranges[a])} of the split of '{name}' overlap.", nameof(ranges));
        }
        var codes = values.Select(v =>
        {
            for (int g = 0; g < ranges.Count; g++)
                if (v >= ranges[g].Low && v <= ranges[g].High) return g;
            return -1;
        }).ToArray();
        return new Factor(name, codes, ranges.Select(Label).ToArray());
    }

    /// <summary>One group per distinct value of a text column (ordinal order); null is missing.</summary>
    public static Factor ByGroup(string name, string?[] values) => Factor.FromText(name, values);

    private static string Label((double Low, double High) r) =>
        $"{r.Low.ToString("G", CultureInfo.InvariantCulture)}..{r.High.ToString("G", CultureInfo.InvariantCulture)}";
}
