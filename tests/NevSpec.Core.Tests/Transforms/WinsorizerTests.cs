using System.Text.Json;
using NevSpec.Core.Tests.Support;
using NevSpec.Core.Transforms;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Transforms;

/// <summary>Grunfeld value (N = 200) against shared/reference/winsorize_grunfeld.json (R 4.2.2; Stata _pctile = R type 2).</summary>
public class WinsorizerTests
{
    private static readonly Lazy<JsonElement> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "winsorize_grunfeld.json"))).RootElement);

    private static double[] Value => Grunfeld.Frame.Value.GetNumeric("value");

    [Fact]
    public void StataCutOffsAndSeriesMatchWinsor2Exactly()
    {
        var stata = Reference.Value.GetProperty("stata_winsor2");
        var result = Winsorizer.Winsorize("value", Value, 0.01);

        // N·p = 2 and 198 are integers: p1 = (x(2) + x(3))/2 = (58.72 + 61.82)/2, p99 = (x(198) + x(199))/2.
        // The JSON holds 15 significant digits (jsonlite digits = NA), so "exact" means equal at G15,
        // and bit-equal to the mean of the two order statistics as computed in double precision.
        Assert.Equal(G15(stata.GetProperty("p1").GetDouble()), G15(result.Lower));
        Assert.Equal(G15(stata.GetProperty("p99").GetDouble()), G15(result.Upper));
        Assert.Equal((58.72 + 61.82) / 2, result.Lower);
        Assert.Equal((5387.1 + 5593.6) / 2, result.Upper);
        Assert.Equal(stata.GetProperty("n_replaced_low").GetInt32(), result.ReplacedLow);
        Assert.Equal(stata.GetProperty("n_replaced_high").GetInt32(), result.ReplacedHigh);
        Assert.Equal(PercentileDefinition.Stata, result.Definition);
        var expected = Reference.Value.GetProperty("winsorized_values_stata").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(expected.Select(G15), result.Values.Select(G15));
        var values = result.Values;
        Near.Relative(stata.GetProperty("winsorized_mean").GetDouble(), values.Average(), 1e-12, "winsorized mean");
        Near.Relative(stata.GetProperty("winsorized_sd").GetDouble(), Sd(values), 1e-10, "winsorized SD");
    }

    [Fact]
    public void RType7CutOffsMatchR()
    {
        var r7 = Reference.Value.GetProperty("r_type7");
        var result = Winsorizer.WinsorizeAt("value", Value, 0.01, 0.99, PercentileDefinition.RType7);

        Near.Relative(r7.GetProperty("p1").GetDouble(), result.Lower, 1e-14, "type 7 p1");
        Near.Relative(r7.GetProperty("p99").GetDouble(), result.Upper, 1e-14, "type 7 p99");
        Assert.Equal(r7.GetProperty("n_replaced_low").GetInt32(), result.ReplacedLow);
        Assert.Equal(r7.GetProperty("n_replaced_high").GetInt32(), result.ReplacedHigh);
        Near.Relative(r7.GetProperty("winsorized_mean").GetDouble(), result.Values.Average(), 1e-12, "type 7 mean");
        Near.Relative(r7.GetProperty("winsorized_sd").GetDouble(), Sd(result.Values), 1e-10, "type 7 SD");
    }

    [Fact]
    public void StataPercentileTakesTheNextOrderStatisticWhenNpIsFractional()
    {
        // N = 5: P = 5·0.3 = 1.5 → x(2); P = 5·0.4 = 2 → (x(2) + x(3))/2; P = 5·0.07 = 0.35 → x(1); p = 1 → x(5).
        double[] x = [50, 10, 40, 20, 30];
        Assert.Equal(20, Percentile.Of(x, 0.3));
        Assert.Equal(25, Percentile.Of(x, 0.4));
        Assert.Equal(10, Percentile.Of(x, 0.07));
        Assert.Equal(50, Percentile.Of(x, 1));
        Assert.Equal(30, Percentile.Of(x, 0.5));
        // N = 100, p = 0.07: 100·0.07 = 7.000000000000001 in binary, but Stata's N·7/100 is exactly 7.
        var hundred = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        Assert.Equal(7.5, Percentile.Of(hundred, 0.07));
        // Type 7: h = (5 − 1)·0.3 + 1 = 2.2 → x(2) + 0.2·(x(3) − x(2)) = 22.
        Assert.Equal(22, Percentile.Of(x, 0.3, PercentileDefinition.RType7), 12);
    }

    [Fact]
    public void MissingValuesStayMissingAndDoNotCount()
    {
        var result = Winsorizer.Winsorize("x", [double.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.1);
        Assert.True(double.IsNaN(result.Values[0]));
        Assert.Equal(10, result.Nobs);
        Assert.Equal(1.5, result.Lower); // P = 1: (x(1) + x(2))/2
        Assert.Equal(54.5, result.Upper); // P = 9: (x(9) + x(10))/2
        Assert.Equal(1, result.ReplacedLow);
        Assert.Equal(1, result.ReplacedHigh);
    }

    [Fact]
    public void BadCutsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Winsorizer.Winsorize("x", [1, 2], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Winsorizer.WinsorizeAt("x", [1, 2], 0.9, 0.1));
        Assert.Throws<ArgumentException>(() => Winsorizer.Winsorize("x", [double.NaN], 0.01));
    }

    private static string G15(double x) => x.ToString("G15", System.Globalization.CultureInfo.InvariantCulture);

    private static double Sd(double[] x)
    {
        double m = x.Average();
        return Math.Sqrt(x.Sum(v => (v - m) * (v - m)) / (x.Length - 1));
    }
}
