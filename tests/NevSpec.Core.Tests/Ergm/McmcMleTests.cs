using System.Text.Json;
using NevSpec.Core.Ergm;

namespace NevSpec.Core.Tests.Ergm;

/// <summary>
/// The Monte Carlo MLE on the Florentine marriage network. MCMC answers are checked "within MCMC error": the
/// tolerance is 4 combined Monte Carlo standard errors (the fit's own batch-means SE, and for statnet's published
/// figure the same SE scaled to statnet's sample size of 1024), so a correct sampler fails with probability ≈ 1e-4.
/// Sample sizes are kept small where the property still bites, for a fast suite.
/// </summary>
public class McmcMleTests
{
    private static readonly ErgmOptions Quick = new() { SampleSize = 256, Interval = 128, Burnin = 2048, BridgeSampleSize = 64, GofSimulations = 10 };

    [Fact]
    public void SameSeedGivesIdenticalFit()
    {
        ErgmTerm[] Terms() => [new EdgesTerm(), new GwespTerm(0.25)];
        var a = ErgmEstimator.Fit(Florentine.Marriage(), Terms(), Quick with { Seed = 42 });
        var b = ErgmEstimator.Fit(Florentine.Marriage(), Terms(), Quick with { Seed = 42 });
        var c = ErgmEstimator.Fit(Florentine.Marriage(), Terms(), Quick with { Seed = 43 });
        Assert.Equal(ErgmMethod.McmcMle, a.Method);
        Assert.Equal(a.Coefficients, b.Coefficients);               // records: every field bit-identical
        Assert.Equal(a.LogLikelihood, b.LogLikelihood);
        Assert.Equal(a.Proposals, b.Proposals);
        Assert.Equal(a.Notes, b.Notes);
        Assert.Equal(a.GoodnessOfFit!.Degree.Rows, b.GoodnessOfFit!.Degree.Rows);
        Assert.Equal(a.GoodnessOfFit.GeodesicDistance.Rows, b.GoodnessOfFit.GeodesicDistance.Rows);
        Assert.NotEqual(a.Coefficients[1].Estimate, c.Coefficients[1].Estimate);
    }

    [Fact]
    public void ForcedMcmcOnEdgesOnlyRecoversClosedFormMle()
    {
        // Source: florentine_ergm_mple.json, models.edges.closed_form (θ = ln(m/(N−m)), SE = 1/√(N p(1−p))).
        var cf = Florentine.Reference.GetProperty("models").GetProperty("edges").GetProperty("closed_form");
        var fit = ErgmEstimator.Fit(Florentine.Marriage(), [new EdgesTerm()],
            new ErgmOptions { Seed = 7, SampleSize = 1024, Interval = 256, Burnin = 4096, GofSimulations = 0, ForceMcmc = true });
        Assert.Equal(ErgmMethod.McmcMle, fit.Method);
        Assert.Equal(ErgmStatus.Converged, fit.Status);
        var e = fit["edges"];
        Assert.True(e.McmcStdErr > 0);
        double theta = cf.GetProperty("coef").GetDouble(), se = cf.GetProperty("se").GetDouble();
        Assert.True(Math.Abs(e.Estimate - theta) <= 4 * e.McmcStdErr, $"θ̂ = {e.Estimate:R}, closed form {theta:R}, MCMC SE {e.McmcStdErr:R}");
        // The SE comes from the sampled variance of the edge count (1024 draws: ≈ 2.2 % relative error).
        Assert.True(Math.Abs(e.StdErr / se - 1) <= 0.10, $"SE {e.StdErr:R} vs closed form {se:R}");
        // The log-likelihood is exact for a dyad-independent model and cannot exceed its maximum.
        Assert.Equal(ErgmLogLikelihoodMethod.Exact, fit.LogLikelihoodMethod);
        Assert.True(fit.LogLikelihood <= cf.GetProperty("loglik").GetDouble() + 1e-12);
        Assert.True(fit.LogLikelihood >= cf.GetProperty("loglik").GetDouble() - 0.01);
    }

    [Fact]
    public void EdgesTriangleAgreesWithPublishedStatnetWithinMcmcError()
    {
        // Source: florentine_ergm_mple.json, published_statnet_tutorial."flomarriage ~ edges + triangle (MCMLE, stochastic)":
        // edges −1.6900 (0.3620), triangle 0.1901 (0.5982), AIC 112.1, BIC 117.6 (ergm 4.2.2, MCMC sample size 1024).
        var pub = Florentine.Reference.GetProperty("published_statnet_tutorial").GetProperty("flomarriage ~ edges + triangle (MCMLE, stochastic)");
        var fit = ErgmEstimator.Fit(Florentine.Marriage(), [new EdgesTerm(), new TriangleTerm()],
            new ErgmOptions { Seed = 2024, SampleSize = 4096, Interval = 256, Burnin = 4096, GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Converged, fit.Status);
        foreach (var term in new[] { "edges", "triangle" })
        {
            var c = fit[term];
            var p = pub.GetProperty(term);
            double estimate = Florentine.Parse(p.GetProperty("estimate").GetString()!), se = Florentine.Parse(p.GetProperty("se").GetString()!);
            // statnet's own Monte Carlo error at 1024 draws ≈ ours at 4096 × √(4096/1024).
            double combined = c.McmcStdErr * Math.Sqrt(1 + 4096.0 / 1024);
            Assert.True(Math.Abs(c.Estimate - estimate) <= 4 * combined + 5e-5, $"{term}: {c.Estimate:R} vs statnet {estimate} (4σ = {4 * combined:G3})");
            // SEs: sampled-covariance estimates, ≈ 2–3 % relative error each. The MPLE's naive SEs (0.308, 0.428) fail this.
            Assert.True(Math.Abs(c.StdErr / se - 1) <= 0.10, $"{term} SE: {c.StdErr:R} vs statnet {se}");
        }
        Assert.Equal(ErgmLogLikelihoodMethod.BridgeSampling, fit.LogLikelihoodMethod);
        double llTol = 0.05 + 4 * 2 * fit.LogLikelihoodMcmcStdErr!.Value * Math.Sqrt(1 + 4);
        Assert.True(Math.Abs(fit.Aic!.Value - 112.1) <= llTol, $"AIC {fit.Aic:R} vs statnet {pub.GetProperty("AIC")}");
        Assert.True(Math.Abs(fit.Bic!.Value - 117.6) <= llTol, $"BIC {fit.Bic:R} vs statnet {pub.GetProperty("BIC")}");
        Assert.Equal("112.1", pub.GetProperty("AIC").GetString());
        Assert.Equal("117.6", pub.GetProperty("BIC").GetString());
    }

    [Fact]
    public void EdgesGwespSolvesTheMomentEquation()
    {
        // The MLE is the θ at which E_θ[g(Y)] = g(y_obs). An independent simulation at θ̂ (fresh seed, 400 networks)
        // must reproduce the observed statistics within Monte Carlo error (simulation SE plus θ̂'s own MCMC error).
        var g = Florentine.Marriage();
        ErgmTerm[] terms = [new EdgesTerm(), new GwespTerm(0.25)];
        var fit = ErgmEstimator.Fit(g, terms, new ErgmOptions { Seed = 5, SampleSize = 1024, Interval = 256, Burnin = 4096, GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Converged, fit.Status);
        var theta = fit.Coefficients.Select(c => c.Estimate).ToArray();
        var gof = ErgmGoodnessOfFit.Run(g, terms, theta, 400, seed: 99, burnin: 4096, interval: 256);
        var info = fit.CovarianceMatrix();
        for (int k = 0; k < 2; k++)
        {
            var row = gof.ModelStatistics.Rows[k];
            // Sample SD of the statistic ≈ √(Fisher information); θ̂'s MCMC error moves the mean by about I·δθ.
            double sd = (row.Upper - row.Lower) / (2 * 1.96);
            double tol = 4 * Math.Sqrt(sd * sd / 400 + Math.Pow(sd * sd * fit.Coefficients[k].McmcStdErr, 2)) + 1e-9;
            Assert.True(Math.Abs(row.Mean - row.Observed) <= Math.Max(tol, 4 * sd / Math.Sqrt(400)),
                $"{row.Label}: simulated mean {row.Mean:R} vs observed {row.Observed:R} (tolerance {tol:G3})");
        }
        Assert.True(info[0, 0] > 0 && info[1, 1] > 0);
    }

    [Fact]
    public void EdgesGwespAgreesWithALongRun()
    {
        // No statnet figure for flomarriage ~ edges + gwesp(0.25, fixed = TRUE) is stored in shared/reference, so the
        // statnet-size run (1024 draws) is compared with a long run of our own (8192 draws, other seed).
        ErgmTerm[] Terms() => [new EdgesTerm(), new GwespTerm(0.25)];
        var normal = ErgmEstimator.Fit(Florentine.Marriage(), Terms(), new ErgmOptions { Seed = 3, SampleSize = 1024, Interval = 256, Burnin = 4096, GofSimulations = 0 });
        var longRun = ErgmEstimator.Fit(Florentine.Marriage(), Terms(), new ErgmOptions { Seed = 4, SampleSize = 8192, Interval = 128, Burnin = 4096, BridgeSampleSize = 1024, GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Converged, normal.Status);
        Assert.Equal(ErgmStatus.Converged, longRun.Status);
        for (int k = 0; k < 2; k++)
        {
            var a = normal.Coefficients[k]; var b = longRun.Coefficients[k];
            double tol = 4 * Math.Sqrt(a.McmcStdErr * a.McmcStdErr + b.McmcStdErr * b.McmcStdErr);
            Assert.True(Math.Abs(a.Estimate - b.Estimate) <= tol, $"{a.Term}: {a.Estimate:R} vs long run {b.Estimate:R} (4σ = {tol:G3})");
            Assert.True(Math.Abs(a.StdErr / b.StdErr - 1) <= 0.10, $"{a.Term} SE: {a.StdErr:R} vs long run {b.StdErr:R}");
        }
        double llTol = 4 * Math.Sqrt(Math.Pow(normal.LogLikelihoodMcmcStdErr!.Value, 2) + Math.Pow(longRun.LogLikelihoodMcmcStdErr!.Value, 2)) + 0.02;
        Assert.True(Math.Abs(normal.LogLikelihood!.Value - longRun.LogLikelihood!.Value) <= llTol,
            $"loglik {normal.LogLikelihood:R} vs long run {longRun.LogLikelihood:R}");
    }
}
