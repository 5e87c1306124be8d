using NevSpec.Core.Estimation;

namespace NevSpec.Core.Ergm;

/// <summary>
/// The immutable outcome of <see cref="ErgmEstimator.Fit"/>: coefficients with inference, their covariance,
/// likelihood and information criteria (statnet conventions), how the estimate was obtained and whether it is final.
/// </summary>
/// <remarks>
/// AIC = −2ℓ + 2k and BIC = −2ℓ + k·ln(D) with D = n(n−1)/2 dyads (statnet's sample size); deviance = −2ℓ; the null
/// deviance is at θ = 0 (every graph equally likely): 2D·ln 2, as statnet prints it.
/// </remarks>
public sealed class ErgmFit
{
    private readonly TermCovariance _covariance;

    /// <summary>Creates a fit; <paramref name="covariance"/> (total: model + MCMC) is copied and must match <paramref name="terms"/>.</summary>
    public ErgmFit(IReadOnlyList<string> terms, double[,] covariance) => _covariance = new TermCovariance(terms, covariance);

    /// <summary>Exact MLE, MPLE or MCMC-MLE.</summary>
    public required ErgmMethod Method { get; init; }
    /// <summary>Whether the estimates are final; see <see cref="Message"/>.</summary>
    public required ErgmStatus Status { get; init; }
    /// <summary>
    /// One or two sentences on how the estimate was obtained and its status, e.g. "MPLE is the MLE: every term is
    /// dyad-independent." or the degeneracy explanation.
    /// </summary>
    public required string Message { get; init; }
    /// <summary>True when <see cref="Status"/> is <see cref="ErgmStatus.Converged"/>.</summary>
    public bool Converged => Status == ErgmStatus.Converged;

    /// <summary>Coefficients in term order.</summary>
    public required IReadOnlyList<ErgmCoefficient> Coefficients { get; init; }
    /// <summary>Term labels; rows and columns of the covariance.</summary>
    public IReadOnlyList<string> Terms => _covariance.Terms;
    /// <summary>Element (i, j) of the total covariance of θ̂.</summary>
    public double Covariance(int i, int j) => _covariance[i, j];
    /// <summary>A copy of the total covariance matrix of θ̂.</summary>
    public double[,] CovarianceMatrix() => _covariance.ToArray();
    /// <summary>The coefficient of a term by label (throws listing the labels when unknown).</summary>
    public ErgmCoefficient this[string term] => Coefficients[_covariance.IndexOf(term)];

    /// <summary>Log-likelihood ℓ(θ̂) (null when not computed; see <see cref="LogLikelihoodNote"/>).</summary>
    public required double? LogLikelihood { get; init; }
    /// <summary>How <see cref="LogLikelihood"/> was obtained.</summary>
    public required ErgmLogLikelihoodMethod LogLikelihoodMethod { get; init; }
    /// <summary>Monte Carlo standard error of a bridge-sampled log-likelihood (0 when exact; null when not computed).</summary>
    public required double? LogLikelihoodMcmcStdErr { get; init; }
    /// <summary>Why the log-likelihood is missing or approximate (null when exact).</summary>
    public required string? LogLikelihoodNote { get; init; }
    /// <summary>−2ℓ + 2k.</summary>
    public double? Aic => LogLikelihood is { } l ? -2 * l + 2 * Coefficients.Count : null;
    /// <summary>−2ℓ + k ln D (statnet: D = number of dyads).</summary>
    public double? Bic => LogLikelihood is { } l ? -2 * l + Coefficients.Count * Math.Log(DyadCount) : null;
    /// <summary>Residual deviance −2ℓ.</summary>
    public double? Deviance => LogLikelihood is { } l ? -2 * l : null;
    /// <summary>statnet's null deviance 2D ln 2 (θ = 0).</summary>
    public double NullDeviance => 2 * DyadCount * Math.Log(2);

    /// <summary>Number of nodes.</summary>
    public required int NodeCount { get; init; }
    /// <summary>Number of dyads D = n(n−1)/2.</summary>
    public required long DyadCount { get; init; }
    /// <summary>Observed statistics g(y_obs), term order.</summary>
    public required IReadOnlyList<double> ObservedStatistics { get; init; }
    /// <summary>The MPLE (the starting value of the MCMC-MLE; equal to the estimate for exact/MPLE fits).</summary>
    public required IReadOnlyList<double> MpleCoefficients { get; init; }
    /// <summary>Mean statistics of the last MCMC sample (null for exact/MPLE fits): ≈ observed at the MLE.</summary>
    public required IReadOnlyList<double>? SampledMeanStatistics { get; init; }
    /// <summary>Batch-means Monte Carlo standard errors of <see cref="SampledMeanStatistics"/>.</summary>
    public required IReadOnlyList<double>? SampledMeanStdErr { get; init; }
    /// <summary>Hotelling p-value of "sampled mean = observed" at the last iteration (null for exact/MPLE fits).</summary>
    public required double? HotellingPValue { get; init; }
    /// <summary>Hummel step length γ of the last iteration (1 = observed statistics well inside the sample's hull).</summary>
    public required double? StepLength { get; init; }
    /// <summary>Newton iterations of the MPLE, or MCMC-MLE iterations.</summary>
    public required int Iterations { get; init; }
    /// <summary>Metropolis–Hastings proposals made in the whole fit (0 for exact/MPLE fits).</summary>
    public required long Proposals { get; init; }
    /// <summary>Share of proposals accepted (null without MCMC).</summary>
    public required double? AcceptanceRate { get; init; }
    /// <summary>Seed the fit used.</summary>
    public required ulong Seed { get; init; }
    /// <summary>Further remarks (e.g. ignored self-loops, MCMC iteration trace).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Goodness of fit at θ̂ (null when not requested or not meaningful; the notes say why).</summary>
    public required ErgmGoodnessOfFitResult? GoodnessOfFit { get; init; }
}
