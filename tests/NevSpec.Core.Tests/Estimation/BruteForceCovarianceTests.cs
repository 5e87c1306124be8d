using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Estimation;

/// <summary>
/// HC1 and multi-way clustering have no external reference in shared/, so they are checked against
/// the explicit dummy-variable regression (<see cref="DummyRegression"/>) with each formula written out here.
/// </summary>
public class BruteForceCovarianceTests
{
    private static readonly string[] Slopes = ["value", "capital"];

    private static DummyRegression Brute(IReadOnlyList<Factor> fe)
    {
        var d = Grunfeld.Design(fe);
        return new DummyRegression(d.Outcome, d.Regressors, fe);
    }

    private static void AssertSlopes(DummyRegression brute, MathNet.Numerics.LinearAlgebra.Matrix<double> v, RegressionResult result, string what)
    {
        for (int i = 0; i < 2; i++)
        {
            Near.Relative(brute.Beta[i], result[Slopes[i]].Estimate, 1e-8, $"{what} coefficient {Slopes[i]}");
            for (int j = 0; j < 2; j++)
                Near.Relative(v[i, j], result.Covariance(i, j), 1e-8, $"{what} V[{i},{j}]");
        }
    }

    [Fact]
    public void Hc1TwoWayEqualsDummyRegressionSandwich()
    {
        Factor[] fe = [Grunfeld.Firm, Grunfeld.Year];
        var brute = Brute(fe);
        // HC1: N/(N − K), K = every column of the dummy regression = 2 + 1 + 9 + 19 = 31 = slopes + df_a.
        double factor = (double)brute.N / (brute.N - brute.Columns);
        var v = brute.SandwichSlopes(brute.HeteroskedasticMeat(), 2) * factor;

        var result = new FixedEffectsOls().Fit(Grunfeld.Design(fe), new HeteroskedasticCovariance());
        AssertSlopes(brute, v, result, "hc1 two-way");
        Assert.Equal(200 - 31, result.ResidualDf);
        Assert.Equal("hc1", result.CovarianceName);
    }

    [Fact]
    public void Hc1WithoutFixedEffectsIncludesTheIntercept()
    {
        var brute = Brute([]);
        var v = brute.SandwichSlopes(brute.HeteroskedasticMeat(), 3) * (200.0 / (200 - 3));
        var result = new FixedEffectsOls().Fit(Grunfeld.Design([]), new HeteroskedasticCovariance());
        Assert.Equal(["value", "capital", "_cons"], result.Terms);
        AssertSlopes(brute, v, result, "hc1 pooled");
        Near.Relative(Math.Sqrt(v[2, 2]), result["_cons"].StdErr, 1e-8, "hc1 SE of _cons");
        Near.Relative(brute.Beta[2], result["_cons"].Estimate, 1e-8, "_cons");
    }

    [Fact]
    public void TwoWayClusteringEqualsCameronGelbachMillerOnDummyRegression()
    {
        Factor[] fe = [Grunfeld.Firm, Grunfeld.Year];
        var brute = Brute(fe);
        var firm = Grunfeld.Firm.Codes;
        var year = Grunfeld.Year.Codes;
        var cell = Enumerable.Range(0, 200).Select(i => firm[i] * 100 + year[i]).ToArray();
        // Both FEs are nested in a cluster variable (firm in firm, year in year): K = 2 slopes + 0 + 1 = 3.
        double nFactor = (200 - 1.0) / (200 - 3);
        var v = brute.SandwichSlopes(brute.ClusterMeat(firm), 2) * (10.0 / 9 * nFactor)
              + brute.SandwichSlopes(brute.ClusterMeat(year), 2) * (20.0 / 19 * nFactor)
              - brute.SandwichSlopes(brute.ClusterMeat(cell), 2) * (200.0 / 199 * nFactor);

        var result = new FixedEffectsOls().Fit(Grunfeld.Design(fe, [Grunfeld.Firm, Grunfeld.Year]), new ClusteredCovariance());
        AssertSlopes(brute, v, result, "cr1 firm×year");
        Assert.Equal(10 - 1, result.ResidualDf); // min(G_firm, G_year) − 1
        Assert.All(result.FixedEffects, f => Assert.True(f.NestedInCluster));
    }

    [Fact]
    public void ClusteringWithNonNestedFixedEffectCountsAllItsLevels()
    {
        Factor[] fe = [Grunfeld.Year];
        var brute = Brute(fe);
        // Year FE are not nested in firm clusters: K = 2 slopes + 20 year levels (incl. the intercept) = 22.
        var v = brute.SandwichSlopes(brute.ClusterMeat(Grunfeld.Firm.Codes), 2) * (10.0 / 9 * 199.0 / (200 - 22));
        var result = new FixedEffectsOls().Fit(Grunfeld.Design(fe, [Grunfeld.Firm]), new ClusteredCovariance());
        AssertSlopes(brute, v, result, "cr1 year FE, firm clusters");
        Assert.False(result.FixedEffects[0].NestedInCluster);
    }

    [Fact]
    public void IidFStatisticIsTheClassicalF()
    {
        var result = new FixedEffectsOls().Fit(Grunfeld.Design([Grunfeld.Firm, Grunfeld.Year]), new IidCovariance());
        var restricted = new DummyRegression(Grunfeld.Design([]).Outcome, [], [Grunfeld.Firm, Grunfeld.Year]);
        double rssR = restricted.Residuals.DotProduct(restricted.Residuals);
        // Classical F = ((RSS_r − RSS_u)/q) / (RSS_u/df) with the FE-only model as the restricted one.
        double f = (rssR - result.Rss) / 2 / (result.Rss / 169);
        Near.Relative(f, result.FStatistic, 1e-8, "F");
        Assert.Equal((2, 169), (result.FDf1, result.FDf2));
        Assert.InRange(result.FPValue, 0, 1e-10);
    }

    [Fact]
    public void ClusteringWithoutFixedEffectsCountsSlopesAndIntercept()
    {
        var brute = Brute([]);
        // No FE: K = 2 slopes + intercept = 3; V = G/(G−1)·(N−1)/(N−K)·sandwich, Stata regress, vce(cluster).
        var v = brute.SandwichSlopes(brute.ClusterMeat(Grunfeld.Firm.Codes), 3) * (10.0 / 9 * 199.0 / 197);
        var result = new FixedEffectsOls().Fit(Grunfeld.Design([], [Grunfeld.Firm]), new ClusteredCovariance());
        AssertSlopes(brute, v, result, "cr1 pooled");
        Near.Relative(Math.Sqrt(v[2, 2]), result["_cons"].StdErr, 1e-8, "cr1 SE of _cons");
        Assert.Equal(9, result.ResidualDf);
        // Wald F of the two slopes with the clustered covariance, written out.
        var b = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense([brute.Beta[0], brute.Beta[1]]);
        double f = b * v.SubMatrix(0, 2, 0, 2).Inverse() * b / 2;
        Near.Relative(f, result.FStatistic, 1e-8, "clustered Wald F");
        Assert.Equal((2, 9), (result.FDf1, result.FDf2));
    }
}
