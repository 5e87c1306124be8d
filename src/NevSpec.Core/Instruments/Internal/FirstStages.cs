using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// First-stage regressions and ivreg2's first-stage statistics (F, partial and Shea R², and for several
/// endogenous regressors the Sanderson–Windmeijer and Angrist–Pischke conditional F).
/// </summary>
/// <remarks>
/// SW/AP for regressor j: δ = (X̂₋ⱼ'X̂₋ⱼ)⁻¹X̂₋ⱼ'xⱼ (the 2SLS coefficients of xⱼ on the other endogenous
/// regressors), e_SW = xⱼ − X₋ⱼδ, e_AP = xⱼ − X̂₋ⱼδ, and the excluded-instrument Wald test of e on the
/// instruments with q = L1 − K1 + 1 (Sanderson and Windmeijer 2016, J. Econometrics 190(2); Angrist and
/// Pischke 2009, §4.6.1), all on the partialled variables.
/// </remarks>
internal static class FirstStages
{
    public static IReadOnlyList<FirstStageResult> Build(IvProblem p, IvCovariance covariance, IvDof d, FixedEffectsOptions fe)
    {
        var xHat = p.Excluded.Fitted(p.X1T);
        var fullHat = p.AllInstruments.Fitted(p.X);
        var xxInv = p.X.TransposeThisAndMultiply(p.X).Inverse();
        var hatInv = fullHat.TransposeThisAndMultiply(fullHat).Inverse();
        int q = p.L1 - p.K1 + 1;
        var regressorNames = p.InstrumentNames.Concat(p.ExogenousNames.Where(n => n != FixedEffectsOls.InterceptName)).ToArray();
        var regressors = regressorNames.Select(n => p.Raw[n]).ToArray();
        ICovarianceEstimator ols = covariance.IsIid ? new IidCovariance()
            : covariance.IsClustered ? new ClusteredCovariance() : new HeteroskedasticCovariance();
        var fit = new FixedEffectsOls(fe with { DropSingletons = false });
        var results = new List<FirstStageResult>();
        for (int j = 0; j < p.K1; j++)
        {
            string name = p.EndogenousNames[j];
            var regression = fit.Fit(new RegressionDesign(name, p.Raw[name], regressorNames, regressors, p.FixedEffects, p.Clusters), ols);
            var main = ExcludedInstrumentWald.Compute(p, p.X1T.Column(j), covariance, d, p.L1);
            var (sw, ap) = p.K1 == 1 ? (main, main) : Conditional(p, xHat, j, covariance, d, q);
            string scale = Scale(covariance, d);
            results.Add(new FirstStageResult
            {
                Endogenous = name,
                Regression = regression,
                PartialR2 = main.PartialR2,
                SheaPartialR2 = xxInv[j, j] / hatInv[j, j],
                Rmse = Math.Sqrt(main.Rss / (p.N - p.L - d.DofMinus - d.SDofMinus)),
                F = Stat("First-stage F of excluded instruments", main, true, p.L1, scale),
                Chi2 = Stat("First-stage χ² of excluded instruments", main, false, p.L1, scale),
                SandersonWindmeijerF = Stat("Sanderson–Windmeijer F", sw, true, q, scale),
                SandersonWindmeijerChi2 = Stat("Sanderson–Windmeijer χ²", sw, false, q, scale),
                SandersonWindmeijerPartialR2 = sw.PartialR2,
                AngristPischkeF = Stat("Angrist–Pischke F", ap, true, q, scale),
                AngristPischkeChi2 = Stat("Angrist–Pischke χ²", ap, false, q, scale),
                AngristPischkePartialR2 = ap.PartialR2,
            });
        }
        return results;
    }

    private static (ExcludedInstrumentWald.Result Sw, ExcludedInstrumentWald.Result Ap) Conditional(
        IvProblem p, Matrix<double> xHat, int j, IvCovariance covariance, IvDof d, int q)
    {
        var others = Enumerable.Range(0, p.K1).Where(c => c != j).ToArray();
        var hatOthers = Matrix<double>.Build.DenseOfColumnVectors(others.Select(c => xHat.Column(c)));
        var xOthers = Matrix<double>.Build.DenseOfColumnVectors(others.Select(c => p.X1T.Column(c)));
        var xj = p.X1T.Column(j);
        var delta = hatOthers.TransposeThisAndMultiply(hatOthers).Solve(hatOthers.TransposeThisAndMultiply(xj));
        var sw = ExcludedInstrumentWald.Compute(p, xj - xOthers * delta, covariance, d, q);
        var ap = ExcludedInstrumentWald.Compute(p, xj - hatOthers * delta, covariance, d, q);
        return (sw, ap);
    }

    internal static string Scale(IvCovariance covariance, IvDof d) => covariance.IsIid
        ? "ivreg2: classical Wald with σ̂² = RSS/(N − dofminus); F = χ²/(N − dofminus)·(N − L − dofminus − sdofminus)/q"
        : covariance.IsClustered
            ? "ivreg2: cluster-robust Wald (raw meat); F = χ²/(N − 1)·(N − L − sdofminus)·(M − 1)/M/q, df (q, M − 1)"
            : "ivreg2: robust Wald χ² = W_HC0·(N − dofminus)/N; F = χ²/(N − dofminus)·(N − L − dofminus − sdofminus)/q";

    internal static IvTestStatistic Stat(string name, ExcludedInstrumentWald.Result r, bool f, int q, string convention) => f
        ? new IvTestStatistic(name, r.F, "F", q, r.Df2, r.PF, convention)
        : new IvTestStatistic(name, r.Chi2, "chi2", q, null, r.PChi2, convention);
}
