using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>Computes <see cref="IvDiagnostics"/> for a fitted IV model with ivreg2's conventions.</summary>
internal static class DiagnosticsBuilder
{
    public static IvDiagnostics Build(IvProblem p, KClassFit fit, string estimator, IvCovariance covariance, IvDof d,
        IvOptions options, double coefficient, double standardError, FixedEffectsOptions fe, List<string> notes)
    {
        int n = p.N, l1 = p.L1, k1 = p.K1, idDf = l1 - k1 + 1;
        var rank = new RankTest(p.X1T, p.Z1T);
        double minEval = rank.MinSquaredCanonicalCorrelation;
        int smallDen = n - p.L - d.DofMinus - d.SDofMinus;
        var cd = new IvTestStatistic("Cragg–Donald Wald F", minEval / (1 - minEval) * smallDen / l1, "none", 0, null, null,
            "ivreg2 cdf: min ρ²/(1 − min ρ²)·(N − L − dofminus − sdofminus)/L1, ρ = canonical correlations of partialled X1 and Z1 (Cragg and Donald 1993)");
        double andersonValue = (n - d.DofMinus) * minEval;
        var anderson = new IvTestStatistic("Anderson canonical correlation LM", andersonValue, "chi2", idDf, null,
            ExcludedInstrumentWald.ChiSquaredUpper(andersonValue, idDf), "ivreg2 idstat (iid): (N − dofminus)·min ρ² (Anderson 1951)");

        IvTestStatistic? kpLm = null, kpF = null;
        if (!covariance.IsIid)
        {
            string meat = covariance.IsClustered
                ? $"{(p.Clusters.Length > 1 ? $"{p.Clusters.Length}-way " : "")}cluster-robust Ŝ (raw meat/N)"
                : "heteroskedasticity-robust Ŝ (HC0 meat/N)";
            var (lmChi2, lmDf) = rank.Statistic(Shat(RankTest.Scores(p.X1T, p.Z1T), covariance, p));
            double lm = covariance.IsClustered ? lmChi2 : lmChi2 / n * (n - d.DofMinus);
            kpLm = new IvTestStatistic("Kleibergen–Paap rk LM", lm, "chi2", lmDf, null, ExcludedInstrumentWald.ChiSquaredUpper(lm, lmDf),
                $"ivreg2/ranktest idstat: Kleibergen–Paap (2006) rk LM with {meat}, V̂ = X̃1" + (covariance.IsClustered ? "" : ", scaled by (N − dofminus)/N"));
            var residuals = p.X1T - p.Z1T * rank.Pi;
            var (wChi2, wDf) = rank.Statistic(Shat(RankTest.Scores(residuals, p.Z1T), covariance, p));
            if (wDf < idDf) notes.Add($"The Kleibergen–Paap statistics' covariance is rank deficient (deficit {idDf - wDf}); a generalised inverse was used and the statistics may be unreliable (too few clusters?).");
            double f = covariance.IsClustered
                ? wChi2 / (n - 1) * (n - p.L - d.SDofMinusCluster) * (d.M - 1) / d.M / l1
                : wChi2 / n * smallDen / l1;
            kpF = new IvTestStatistic("Kleibergen–Paap rk Wald F", f, "none", 0, null, null,
                $"ivreg2 widstat: Kleibergen–Paap (2006) rk Wald with {meat}, V̂ = first-stage residuals; F = " +
                (covariance.IsClustered ? "χ²/(N − 1)·(N − L − sdofminus)·(M − 1)/M/L1" : "χ²/N·(N − L − dofminus − sdofminus)/L1"));
        }

        var arCore = ExcludedInstrumentWald.Compute(p, p.YT, covariance, d, l1);
        string arConvention = "Anderson–Rubin (1949) test of H0: β_endog = 0 (reduced form of y on Z); " + FirstStages.Scale(covariance, d);
        AndersonRubinConfidenceSet? arSet = null;
        if (k1 == 1)
        {
            bool useF = options.SmallSample;
            var curve = new AndersonRubinCurve(p, covariance, d);
            double P(double b0)
            {
                var r = curve.At(b0);
                return useF ? r.PF : r.PChi2;
            }
            var intervals = AndersonRubinInversion.Invert(P, 1 - options.ConfidenceLevel, coefficient, standardError);
            arSet = new AndersonRubinConfidenceSet(options.ConfidenceLevel, intervals,
                $"grid inversion (β̂ ± 200·SE, 4001 points, bisection) of the AR {(useF ? "F" : "χ²")} test; {FirstStages.Scale(covariance, d)}");
        }

        IvTestStatistic overid;
        IvTestStatistic? sargan = null;
        int overidDf = l1 - k1;
        if (covariance.IsIid)
        {
            double s = overidDf == 0 ? 0 : Overidentification.Sargan(p, fit.Residuals, d.DofMinus);
            sargan = new IvTestStatistic("Sargan", s, "chi2", overidDf, null, overidDf == 0 ? null : ExcludedInstrumentWald.ChiSquaredUpper(s, overidDf),
                "ivreg2 sargan: e'P_Z e/(e'e/(N − dofminus)) with the model's residuals (Sargan 1958)" + (overidDf == 0 ? "; exactly identified, 0 by definition" : ""));
            overid = sargan;
        }
        else
        {
            double j = 0;
            if (overidDf > 0)
            {
                var omega = Overidentification.Omega(p.Z, fit.Residuals, covariance, p, d.DofMinus);
                j = Overidentification.JWithOmega(p.Z, p.X, p.Y, omega);
            }
            overid = new IvTestStatistic("Hansen J", j, "chi2", overidDf, null, overidDf == 0 || double.IsNaN(j) ? null : ExcludedInstrumentWald.ChiSquaredUpper(j, overidDf),
                "ivreg2 j: Hansen (1982) J of two-step GMM with Ŝ from the model's residuals (" +
                (covariance.IsClustered ? "cluster meat/N" : "HC meat/(N − dofminus)") + ")" + (overidDf == 0 ? "; exactly identified, 0 by definition" : ""));
        }

        double c = Overidentification.Endogeneity(p, covariance, d.DofMinus);
        var endogeneity = new IvTestStatistic("Endogeneity C (difference-in-" + (covariance.IsIid ? "Sargan" : "J") + ")", c, "chi2", k1, null,
            ExcludedInstrumentWald.ChiSquaredUpper(c, k1),
            "ivreg2 endog() estat: J(X1 as instruments) − J(model), both with Ŝ of the former" + (covariance.IsIid ? " (iid: σ̂² = e'e/(N − dofminus))" : ""));

        IvTestStatistic? arOverid = null;
        if (fit.Lambda is double lambda && overidDf > 0)
        {
            double lr = (n - d.DofMinus) * Math.Log(lambda);
            arOverid = new IvTestStatistic("Anderson–Rubin over-identification LR", lr, "chi2", overidDf, null, ExcludedInstrumentWald.ChiSquaredUpper(lr, overidDf),
                "ivreg2 arubin: (N − dofminus)·ln λ (LIML, iid)");
        }

        var stockYogo = estimator == "2sls" ? StockYogo.ForTwoStageLeastSquares(k1, l1)
            : estimator == "liml" ? StockYogo.ForLiml(k1, l1) : StockYogo.ForFuller(k1, l1);
        return new IvDiagnostics
        {
            Underidentification = kpLm ?? anderson,
            AndersonLm = anderson,
            KleibergenPaapLm = kpLm,
            CraggDonaldF = cd,
            KleibergenPaapWaldF = kpF,
            WeakIdentification = kpF ?? cd,
            StockYogo = stockYogo,
            AndersonRubinF = new IvTestStatistic("Anderson–Rubin F", arCore.F, "F", l1, arCore.Df2, arCore.PF, arConvention),
            AndersonRubinChi2 = new IvTestStatistic("Anderson–Rubin χ²", arCore.Chi2, "chi2", l1, null, arCore.PChi2, arConvention),
            AndersonRubinSet = arSet,
            Overidentification = overid,
            Sargan = sargan,
            Endogeneity = endogeneity,
            WuHausmanF = WuHausman(p, covariance, fe),
            AndersonRubinOveridentification = arOverid,
        };
    }

    private static Matrix<double> Shat(Matrix<double> scores, IvCovariance covariance, IvProblem p)
    {
        var s = covariance.RawMeat(scores, p.Clusters) / p.N;
        return 0.5 * (s + s.Transpose());
    }

    // AER's regression-based Wu–Hausman: add the first-stage residuals to the structural equation and
    // test them with Core's OLS covariance (iid F, HC1 or CR1 Wald/K1).
    private static IvTestStatistic? WuHausman(IvProblem p, IvCovariance covariance, FixedEffectsOptions fe)
    {
        var vHat = p.AllInstruments.Residual(p.X1);
        var names = p.EndogenousNames.Concat(p.ExogenousNames.Where(n => n != FixedEffectsOls.InterceptName)).ToList();
        var columns = names.Select(n => p.Raw[n]).ToList();
        var controlNames = p.EndogenousNames.Select(n => "_v_" + n).ToArray();
        names.AddRange(controlNames);
        columns.AddRange(Enumerable.Range(0, p.K1).Select(j => vHat.Column(j).ToArray()));
        ICovarianceEstimator ols = covariance.IsIid ? new IidCovariance()
            : covariance.IsClustered ? new ClusteredCovariance() : new HeteroskedasticCovariance();
        RegressionResult r;
        try { r = new FixedEffectsOls(fe with { DropSingletons = false }).Fit(new RegressionDesign(p.OutcomeName, p.YRaw, names, columns, p.FixedEffects, p.Clusters), ols); }
        catch (EstimationException) { return null; }
        var idx = controlNames.Select(c => r.Terms.ToList().IndexOf(c)).ToArray();
        if (idx.Any(i => i < 0)) return null;
        var b = Vector<double>.Build.Dense(idx.Length, i => r[controlNames[i]].Estimate);
        var v = Matrix<double>.Build.Dense(idx.Length, idx.Length, (i, j) => r.Covariance(idx[i], idx[j]));
        double f = b.DotProduct(v.Solve(b)) / idx.Length;
        return new IvTestStatistic("Wu–Hausman F", f, "F", idx.Length, r.ResidualDf, ExcludedInstrumentWald.FUpper(f, idx.Length, r.ResidualDf),
            $"AER ivreg diagnostics: first-stage residuals added to the structural equation, Wald/K1 with Core's {r.CovarianceName} covariance, F(K1, {r.ResidualDf})");
    }
}
