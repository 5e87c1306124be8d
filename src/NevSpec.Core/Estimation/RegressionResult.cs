namespace NevSpec.Core.Estimation;

/// <summary>
/// The immutable outcome of a linear (fixed-effects) regression: coefficients with inference, their
/// covariance, sample bookkeeping (observations used and dropped), fit statistics, the Wald F test of
/// all reported slopes, summaries of the absorbed fixed effects and clusters, and notes.
/// </summary>
public sealed class RegressionResult
{
    private readonly TermCovariance _covariance;

    /// <summary>Creates a result; <paramref name="covariance"/> is copied and must match <paramref name="terms"/>.</summary>
    public RegressionResult(IReadOnlyList<string> terms, double[,] covariance)
    {
        _covariance = new TermCovariance(terms, covariance);
    }

    /// <summary>Name of the outcome variable.</summary>
    public required string Outcome { get; init; }

    /// <summary>Reported coefficients in <see cref="Terms"/> order (regressors as given, <c>_cons</c> last).</summary>
    public required IReadOnlyList<CoefficientEstimate> Coefficients { get; init; }

    /// <summary>Names of the reported coefficients; rows and columns of <see cref="Covariance(int, int)"/>.</summary>
    public IReadOnlyList<string> Terms => _covariance.Terms;

    /// <summary>Element (i, j) of the coefficient covariance, in <see cref="Terms"/> order.</summary>
    public double Covariance(int i, int j) => _covariance[i, j];

    /// <summary>Covariance of two terms by name.</summary>
    public double Covariance(string termA, string termB) => _covariance[termA, termB];

    /// <summary>A copy of the covariance matrix.</summary>
    public double[,] CovarianceMatrix() => _covariance.ToArray();

    /// <summary>The coefficient of a term, or throws <see cref="KeyNotFoundException"/> listing the terms.</summary>
    public CoefficientEstimate this[string term] => Coefficients[_covariance.IndexOf(term)];

    /// <summary>Covariance estimator name ("iid", "hc1", "cr1").</summary>
    public required string CovarianceName { get; init; }

    /// <summary>Observations used.</summary>
    public required int Nobs { get; init; }

    /// <summary>Rows dropped for a missing outcome, regressor, fixed effect or cluster.</summary>
    public required int DroppedMissing { get; init; }

    /// <summary>Rows dropped as singletons of a fixed effect (iteratively).</summary>
    public required int DroppedSingletons { get; init; }

    /// <summary>Regressors dropped as collinear (with the fixed effects or with other regressors).</summary>
    public required IReadOnlyList<string> DroppedCollinear { get; init; }

    /// <summary>Degrees of freedom of t, p, confidence intervals and the F denominator.</summary>
    public required int ResidualDf { get; init; }

    /// <summary>Residual sum of squares.</summary>
    public required double Rss { get; init; }

    /// <summary>1 − RSS/TSS with TSS about the mean of y; fixed effects count as explained (reghdfe e(r2)).</summary>
    public required double R2 { get; init; }

    /// <summary>1 − RSS/Σỹ² with ỹ = y after removing all fixed effects (plm, reghdfe e(r2_within)); null without fixed effects.</summary>
    public required double? R2Within { get; init; }

    /// <summary>1 − (1 − R²)(N − 1)/(N − K − df_a), K incl. the intercept without fixed effects.</summary>
    public required double AdjustedR2 { get; init; }

    /// <summary>Wald F of all reported slopes (not <c>_cons</c>) being zero, with the chosen covariance.</summary>
    public required double FStatistic { get; init; }

    /// <summary>Numerator degrees of freedom of F (number of slopes tested).</summary>
    public required int FDf1 { get; init; }

    /// <summary>Denominator degrees of freedom of F (= <see cref="ResidualDf"/>).</summary>
    public required int FDf2 { get; init; }

    /// <summary>Upper-tail p-value of F.</summary>
    public required double FPValue { get; init; }

    /// <summary>The absorbed fixed effects, in design order.</summary>
    public required IReadOnlyList<FixedEffectSummary> FixedEffects { get; init; }

    /// <summary>The cluster variables, in design order (empty unless clustered).</summary>
    public required IReadOnlyList<ClusterSummary> Clusters { get; init; }

    /// <summary>Sweeps of alternating projections needed (the most over all variables; 0 without fixed effects).</summary>
    public required int DemeaningIterations { get; init; }

    /// <summary>Human-readable remarks: dropped rows, singletons, collinear terms, non-convergence.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
