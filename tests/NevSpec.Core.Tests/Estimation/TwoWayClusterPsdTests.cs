using NevSpec.Core.Estimation;

namespace NevSpec.Core.Tests.Estimation;

public class TwoWayClusterPsdTests
{
    [Fact]
    public void NonPositiveSemiDefiniteTwoWayCovarianceIsReportedInANote()
    {
        // 2×2 grid of cells, 3 rows each, residuals of opposite sign in neighbouring cells: every
        // one-way cluster sum cancels, so V_a + V_b is small and −V_ab makes V indefinite (CGM 2011, §2.3).
        int[] a = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
        int[] b = [0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1];
        var x = Enumerable.Range(0, 12).Select(i => 1.0 + i % 3).ToArray();
        var y = Enumerable.Range(0, 12).Select(i => 0.5 * x[i] + (a[i] == b[i] ? 1 : -1) * (x[i] - 2)).ToArray();
        var design = new RegressionDesign("y", y, ["x"], [x], [],
            [Factor.FromNumeric("a", a.Select(v => (double)v).ToArray()), Factor.FromNumeric("b", b.Select(v => (double)v).ToArray())]);

        var result = new FixedEffectsOls().Fit(design, new ClusteredCovariance());

        Assert.Contains(result.Notes, n => n.Contains("not positive semi-definite"));
        Assert.Equal(1, result.ResidualDf);
    }
}
