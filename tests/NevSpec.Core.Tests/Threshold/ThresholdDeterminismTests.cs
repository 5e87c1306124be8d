using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// Every bootstrap takes the seed, and replicate r of the test with k thresholds always uses random
/// stream (k·2³² + r): the same seed gives bit-identical numbers on any number of threads.
/// </summary>
public class ThresholdDeterminismTests
{
    private static readonly PanelThresholdDesign Design = SyntheticThresholdPanel.Create(units: 50, periods: 8, dropShare: 0.05);
    private static readonly PanelThresholdOptions Options = new() { BootstrapReplications = 40, Grid = ThresholdGrid.Quantiles(80), Trimming = [0.05], Seed = 2024 };

    [Fact]
    public void SameSeedGivesIdenticalNumbers()
    {
        var a = new PanelThresholdEstimator(Options).Fit(Design);
        var b = new PanelThresholdEstimator(Options).Fit(Design);
        UnbalancedPanelTests.AssertSameNumbers(a, b);
        Assert.Equal(a.Tests.Select(t => t.PValue), b.Tests.Select(t => t.PValue));
    }

    [Fact]
    public void CoreCountDoesNotChangeTheNumbers()
    {
        var one = new PanelThresholdEstimator(Options with { MaxDegreeOfParallelism = 1 }).Fit(Design);
        var two = new PanelThresholdEstimator(Options with { MaxDegreeOfParallelism = 2 }).Fit(Design);
        var many = new PanelThresholdEstimator(Options with { MaxDegreeOfParallelism = 7 }).Fit(Design);
        UnbalancedPanelTests.AssertSameNumbers(one, two);
        UnbalancedPanelTests.AssertSameNumbers(one, many);
    }

    [Fact]
    public void AnotherSeedGivesOtherDraws()
    {
        var a = new PanelThresholdEstimator(Options).Fit(Design);
        var b = new PanelThresholdEstimator(Options with { Seed = 2025 }).Fit(Design);
        Assert.Equal(a.Single.Test.F, b.Single.Test.F);
        Assert.NotEqual(a.Single.Test.BootstrapStatistics, b.Single.Test.BootstrapStatistics);
    }

    [Fact]
    public void MoreReplicationsExtendTheSameSequence()
    {
        // Replicate r's statistic depends on (seed, test, r) only, so a longer run starts with the shorter one.
        var shorter = new PanelThresholdEstimator(Options with { BootstrapReplications = 15 }).Fit(Design);
        var longer = new PanelThresholdEstimator(Options).Fit(Design);
        for (int s = 0; s < 3; s++)
            Assert.Equal(shorter.Steps[s].Test.BootstrapStatistics, longer.Steps[s].Test.BootstrapStatistics.Take(15));
    }

    [Fact]
    public void ProgressReportsEveryStageToCompletion()
    {
        var reports = new List<ThresholdProgress>();
        new PanelThresholdEstimator(Options).Fit(Design, new SynchronousProgress(reports));
        foreach (var stage in new[] { "bootstrap single", "bootstrap double", "bootstrap triple" })
            Assert.Contains(new ThresholdProgress(stage, Options.BootstrapReplications, Options.BootstrapReplications), reports);
        Assert.Contains(reports, r => r.Stage == "search triple");
    }

    private sealed class SynchronousProgress(List<ThresholdProgress> reports) : IProgress<ThresholdProgress>
    {
        public void Report(ThresholdProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
