using System.Globalization;

namespace NevSpec.Reporting;

/// <summary>
/// The significance stars economics journals print: * p &lt; 0.10, ** p &lt; 0.05, *** p &lt; 0.01 by default
/// (Stata esttab's <c>star(* 0.10 ** 0.05 *** 0.01)</c>, the convention of both target papers); a <c>table</c>
/// statement may choose other thresholds.
/// </summary>
public static class Significance
{
    /// <summary>The default thresholds, strictly decreasing: p below the i-th earns i + 1 stars.</summary>
    public static IReadOnlyList<double> DefaultThresholds { get; } = [0.10, 0.05, 0.01];

    public const string Legend = "* p < 0.10, ** p < 0.05, *** p < 0.01";

    public static string Stars(double p) => Stars(p, DefaultThresholds);

    /// <summary>One star per threshold (strictly decreasing) that p is below; none for NaN.</summary>
    public static string Stars(double p, IReadOnlyList<double> thresholds)
    {
        if (double.IsNaN(p)) return "";
        var count = 0;
        while (count < thresholds.Count && p < thresholds[count]) count++;
        return new string('*', count);
    }

    /// <summary>The legend for <paramref name="thresholds"/>; equals <see cref="Legend"/> for the defaults, empty for none.</summary>
    public static string LegendFor(IReadOnlyList<double> thresholds) =>
        string.Join(", ", thresholds.Select((t, i) => new string('*', i + 1) + " p < " + t.ToString("0.00##########", CultureInfo.InvariantCulture)));
}
