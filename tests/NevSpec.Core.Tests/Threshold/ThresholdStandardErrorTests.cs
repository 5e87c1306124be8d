using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;
using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// With the textbook within transform (<see cref="ThresholdWithinTransform.AllPeriods"/>), the threshold
/// model at its estimated thresholds is an ordinary one-way FE regression on regime columns, so its
/// coefficients and SEs must equal Core's <see cref="FixedEffectsOls"/> (itself tested against plm and
/// Stata): homoskedastic = iid (N − n − k df), cluster = CR1 by unit (Stata xtreg, fe vce(cluster)),
/// White HC0 = HC1·√((N − n − k)/N).
/// </summary>
public class ThresholdStandardErrorTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.15)]
    public void AllPeriodsModelEqualsFixedEffectsOlsOnRegimeColumns(double dropShare)
    {
        var design = SyntheticThresholdPanel.Create(units: 40, periods: 6, dropShare: dropShare);
        var result = new PanelThresholdEstimator(new PanelThresholdOptions
        {
            MaxThresholds = 2, BootstrapReplications = 0, Within = ThresholdWithinTransform.AllPeriods, StandardErrors = ThresholdStandardErrors.Cluster,
        }).Fit(design);
        var step = result.Double!;
        double g1 = step.Thresholds[0], g2 = step.Thresholds[1];
        var q = design.Threshold;
        double[] Regime(Func<double, bool> inside) => q.Select(v => inside(v) ? v : 0.0).ToArray();
        var unit = design.Unit;
        var ols = new RegressionDesign("y", design.Outcome, ["w", "r1", "r2", "r3"],
            [design.RegimeIndependent[0], Regime(v => v < g1), Regime(v => v >= g1 && v < g2), Regime(v => v >= g2)], [unit], [unit]);
        var iid = new FixedEffectsOls().Fit(ols, new IidCovariance());
        var cr1 = new FixedEffectsOls().Fit(ols, new ClusteredCovariance());
        var hc1 = new FixedEffectsOls().Fit(ols, new HeteroskedasticCovariance());

        Near.Relative(iid.Rss, step.Sse, 1e-10, "SSE");
        Assert.Equal(iid.Nobs, result.RegressionRows);
        double whiteScale = Math.Sqrt((double)hc1.ResidualDf / hc1.Nobs);
        for (int j = 0; j < 4; j++)
        {
            var c = step.Coefficients[j];
            string term = iid.Terms[j];
            Near.Relative(iid[term].Estimate, c.Estimate, 1e-9, $"{c.Term} estimate");
            Near.Relative(iid[term].StdErr, c.StdErrHomoskedastic, 1e-8, $"{c.Term} homoskedastic SE");
            Near.Relative(cr1[term].StdErr, c.StdErrCluster, 1e-8, $"{c.Term} cluster SE");
            Near.Relative(hc1[term].StdErr * whiteScale, c.StdErrWhite, 1e-8, $"{c.Term} White SE");
            Assert.Equal(c.StdErrCluster, c.StdErr);
            Near.Relative(cr1[term].P, c.P, 1e-6, $"{c.Term} cluster p");
        }
        Assert.Equal([null, 1, 2, 3], step.Coefficients.Select(c => c.Regime));
        Assert.Equal("q (q < " + g1.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ")", step.Coefficients[1].Term);
        Assert.Equal((g1, g2), (step.Coefficients[2].RegimeLower, step.Coefficients[2].RegimeUpper));
    }

    [Fact]
    public void LrCurvesAndRegionsAreConsistent()
    {
        var result = HansenInvestment.Full.Value;
        foreach (var estimate in result.Steps.SelectMany(s => new[] { s.Estimate, s.Refinement }).OfType<ThresholdEstimate>())
        {
            var curve = estimate.LikelihoodRatio;
            Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First.Threshold < p.Second.Threshold), "curve ascending in γ");
            Assert.True(curve.All(p => p.Lr >= 0), "LR ≥ 0");
            Assert.Equal(0.0, curve.Single(p => p.Threshold == estimate.Value).Lr);
            Assert.Equal(new[] { 0.90, 0.95, 0.99 }, estimate.Intervals.Select(i => i.Level));
            foreach (var interval in estimate.Intervals)
            {
                var inside = curve.Where(p => p.Lr < interval.CriticalValue).Select(p => p.Threshold).ToArray();
                Assert.Equal((inside.Min(), inside.Max()), (interval.Lower, interval.Upper));
                Assert.InRange(estimate.Value, interval.Lower, interval.Upper);
            }
            Assert.True(estimate.Interval(0.90).Upper - estimate.Interval(0.90).Lower <= estimate.Interval(0.99).Upper - estimate.Interval(0.99).Lower);
        }
    }
}
