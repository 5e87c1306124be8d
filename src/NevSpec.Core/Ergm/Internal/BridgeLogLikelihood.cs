using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// Log-likelihood of a dyad-dependent ERGM at θ̂ by bridge sampling from a dyad-independent reference (statnet's
/// <c>logLik.ergm</c> with its "dindstart" reference; Hunter and Handcock 2006, §3.3).
/// </summary>
/// <remarks>
/// Reference θ₀: the exact MLE of the dyad-independent terms with the dyad-dependent coefficients at 0 (θ = 0, the
/// uniform distribution with ℓ = −D ln 2, when the model has no dyad-independent term or that MLE does not exist);
/// ℓ(θ₀) is then an exact logistic log-likelihood. Along θ(t) = θ₀ + t(θ̂ − θ₀),
/// ℓ(θ̂) − ℓ(θ₀) = (θ̂ − θ₀)·g_obs − ∫₀¹ (θ̂ − θ₀)·E_θ(t)[g] dt, integrated by the midpoint rule over K steps with an
/// MCMC mean at each midpoint. Monte Carlo SE: batch-means variance of each step's mean, summed over steps / K².
/// </remarks>
internal static class BridgeLogLikelihood
{
    internal sealed record Result(double LogLikelihood, double McmcStdErr, long Proposals, bool Degenerate);

    public static Result Estimate(ErgmModel model, DyadDesign design, ErgmNetwork observed, double[] observedStats, double[] theta,
        ErgmOptions options, SeededRandom rng)
    {
        int p = model.Count;
        var theta0 = new double[p];
        double ll0 = -observed.DyadCount * Math.Log(2);
        int[] independent = Enumerable.Range(0, p).Where(k => model.Terms[k].IsDyadIndependent).ToArray();
        if (independent.Length > 0)
        {
            var sub = design.Select(independent);
            var fit = LogisticMle.Fit(sub);
            if (fit.Converged)
            {
                for (int c = 0; c < independent.Length; c++) theta0[independent[c]] = fit.Theta[c];
                ll0 = fit.LogLikelihood;
            }
        }
        var dtheta = new double[p];
        for (int k = 0; k < p; k++) dtheta[k] = theta[k] - theta0[k];
        var sampler = new TntSampler(model, observed.Clone(), (double[])observedStats.Clone(), rng, observed.Density);
        int steps = options.BridgeSteps;
        double integral = 0, variance = 0;
        var at = new double[p];
        var projected = new double[options.BridgeSampleSize];
        for (int s = 0; s < steps; s++)
        {
            double t = (s + 0.5) / steps;
            for (int k = 0; k < p; k++) at[k] = theta0[k] + t * dtheta[k];
            var sample = sampler.Sample(at, options.Burnin, options.BridgeSampleSize, options.Interval);
            if (sample is null) return new Result(double.NaN, double.NaN, sampler.Proposals, true);
            // (θ̂ − θ₀)·(g_obs − g(Y_s)) per draw; its mean is the integrand at t.
            for (int r = 0; r < projected.Length; r++)
            {
                double v = 0;
                for (int k = 0; k < p; k++) v += dtheta[k] * (observedStats[k] - sample[r * p + k]);
                projected[r] = v;
            }
            var m = new SampleMoments(projected, 1);
            integral += m.Mean[0];
            variance += m.MeanCovariance[0, 0];
        }
        return new Result(ll0 + integral / steps, Math.Sqrt(variance) / steps, sampler.Proposals, false);
    }
}
