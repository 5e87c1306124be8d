using System.Globalization;
using NevSpec.Core.Ergm.Internal;
using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm;

/// <summary>
/// Fits an undirected ERGM P(Y = y) ∝ exp(θ·g(y)) as statnet's <c>ergm</c> does: the MPLE by logistic regression over
/// all dyads — the exact MLE when every term is dyad-independent — and otherwise the Monte Carlo MLE started there.
/// </summary>
/// <remarks>
/// Steps: (1) validate terms and options; (2) build the dyad design of change statistics on the observed network and
/// reject terms that are identically zero or collinear (<see cref="ErgmException"/>); (3) MPLE by Newton–Raphson —
/// no maximum (separation) gives <see cref="ErgmStatus.Separation"/>; (4) dyad-independent model: report the MPLE
/// as the exact MLE with its exact log-likelihood; (5) otherwise (or with <see cref="ErgmOptions.ForceMcmc"/>)
/// MCMC-MLE (see <c>McmcMle</c> in the source), then the log-likelihood by bridge sampling; (6) goodness of fit
/// when <see cref="ErgmOptions.GofSimulations"/> &gt; 0. Every random draw derives from <see cref="ErgmOptions.Seed"/>:
/// the MCMC-MLE uses the seed itself, bridge sampling and GOF streams derived from it by SplitMix64.
/// </remarks>
public static class ErgmEstimator
{
    private const string ExactMessage = "MPLE is the MLE: every term is dyad-independent, so the pseudo-likelihood is the likelihood (statnet: \"Maximum Likelihood Results\").";

    /// <summary>Fits <paramref name="terms"/> to <paramref name="network"/>.</summary>
    /// <exception cref="ErgmException">Invalid terms or options, or a term that cannot be identified from this network.</exception>
    public static ErgmFit Fit(ErgmNetwork network, IReadOnlyList<ErgmTerm> terms, ErgmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(terms);
        options ??= new ErgmOptions();
        if (network.NodeCount < 2) throw new ErgmException($"An ERGM needs a network with at least two nodes, got {network.NodeCount}.");
        var model = new ErgmModel(terms, network.NodeCount);
        options.Validate(model.Count);
        var design = DyadDesign.Build(model, network);
        design.CheckIdentifiable();
        var observed = model.Statistics(network);
        var mple = LogisticMle.Fit(design);
        var notes = new List<string>();
        if (network.IgnoredSelfLoops > 0) notes.Add($"{network.IgnoredSelfLoops} self-loop(s) in the edge list are not ties and were ignored.");
        var ctx = new Context(network, model, design, observed, mple, options, notes);

        if (!mple.Converged) return Separated(ctx);
        if (model.DyadIndependent && !options.ForceMcmc) return Exact(ctx);
        if (!model.DyadIndependent && options.PseudoLikelihoodOnly) return PseudoLikelihood(ctx);
        return MonteCarlo(ctx);
    }

    private sealed record Context(ErgmNetwork Network, ErgmModel Model, DyadDesign Design, double[] Observed, LogisticMle.Result Mple,
        ErgmOptions Options, List<string> Notes);

    private static ErgmFit Exact(Context c)
    {
        var fit = Base(c, ErgmMethod.ExactMle, ErgmStatus.Converged, ExactMessage, c.Mple.Theta, c.Mple.Covariance, null,
            c.Mple.LogLikelihood, ErgmLogLikelihoodMethod.Exact, 0, null, c.Mple.Iterations);
        return WithGof(c, fit, c.Mple.Theta);
    }

    private static ErgmFit PseudoLikelihood(Context c)
    {
        string dependent = string.Join(", ", c.Model.Terms.Where(t => !t.IsDyadIndependent).Select(t => t.Name));
        string message = $"MPLE (maximum pseudo-likelihood), not the MLE: {dependent} make the model dyad-dependent. Standard errors are the naive pseudo-likelihood ones and are suspect.";
        var fit = Base(c, ErgmMethod.Mple, ErgmStatus.Converged, message, c.Mple.Theta, c.Mple.Covariance, null,
            c.Mple.LogLikelihood, ErgmLogLikelihoodMethod.PseudoLikelihood, null,
            "Log pseudo-likelihood at the MPLE; AIC and BIC are pseudo-quantities.", c.Mple.Iterations);
        return WithGof(c, fit, c.Mple.Theta);
    }

    private static ErgmFit Separated(Context c)
    {
        var theta = (double[])c.Mple.Theta.Clone();
        var diverging = c.Mple.DivergingTerms;
        // The coefficients in the diverging direction have no finite value; statnet reports them as ±Inf.
        for (int k = 0; k < theta.Length; k++)
            if (diverging.Contains(c.Model.Names[k])) theta[k] = theta[k] >= 0 ? double.PositiveInfinity : double.NegativeInfinity;
        string message = $"The maximum (pseudo-)likelihood estimate does not exist: the likelihood keeps increasing as {string.Join(", ", diverging)} " +
                         "→ ±∞ (separation — typically an observed statistic at its smallest or largest attainable value, e.g. no ties, or no triangles " +
                         "with a triangle term). Standard errors are not available; drop or change these terms.";
        return new ErgmFit(c.Model.Names, CoefficientAssembly.NaNMatrix(theta.Length))
        {
            Method = c.Model.DyadIndependent ? ErgmMethod.ExactMle : ErgmMethod.Mple,
            Status = ErgmStatus.Separation,
            Message = message,
            Coefficients = CoefficientAssembly.Unavailable(c.Model.Names, theta),
            LogLikelihood = null,
            LogLikelihoodMethod = ErgmLogLikelihoodMethod.NotComputed,
            LogLikelihoodMcmcStdErr = null,
            LogLikelihoodNote = "Not computed: the likelihood has no maximum (separation).",
            NodeCount = c.Network.NodeCount,
            DyadCount = c.Network.DyadCount,
            ObservedStatistics = c.Observed,
            MpleCoefficients = c.Mple.Theta,
            SampledMeanStatistics = null,
            SampledMeanStdErr = null,
            HotellingPValue = null,
            StepLength = null,
            Iterations = c.Mple.Iterations,
            Proposals = 0,
            AcceptanceRate = null,
            Seed = c.Options.Seed,
            Notes = c.Notes,
            GoodnessOfFit = null,
        };
    }

    private static ErgmFit MonteCarlo(Context c)
    {
        var o = McmcMle.Run(c.Model, c.Network, c.Observed, c.Mple.Theta, c.Options);
        c.Notes.AddRange(o.Trace);
        long proposals = o.Proposals;
        if (o.ModelCovariance is null)
        {
            var failed = new ErgmFit(c.Model.Names, CoefficientAssembly.NaNMatrix(c.Model.Count))
            {
                Method = ErgmMethod.McmcMle, Status = o.Status, Message = o.Message,
                Coefficients = CoefficientAssembly.Unavailable(c.Model.Names, o.Theta),
                LogLikelihood = null, LogLikelihoodMethod = ErgmLogLikelihoodMethod.NotComputed, LogLikelihoodMcmcStdErr = null,
                LogLikelihoodNote = "Not computed: the MCMC-MLE stopped (degenerate model).",
                NodeCount = c.Network.NodeCount, DyadCount = c.Network.DyadCount, ObservedStatistics = c.Observed,
                MpleCoefficients = c.Mple.Theta, SampledMeanStatistics = null, SampledMeanStdErr = null,
                HotellingPValue = null, StepLength = null, Iterations = o.Iterations, Proposals = proposals,
                AcceptanceRate = proposals > 0 ? o.Accepted / (double)proposals : null, Seed = c.Options.Seed, Notes = c.Notes,
                GoodnessOfFit = null,
            };
            return failed;
        }

        double? ll = null, llSe = null;
        string? llNote = null;
        var llMethod = ErgmLogLikelihoodMethod.NotComputed;
        if (c.Model.DyadIndependent)
        {
            ll = LogisticMle.LogLikelihoodAt(c.Design, o.Theta); llSe = 0; llMethod = ErgmLogLikelihoodMethod.Exact;
        }
        else if (o.Status != ErgmStatus.Converged) llNote = "Not computed: the MCMC-MLE did not converge.";
        else if (!c.Options.ComputeLogLikelihood) llNote = "Not computed: bridge sampling was switched off (ComputeLogLikelihood = false).";
        else
        {
            var bridge = BridgeLogLikelihood.Estimate(c.Model, c.Design, c.Network, c.Observed, o.Theta, c.Options, new SeededRandom(DerivedSeed(c.Options.Seed, 1)));
            proposals += bridge.Proposals;
            if (bridge.Degenerate) llNote = "Not computed: bridge sampling between the dyad-independent reference and θ̂ ran away towards the complete graph.";
            else
            {
                ll = bridge.LogLikelihood; llSe = bridge.McmcStdErr; llMethod = ErgmLogLikelihoodMethod.BridgeSampling;
                llNote = string.Create(CultureInfo.InvariantCulture,
                    $"Bridge sampling ({c.Options.BridgeSteps} steps × {c.Options.BridgeSampleSize} networks) from the dyad-independent sub-model; Monte Carlo SE {bridge.McmcStdErr:0.####}.");
            }
        }
        var m = o.LastSample!;
        var fit = Base(c, ErgmMethod.McmcMle, o.Status, o.Message, o.Theta, o.ModelCovariance, o.McmcCovariance, ll, llMethod, llSe, llNote, o.Iterations);
        var meanStats = m.Mean.Select((v, k) => v + c.Observed[k]).ToArray();
        var meanSe = Enumerable.Range(0, m.P).Select(k => Math.Sqrt(m.MeanCovariance[k, k])).ToArray();
        fit = Copy(fit, meanStats, meanSe, o.HotellingP, o.StepLength, proposals, proposals > 0 ? o.Accepted / (double)o.Proposals : null);
        return WithGof(c, fit, o.Theta);
    }

    private static ErgmFit Base(Context c, ErgmMethod method, ErgmStatus status, string message, double[] theta, double[,] modelCov,
        double[,]? mcmcCov, double? ll, ErgmLogLikelihoodMethod llMethod, double? llSe, string? llNote, int iterations) =>
        new(c.Model.Names, CoefficientAssembly.Total(modelCov, mcmcCov))
        {
            Method = method, Status = status, Message = message,
            Coefficients = CoefficientAssembly.Rows(c.Model.Names, theta, modelCov, mcmcCov),
            LogLikelihood = ll, LogLikelihoodMethod = llMethod, LogLikelihoodMcmcStdErr = llSe, LogLikelihoodNote = llNote,
            NodeCount = c.Network.NodeCount, DyadCount = c.Network.DyadCount, ObservedStatistics = c.Observed,
            MpleCoefficients = c.Mple.Theta, SampledMeanStatistics = null, SampledMeanStdErr = null,
            HotellingPValue = null, StepLength = null, Iterations = iterations, Proposals = 0, AcceptanceRate = null,
            Seed = c.Options.Seed, Notes = c.Notes, GoodnessOfFit = null,
        };

    private static ErgmFit Copy(ErgmFit f, double[] meanStats, double[] meanSe, double? pValue, double? step, long proposals, double? acceptance) =>
        new(f.Terms, f.CovarianceMatrix())
        {
            Method = f.Method, Status = f.Status, Message = f.Message, Coefficients = f.Coefficients,
            LogLikelihood = f.LogLikelihood, LogLikelihoodMethod = f.LogLikelihoodMethod, LogLikelihoodMcmcStdErr = f.LogLikelihoodMcmcStdErr,
            LogLikelihoodNote = f.LogLikelihoodNote, NodeCount = f.NodeCount, DyadCount = f.DyadCount, ObservedStatistics = f.ObservedStatistics,
            MpleCoefficients = f.MpleCoefficients, SampledMeanStatistics = meanStats, SampledMeanStdErr = meanSe, HotellingPValue = pValue,
            StepLength = step, Iterations = f.Iterations, Proposals = proposals, AcceptanceRate = acceptance, Seed = f.Seed, Notes = f.Notes,
            GoodnessOfFit = f.GoodnessOfFit,
        };

    private static ErgmFit WithGof(Context c, ErgmFit fit, double[] theta)
    {
        if (c.Options.GofSimulations == 0) return fit;
        var gof = ErgmGoodnessOfFit.Run(c.Network, c.Model.Terms, theta, c.Options.GofSimulations, DerivedSeed(c.Options.Seed, 2),
            c.Options.Burnin, c.Options.Interval);
        return new ErgmFit(fit.Terms, fit.CovarianceMatrix())
        {
            Method = fit.Method, Status = fit.Status, Message = fit.Message, Coefficients = fit.Coefficients,
            LogLikelihood = fit.LogLikelihood, LogLikelihoodMethod = fit.LogLikelihoodMethod, LogLikelihoodMcmcStdErr = fit.LogLikelihoodMcmcStdErr,
            LogLikelihoodNote = fit.LogLikelihoodNote, NodeCount = fit.NodeCount, DyadCount = fit.DyadCount, ObservedStatistics = fit.ObservedStatistics,
            MpleCoefficients = fit.MpleCoefficients, SampledMeanStatistics = fit.SampledMeanStatistics, SampledMeanStdErr = fit.SampledMeanStdErr,
            HotellingPValue = fit.HotellingPValue, StepLength = fit.StepLength, Iterations = fit.Iterations, Proposals = fit.Proposals,
            AcceptanceRate = fit.AcceptanceRate, Seed = fit.Seed, Notes = fit.Notes, GoodnessOfFit = gof,
        };
    }

    /// <summary>An independent stream's seed for purpose <paramref name="stream"/> (1 = bridge sampling, 2 = GOF).</summary>
    public static ulong DerivedSeed(ulong seed, int stream)
    {
        ulong state = seed ^ (0xD1B54A32D192ED03UL * (ulong)stream);
        return SeededRandom.SplitMix64(ref state);
    }
}
