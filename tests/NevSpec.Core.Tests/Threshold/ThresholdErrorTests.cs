using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>Designs and settings that cannot be estimated fail with a message that names the problem.</summary>
public class ThresholdErrorTests
{
    private static readonly PanelThresholdOptions Quick = new() { BootstrapReplications = 0, Grid = ThresholdGrid.Quantiles(40) };

    [Fact]
    public void TimeInvariantThresholdVariableIsAnEstimationError()
    {
        var design = SyntheticThresholdPanel.Create(units: 20, periods: 5);
        var unitMean = Enumerable.Range(0, design.RowCount).GroupBy(i => design.Unit.CodeAt(i))
            .ToDictionary(g => g.Key, g => g.Average(i => design.Threshold[i]));
        var constant = Enumerable.Range(0, design.RowCount).Select(i => unitMean[design.Unit.CodeAt(i)]).ToArray();
        var ex = Assert.Throws<EstimationException>(() => new PanelThresholdEstimator(Quick).Fit(design with { Threshold = constant }));
        Assert.Contains("'q' is time-invariant", ex.Message);
    }

    [Fact]
    public void TrimmingThatLeavesNoGridPointIsAnEstimationError()
    {
        // 10 quantiles trimmed by 0.2 leave 7 positions; 0.45·10 = 4.5 positions either side of the
        // first threshold cover all of them.
        var design = SyntheticThresholdPanel.Create(units: 20, periods: 5);
        var options = Quick with { Grid = ThresholdGrid.Quantiles(10), Trimming = [0.2, 0.45], MaxThresholds = 2 };
        var ex = Assert.Throws<EstimationException>(() => new PanelThresholdEstimator(options).Fit(design));
        Assert.Contains("leaves no grid point for threshold 2", ex.Message);
    }

    [Fact]
    public void OneUnitIsTooFew()
    {
        var design = SyntheticThresholdPanel.Create(units: 3, periods: 5);
        var masked = design with { Outcome = design.Outcome.Select((v, i) => design.Unit.CodeAt(i) == 0 ? v : double.NaN).ToArray() };
        var ex = Assert.Throws<EstimationException>(() => new PanelThresholdEstimator(Quick).Fit(masked));
        Assert.Contains("Too few units: 1 unit", ex.Message);
    }

    [Fact]
    public void TooFewObservationsForTheLargestModelIsAnEstimationError()
    {
        var design = SyntheticThresholdPanel.Create(units: 2, periods: 3);
        var ex = Assert.Throws<EstimationException>(() => new PanelThresholdEstimator(Quick).Fit(design));
        Assert.Contains("Too few observations", ex.Message);
    }

    [Fact]
    public void DuplicateUnitPeriodIsAnEstimationError()
    {
        var design = SyntheticThresholdPanel.Create(units: 20, periods: 5);
        var time = (double[])design.Time.Clone();
        time[1] = time[0];
        var ex = Assert.Throws<EstimationException>(() => new PanelThresholdEstimator(Quick).Fit(design with { Time = time }));
        Assert.Contains("has two rows for time 2000", ex.Message);
    }

    [Fact]
    public void MismatchedColumnLengthsAreArgumentErrors()
    {
        var design = SyntheticThresholdPanel.Create(units: 20, periods: 5);
        var ex = Assert.Throws<ArgumentException>(() => new PanelThresholdEstimator(Quick).Fit(design with { Threshold = design.Threshold[..^1] }));
        Assert.Contains("threshold variable 'q' has 99 rows, expected 100", ex.Message);
        Assert.Throws<ArgumentException>(() => new PanelThresholdEstimator(Quick).Fit(
            design with { RegimeIndependentNames = ["q"] }));
    }

    public static TheoryData<PanelThresholdOptions, string> BadOptions => new()
    {
        { new PanelThresholdOptions { MaxThresholds = 4 }, nameof(PanelThresholdOptions.MaxThresholds) },
        { new PanelThresholdOptions { MaxThresholds = 0 }, nameof(PanelThresholdOptions.MaxThresholds) },
        { new PanelThresholdOptions { Trimming = [0.5] }, nameof(PanelThresholdOptions.Trimming) },
        { new PanelThresholdOptions { Trimming = [0.01, 0.01] }, nameof(PanelThresholdOptions.Trimming) },
        { new PanelThresholdOptions { BootstrapReplications = -1 }, nameof(PanelThresholdOptions.BootstrapReplications) },
        { new PanelThresholdOptions { ConfidenceLevels = [0.95, 1.0] }, nameof(PanelThresholdOptions.ConfidenceLevels) },
        { new PanelThresholdOptions { MaxDegreeOfParallelism = 0 }, nameof(PanelThresholdOptions.MaxDegreeOfParallelism) },
    };

    [Theory, MemberData(nameof(BadOptions))]
    public void OutOfRangeOptionsNameTheSetting(PanelThresholdOptions options, string setting)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PanelThresholdEstimator(options));
        Assert.Equal(setting, ex.ParamName);
    }

    [Fact]
    public void GridNeedsTwoQuantiles() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdGrid.Quantiles(1));
}
