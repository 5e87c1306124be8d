using System.Globalization;
using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// Monte Carlo MLE (Geyer and Thompson 1992; Hunter and Handcock 2006) with the Hummel, Hunter and Handcock (2012)
/// step length, as statnet's <c>ergm</c> with <c>MCMLE.metric = "lognormal"</c>.
/// </summary>
/// <remarks>
/// Iteration t: sample S networks at θ_t (TNT sampler, burn-in then one network every <c>interval</c> proposals; the
/// chain starts at the observed network and continues from the last network of the previous iteration). With z_s =
/// g(Y_s) − g_obs, mean z̄ and covariance Σ, the log-normal approximation of the log-likelihood ratio is maximised by
/// θ_t − Σ⁻¹ z̄. Hummel stepping aims at ξ = (1 − γ) z̄ instead of 0, with the largest γ ≤ 1 such that z̄ − (1 + margin)·γ·z̄
/// is inside the convex hull of the sample, so the step never extrapolates beyond what the sample supports:
/// θ_{t+1} = θ_t − γ Σ⁻¹ z̄. Convergence: γ = 1 and Hotelling's T² of "E z = 0" (batch means) has p-value above the
/// threshold; the estimate is then θ_{t+1} from that sample, its model covariance Σ⁻¹ and its MCMC covariance
/// Σ⁻¹ Cov(z̄) Σ⁻¹. Degeneracy: the sampler's runaway guard (density more than halfway from observed to complete), a statistic that never varies in the sample,
/// or a singular Σ.
/// </remarks>
internal sealed class McmcMle
{
    internal sealed record Outcome(
        ErgmStatus Status, string Message, double[] Theta, double[,]? ModelCovariance, double[,]? McmcCovariance,
        SampleMoments? LastSample, double? HotellingP, double? StepLength, int Iterations, long Proposals, long Accepted,
        List<string> Trace);

    public static Outcome Run(ErgmModel model, ErgmNetwork observed, double[] observedStats, double[] start, ErgmOptions options)
    {
        int p = model.Count;
        var rng = new SeededRandom(options.Seed);
        var sampler = new TntSampler(model, observed.Clone(), (double[])observedStats.Clone(), rng, observed.Density);
        var theta = (double[])start.Clone();
        var trace = new List<string>();
        SampleMoments? moments = null;
        double? pValue = null, gamma = null;
        for (int it = 1; it <= options.Iterations; it++)
        {
            var sample = sampler.Sample(theta, options.Burnin, options.SampleSize, options.Interval);
            if (sample is null)
                return Fail(ErgmStatus.Degenerate,
                    $"MCMC-MLE stopped at iteration {it}: at θ = ({Format(theta)}) the simulated network ran away towards the complete graph " +
                    $"(density {sampler.Network.Density:0.###}, observed {observed.Density:0.###}; stop at {TntSampler.RunawayDensity(observed.Density):0.###}) — the model is degenerate or near-degenerate. " +
                    "Terms such as triangle or kstar often cause this; geometrically weighted terms (gwesp, gwdegree) usually do not.",
                    theta, it, sampler, trace);
            for (int r = 0; r < options.SampleSize; r++)
                for (int k = 0; k < p; k++) sample[r * p + k] -= observedStats[k];
            moments = new SampleMoments(sample, p);
            for (int k = 0; k < p; k++)
                if (!(moments.Covariance[k, k] > 0))
                    return Fail(ErgmStatus.Degenerate,
                        $"MCMC-MLE stopped at iteration {it}: the statistic {model.Names[k]} took the same value ({moments.Mean[k] + observedStats[k]:G6}) " +
                        $"in all {options.SampleSize} sampled networks at θ = ({Format(theta)}); the sampler did not mix and the model is degenerate there.",
                        theta, it, sampler, trace);
            var chol = SymmetricMatrix.Cholesky(moments.Covariance);
            if (chol is null)
                return Fail(ErgmStatus.Degenerate,
                    $"MCMC-MLE stopped at iteration {it}: the sampled statistics are linearly dependent (singular covariance) at θ = ({Format(theta)}); " +
                    "the model is degenerate there or two terms coincide on the simulated networks.",
                    theta, it, sampler, trace);
            var sd = moments.StandardDeviations();
            var direction = moments.Mean.Select(v => -v).ToArray();
            double tMax = ConvexHullRay.MaxStep(sample, p, moments.Mean, direction, sd);
            double g = double.IsNaN(tMax) ? 0 : Math.Min(1, tMax / (1 + options.StepLengthMargin));
            var step = SymmetricMatrix.Solve(chol, moments.Mean);
            var next = new double[p];
            for (int k = 0; k < p; k++) next[k] = theta[k] - g * step[k];
            double pv = moments.HotellingPValue();
            gamma = g; pValue = double.IsNaN(pv) ? null : pv;
            bool converged = g >= 1 && pv > options.ConvergencePValue;
            trace.Add(string.Create(CultureInfo.InvariantCulture,
                $"iteration {it}: θ = ({Format(theta)}), sampled − observed = ({Format(moments.Mean)}) ± ({Format(Enumerable.Range(0, p).Select(k => Math.Sqrt(moments.MeanCovariance[k, k])).ToArray())}), step length {g:0.###}, Hotelling p = {pv:0.###}{(converged ? " — converged" : "")}"));
            if (!double.IsFinite(next.Sum()))
                return Fail(ErgmStatus.Degenerate, $"MCMC-MLE stopped at iteration {it}: the Geyer–Thompson step is not finite.", theta, it, sampler, trace);
            if (converged)
            {
                var inv = SymmetricMatrix.Inverse(chol);
                var mc = SymmetricMatrix.Sandwich(inv, moments.MeanCovariance);
                return new Outcome(ErgmStatus.Converged,
                    string.Create(CultureInfo.InvariantCulture,
                        $"MCMC-MLE converged after {it} iteration(s): the observed statistics lie inside the sampled networks' convex hull and the Hotelling test of sampled mean = observed gives p = {pv:0.###} > {options.ConvergencePValue}."),
                    next, inv, mc, moments, pValue, gamma, it, sampler.Proposals, sampler.Accepted, trace);
            }
            theta = next;
        }
        // Not converged: report the last iterate with the last sample's covariance (provisional).
        var cholLast = SymmetricMatrix.Cholesky(moments!.Covariance)!;
        var invLast = SymmetricMatrix.Inverse(cholLast);
        return new Outcome(ErgmStatus.NotConverged,
            string.Create(CultureInfo.InvariantCulture,
                $"MCMC-MLE did not converge in {options.Iterations} iterations (last step length {gamma:0.###}, Hotelling p = {pValue:0.###}); estimates are provisional — increase iterations or samplesize, or revise the model."),
            theta, invLast, SymmetricMatrix.Sandwich(invLast, moments.MeanCovariance), moments, pValue, gamma,
            options.Iterations, sampler.Proposals, sampler.Accepted, trace);
    }

    private static Outcome Fail(ErgmStatus status, string message, double[] theta, int it, TntSampler sampler, List<string> trace) =>
        new(status, message, theta, null, null, null, null, null, it, sampler.Proposals, sampler.Accepted, trace);

    internal static string Format(double[] v) => string.Join(", ", v.Select(x => x.ToString("0.####", CultureInfo.InvariantCulture)));
}
