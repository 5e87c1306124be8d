using NevSpec.Core.Tests.Support;
using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// The cumulative cross-product search gives the same SSR at every grid point as one regression per
/// grid point (Hansen's way, <see cref="ThresholdSearchAlgorithm.RegressionPerGridPoint"/>), on
/// balanced and unbalanced panels, with one and two regime-dependent regressors, both within
/// conventions, and for all three sequential steps and their bootstraps.
/// </summary>
public class CumulativeSearchEquivalenceTests
{
    public static TheoryData<int, double, ThresholdWithinTransform> Cases => new()
    {
        { 1, 0.0, ThresholdWithinTransform.DropLastPeriod },
        { 1, 0.15, ThresholdWithinTransform.DropLastPeriod },
        { 2, 0.15, ThresholdWithinTransform.DropLastPeriod },
        { 1, 0.15, ThresholdWithinTransform.AllPeriods },
        { 2, 0.0, ThresholdWithinTransform.AllPeriods },
    };

    [Theory, MemberData(nameof(Cases))]
    public void SsrCurvesThresholdsAndBootstrapEqualRegressionPerGridPoint(int dependent, double dropShare, ThresholdWithinTransform within)
    {
        var design = SyntheticThresholdPanel.Create(units: 40, periods: 7, dependent: dependent, dropShare: dropShare);
        var options = new PanelThresholdOptions { Within = within, BootstrapReplications = 8, Grid = ThresholdGrid.Quantiles(60), Trimming = [0.05, 0.05, 0.05] };
        var fast = new PanelThresholdEstimator(options).Fit(design);
        var naive = new PanelThresholdEstimator(options with { Algorithm = ThresholdSearchAlgorithm.RegressionPerGridPoint }).Fit(design);

        Assert.Equal(dropShare > 0, !fast.Balanced);
        for (int s = 0; s < 3; s++)
        {
            var estimates = new[] { (fast.Steps[s].Estimate, naive.Steps[s].Estimate), (fast.Steps[s].Refinement, naive.Steps[s].Refinement) };
            foreach (var (f, n) in estimates)
            {
                if (f is null) { Assert.Null(n); continue; }
                Assert.Equal(n!.Value, f.Value);
                Assert.Equal(n.LikelihoodRatio.Select(p => p.Threshold), f.LikelihoodRatio.Select(p => p.Threshold));
                for (int j = 0; j < f.LikelihoodRatio.Count; j++)
                    Assert.True(Math.Abs(f.LikelihoodRatio[j].Lr - n.LikelihoodRatio[j].Lr) <= 1e-8 * (1 + n.LikelihoodRatio[j].Lr),
                        $"step {s + 1} LR at {f.LikelihoodRatio[j].Threshold}: {f.LikelihoodRatio[j].Lr:R} vs {n.LikelihoodRatio[j].Lr:R}");
                Assert.Equal(n.Intervals, f.Intervals);
            }
            Assert.Equal(naive.Steps[s].Test.F, fast.Steps[s].Test.F);
            for (int r = 0; r < options.BootstrapReplications; r++)
                Near.Relative(naive.Steps[s].Test.BootstrapStatistics[r], fast.Steps[s].Test.BootstrapStatistics[r], 1e-7,
                    $"step {s + 1} bootstrap statistic {r}");
        }
    }
}
