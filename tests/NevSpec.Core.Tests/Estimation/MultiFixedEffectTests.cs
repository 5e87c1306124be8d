using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Estimation;

/// <summary>Accelerated alternating projections with three unbalanced fixed effects against the explicit dummy regression.</summary>
public class MultiFixedEffectTests
{
    // Deterministic unbalanced three-way design: 400 rows, FEs of 40, 12 and 7 levels drawn at random.
    private static (RegressionDesign Design, Factor[] Fe) ThreeWay()
    {
        var rng = new Random(20240607);
        int n = 400;
        int[] a = new int[n], b = new int[n], c = new int[n];
        double[] x1 = new double[n], x2 = new double[n], y = new double[n];
        var effA = Enumerable.Range(0, 40).Select(_ => rng.NextDouble() * 4).ToArray();
        var effB = Enumerable.Range(0, 12).Select(_ => rng.NextDouble() * 2).ToArray();
        var effC = Enumerable.Range(0, 7).Select(_ => rng.NextDouble() * 3).ToArray();
        for (int i = 0; i < n; i++)
        {
            // Every level appears at least twice, so no singletons are dropped.
            a[i] = i < 80 ? i / 2 : rng.Next(40);
            b[i] = i < 24 ? i / 2 : rng.Next(12);
            c[i] = i < 14 ? i / 2 : rng.Next(7);
            // Regressors correlated with the FEs make the projections interact (slow without acceleration).
            x1[i] = effA[a[i]] + effB[b[i]] + rng.NextDouble();
            x2[i] = effC[c[i]] - effA[a[i]] + rng.NextDouble();
            y[i] = 1.5 * x1[i] - 0.7 * x2[i] + effA[a[i]] + effB[b[i]] + effC[c[i]] + rng.NextDouble();
        }
        Factor[] fe =
        [
            Factor.FromNumeric("a", a.Select(v => (double)v).ToArray()),
            Factor.FromNumeric("b", b.Select(v => (double)v).ToArray()),
            Factor.FromNumeric("c", c.Select(v => (double)v).ToArray()),
        ];
        return (new RegressionDesign("y", y, ["x1", "x2"], [x1, x2], fe, []), fe);
    }

    [Fact]
    public void ThreeFixedEffectsAgreeWithDummyRegressionTo1e8()
    {
        var (design, fe) = ThreeWay();
        var brute = new DummyRegression(design.Outcome, design.Regressors, fe);
        var result = new FixedEffectsOls().Fit(design, new IidCovariance());

        Near.Relative(brute.Beta[0], result["x1"].Estimate, 1e-8, "x1");
        Near.Relative(brute.Beta[1], result["x2"].Estimate, 1e-8, "x2");
        double rss = brute.Residuals.DotProduct(brute.Residuals);
        Near.Relative(rss, result.Rss, 1e-8, "RSS");
        // The three FEs are connected, so the true rank of the dummies is 40 + 11 + 6 = 57; our count
        // (exact for the first two, one redundant level for the third) gives the same df.
        Assert.Equal(400 - brute.Columns, result.ResidualDf);
        double s2 = rss / (400 - brute.Columns);
        Near.Relative(Math.Sqrt(s2 * brute.Bread[0, 0]), result["x1"].StdErr, 1e-7, "SE x1");
        Assert.True(result.DemeaningIterations > 2, "three unbalanced FEs should need several sweeps");
        Assert.DoesNotContain(result.Notes, n => n.Contains("converge"));
    }

    [Fact]
    public void HittingTheSweepLimitIsANoteNotACrash()
    {
        var (design, _) = ThreeWay();
        var result = new FixedEffectsOls(new FixedEffectsOptions(MaxIterations: 3)).Fit(design, new IidCovariance());
        Assert.Contains(result.Notes, n => n.Contains("did not converge"));
        Assert.Equal(3, result.DemeaningIterations);
    }

    [Fact]
    public void OneFixedEffectIsExactInOneSweep()
    {
        var result = new FixedEffectsOls().Fit(Grunfeld.Design([Grunfeld.Firm]), new IidCovariance());
        Assert.Equal(1, result.DemeaningIterations);
    }
}
