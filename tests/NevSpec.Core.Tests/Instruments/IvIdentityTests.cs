using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Instruments;

/// <summary>
/// Statistics without external output, checked against an independent computation from the defining
/// formula (MathNet dense algebra on a small simulated problem) and against known identities.
/// </summary>
public class IvIdentityTests
{
    // y = 1 + 0.5 w + 2 x + u, x endogenous (shares v with u), instruments z1..z3; K1 = 1 or 2.
    private static IvDesign Simulated(int n, int endogenous, int instruments, int seed = 7)
    {
        var rng = new Random(seed);
        double G() => Normal.Sample(rng, 0, 1);
        var w = new double[n]; var y = new double[n];
        var z = Enumerable.Range(0, instruments).Select(_ => new double[n]).ToArray();
        var x = Enumerable.Range(0, endogenous).Select(_ => new double[n]).ToArray();
        for (int i = 0; i < n; i++)
        {
            w[i] = G();
            for (int l = 0; l < instruments; l++) z[l][i] = G();
            double v = G(), u = 0.6 * v + G() * (1 + 0.5 * Math.Abs(w[i]));
            for (int k = 0; k < endogenous; k++)
                x[k][i] = 0.4 * z[k][i] + 0.3 * z[(k + 1) % instruments][i] + 0.2 * w[i] + v + 0.5 * G();
            y[i] = 1 + 0.5 * w[i] + u;
            for (int k = 0; k < endogenous; k++) y[i] += (2 - k) * x[k][i];
        }
        return new IvDesign("y", y, ["w"], [w], x.Select((_, k) => $"x{k + 1}").ToArray(), x,
            z.Select((_, l) => $"z{l + 1}").ToArray(), z, [], []);
    }

    [Fact]
    public void WithOneEndogenousRegressorAndIidErrorsCraggDonaldEqualsFirstStageF()
    {
        var result = new TwoStageLeastSquares().Fit(Simulated(200, 1, 3), new IvIidCovariance());
        // Independent: the classical F of the excluded instruments from Core's OLS (restricted vs unrestricted RSS).
        var d = Simulated(200, 1, 3);
        var ols = new FixedEffectsOls();
        var full = ols.Fit(new RegressionDesign("x1", d.Endogenous[0], ["w", .. d.InstrumentNames], [d.Exogenous[0], .. d.Instruments], [], []), new IidCovariance());
        var restricted = ols.Fit(new RegressionDesign("x1", d.Endogenous[0], ["w"], [d.Exogenous[0]], [], []), new IidCovariance());
        double f = (restricted.Rss - full.Rss) / 3 / (full.Rss / full.ResidualDf);
        Near.Relative(f, result.Diagnostics.CraggDonaldF.Value, 1e-10, "CD F vs classical first-stage F");
        Near.Relative(f, result.FirstStages[0].F.Value, 1e-10, "first-stage F");
        Near.Relative(1 - full.Rss / restricted.Rss, result.FirstStages[0].PartialR2, 1e-10, "partial R²");
        Near.Relative(result.FirstStages[0].PartialR2, result.FirstStages[0].SheaPartialR2, 1e-10, "Shea = partial R² with K1 = 1");
    }

    [Fact]
    public void JustIdentifiedModelsHaveZeroOveridentificationStatistic()
    {
        foreach (IvCovariance cov in new IvCovariance[] { new IvIidCovariance(), new IvRobustCovariance() })
        {
            var result = new TwoStageLeastSquares().Fit(Simulated(150, 2, 2), cov);
            Assert.Equal(0, result.Diagnostics.Overidentification.Value);
            Assert.Null(result.Diagnostics.Overidentification.PValue);
            Assert.Equal(0, result.Diagnostics.Overidentification.Df1);
        }
    }

    [Fact]
    public void LimlEqualsTwoStageLeastSquaresWhenJustIdentified()
    {
        var d = Simulated(150, 1, 1);
        var tsls = new TwoStageLeastSquares().Fit(d, new IvRobustCovariance());
        var liml = new LimitedInformationMaximumLikelihood().Fit(d, new IvRobustCovariance());
        Near.Relative(1, liml.LimlLambda!.Value, 1e-10, "λ = 1");
        foreach (var t in tsls.Terms) Near.Relative(tsls[t].StdErr, liml[t].StdErr, 1e-8, $"se[{t}]");
    }

    [Fact]
    public void KleibergenPaapStatisticsFollowFromTheirDefinitionWithTwoEndogenousRegressors()
    {
        var d = Simulated(300, 2, 4);
        var result = new TwoStageLeastSquares(new IvOptions(SmallSample: false)).Fit(d, new IvRobustCovariance());
        // Independent computation: KP (2006) rk statistic for rank(Π) = K1 − 1 written from the paper with
        // MathNet, on the partialled data (constant and w removed).
        int n = d.RowCount;
        var m = Matrix<double>.Build;
        var exo = m.DenseOfColumnArrays(Enumerable.Repeat(1.0, n).ToArray(), d.Exogenous[0]);
        var mx = m.DenseIdentity(n) - exo * (exo.TransposeThisAndMultiply(exo)).Inverse() * exo.Transpose();
        var x = mx * m.DenseOfColumnArrays(d.Endogenous);
        var z = mx * m.DenseOfColumnArrays(d.Instruments);
        var pi = (z.TransposeThisAndMultiply(z)).Inverse() * z.TransposeThisAndMultiply(x);
        var fz = (z.TransposeThisAndMultiply(z) / n).Cholesky().Factor.Transpose();   // F'F = Qzz
        var gx = (x.TransposeThisAndMultiply(x) / n).Cholesky().Factor.Transpose();   // G'G = Qxx
        var theta = fz * pi * gx.Inverse();
        var svd = theta.Svd(true);
        // Kleibergen–Paap (2006), §2: λ = A⊥'ΘB⊥, A⊥ = U₂U₂₂⁻¹(U₂₂U₂₂')^½, B⊥ = V₂V₂₂⁻¹(V₂₂V₂₂')^½; K1 = 2, L1 = 4.
        var u = svd.U; var v = svd.VT.Transpose();
        var u2 = u.SubMatrix(0, 4, 1, 3); var u22 = u.SubMatrix(1, 3, 1, 3);
        var v2 = v.SubMatrix(0, 2, 1, 1); var v22 = v.SubMatrix(1, 1, 1, 1);
        var aPerp = u2 * u22.Inverse() * Sqrt(u22 * u22.Transpose());
        var bPerp = v2 * v22.Inverse() * Sqrt(v22 * v22.Transpose());   // v22 is 1×1
        var lambda = aPerp.TransposeThisAndMultiply(theta) * bPerp;      // 3 × 1
        var kron = bPerp.Transpose().KroneckerProduct(aPerp.Transpose()) * gx.Inverse().Transpose().KroneckerProduct(fz.Inverse().Transpose());
        var e = x - z * pi;
        var s = m.Dense(n, 8, (i, c) => e[i, c / 4] * z[i, c % 4]);
        var omega = kron * (s.TransposeThisAndMultiply(s) / n) * kron.Transpose();
        var lv = lambda.Column(0);
        double wald = n * lv.DotProduct(omega.Inverse() * lv);
        double f = wald / n * (n - 6) / 4; // ivreg2 rkf: χ²/N·(N − L)/L1 with L = 4 excluded + w + _cons = 6
        Near.Relative(f, result.Diagnostics.KleibergenPaapWaldF!.Value, 1e-8, "KP rk Wald F");
        Assert.Equal(3, result.Diagnostics.KleibergenPaapLm!.Df1);
        Assert.True(result.Diagnostics.KleibergenPaapLm.PValue < 1e-6);
        Assert.All(result.FirstStages, fs => Assert.True(fs.SandersonWindmeijerF.Df1 == 3 && fs.SandersonWindmeijerF.Value > 0));
    }

    private static Matrix<double> Sqrt(Matrix<double> a)
    {
        var evd = a.Evd(Symmetricity.Symmetric);
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalArray(evd.EigenValues.Select(z => Math.Sqrt(z.Real)).ToArray()) * evd.EigenVectors.Transpose();
    }

    [Fact]
    public void AndersonRubinSetUnderIidErrorsEqualsTheClosedFormQuadraticInversion()
    {
        var d = Simulated(120, 1, 2);
        var result = new TwoStageLeastSquares().Fit(d, new IvIidCovariance());
        var set = result.Diagnostics.AndersonRubinSet!;
        // AR F(β₀) = [r'P r/L1]/[r'M r/(N − L)] with r = ỹ − β₀x̃ (partialled): F ≤ c ⇔ a β₀² − 2bβ₀ + c₀ ≤ 0.
        int n = d.RowCount;
        var m = Matrix<double>.Build;
        var exo = m.DenseOfColumnArrays(Enumerable.Repeat(1.0, n).ToArray(), d.Exogenous[0]);
        var mx = m.DenseIdentity(n) - exo * (exo.TransposeThisAndMultiply(exo)).Inverse() * exo.Transpose();
        var y = mx * Vector<double>.Build.DenseOfArray(d.Outcome);
        var x = mx * Vector<double>.Build.DenseOfArray(d.Endogenous[0]);
        var z = mx * m.DenseOfColumnArrays(d.Instruments);
        var p = z * (z.TransposeThisAndMultiply(z)).Inverse() * z.Transpose();
        double crit = FisherSnedecor.InvCDF(2, n - 4, 0.95) * 2.0 / (n - 4);
        var q = p - crit * (m.DenseIdentity(n) - p);
        double a = x * q * x, b = y * q * x, c = y * q * y;
        double disc = Math.Sqrt(b * b - a * c);
        Assert.True(a > 0 && set.IsBoundedInterval);
        Near.Relative((b - disc) / a, set.Intervals[0].Low, 1e-9, "AR set lower end");
        Near.Relative((b + disc) / a, set.Intervals[0].High, 1e-9, "AR set upper end");
    }

    [Fact]
    public void EndogeneityTestEqualsDifferenceOfSarganStatisticsUnderIid()
    {
        // With all endogenous regressors tested, the restricted model is OLS; C is the difference of
        // J statistics sharing its Ŝ, which is ≥ 0 and χ²(K1).
        var result = new TwoStageLeastSquares().Fit(Simulated(400, 1, 3), new IvIidCovariance());
        Assert.True(result.Diagnostics.Endogeneity!.Value > 0);
        Assert.Equal(1, result.Diagnostics.Endogeneity.Df1);
    }
}
