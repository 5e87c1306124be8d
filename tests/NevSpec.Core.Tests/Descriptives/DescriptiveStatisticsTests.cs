using System.Text.Json;
using NevSpec.Core.Descriptives;
using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Descriptives;

public class DescriptiveStatisticsTests
{
    [Fact]
    public void HandComputedSummary()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5, Σ(x − 5)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, SD = √(32/7)
        var s = DescriptiveStatistics.Summarize("x", [2, 4, 4, double.NaN, 4, 5, 5, 7, 9]);
        Assert.Equal(new VariableSummary("x", 8, 5, Math.Sqrt(32.0 / 7), 2, 9, 1), s);
    }

    [Fact]
    public void WinsorizedGrunfeldValueMatchesR()
    {
        // shared/reference/winsorize_grunfeld.json: mean and sd() of the Stata-winsorized series.
        var reference = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "winsorize_grunfeld.json"))).RootElement;
        var series = reference.GetProperty("winsorized_values_stata").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var s = DescriptiveStatistics.Summarize("value_w", series);
        Near.Relative(reference.GetProperty("stata_winsor2").GetProperty("winsorized_mean").GetDouble(), s.Mean, 1e-12, "mean");
        Near.Relative(reference.GetProperty("stata_winsor2").GetProperty("winsorized_sd").GetDouble(), s.Sd, 1e-10, "SD");
        Assert.Equal(200, s.N);
    }

    [Fact]
    public void CommonSampleUsesRowsWhereAllVariablesAreObserved()
    {
        var stats = DescriptiveStatistics.Summarize([("a", [1, 2, 3, 4]), ("b", [10, double.NaN, 30, 50])], commonSample: true);
        Assert.Equal(3, stats[0].N);
        Assert.Equal(8.0 / 3, stats[0].Mean, 14);
        Assert.Equal(1, stats[1].Missing);
        var separate = DescriptiveStatistics.Summarize([("a", [1, 2, 3, 4]), ("b", [10, double.NaN, 30, 50])]);
        Assert.Equal(4, separate[0].N);
    }

    [Fact]
    public void ProvincialPanelTableThreeRows()
    {
        var stats = DescriptiveStatistics.Summarize(new[] { "Nevd", "VA", "Innov" }.Select(c => (c, Indices.ProvincePanel.Column(c))).ToArray());
        Assert.All(stats, s => Assert.Equal(180, s.N));
        // docs/data.md: Nevd 0.022–0.952, VA 0.49–1.95, Innov mean 0.184.
        Assert.Equal(0.022, stats[0].Min, 3);
        Assert.Equal(0.952, stats[0].Max, 3);
        Assert.Equal(0.184, stats[2].Mean, 3);
    }

    [Fact]
    public void TooFewValuesIsAnErrorNamingTheVariable()
    {
        var ex = Assert.Throws<EstimationException>(() => DescriptiveStatistics.Summarize("lonely", [double.NaN, 3]));
        Assert.Contains("'lonely' has 1 non-missing value", ex.Message);
    }
}
