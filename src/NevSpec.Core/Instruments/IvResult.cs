using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>
/// The immutable outcome of an IV estimation: coefficients with inference and their covariance, the
/// roles of the variables, sample bookkeeping, fit statistics, first stages, diagnostics and notes.
/// </summary>
public sealed class IvResult
{
    private readonly TermCovariance _covariance;

    /// <summary>Creates a result; <paramref name="covariance"/> is copied and must match <paramref name="terms"/>.</summary>
    public IvResult(IReadOnlyList<string> terms, double[,] covariance)
    {
        _covariance = new TermCovariance(terms, covariance);
    }

    /// <summary>Name of the outcome variable.</summary>
    public required string Outcome { get; init; }

    /// <summary>"2sls", "liml" or "fuller(α)".</summary>
    public required string Estimator { get; init; }

    /// <summary>The k of the k-class estimator (1 for 2SLS).</summary>
    public required double KClass { get; init; }

    /// <summary>LIML's smallest eigenvalue λ; null for 2SLS.</summary>
    public required double? LimlLambda { get; init; }

    /// <summary>Coefficients in <see cref="Terms"/> order: endogenous, exogenous, <c>_cons</c> last (Stata's order).</summary>
    public required IReadOnlyList<CoefficientEstimate> Coefficients { get; init; }

    /// <summary>Names of the coefficients; rows and columns of <see cref="Covariance(int, int)"/>.</summary>
    public IReadOnlyList<string> Terms => _covariance.Terms;

    /// <summary>Element (i, j) of the coefficient covariance.</summary>
    public double Covariance(int i, int j) => _covariance[i, j];

    /// <summary>Covariance of two terms by name.</summary>
    public double Covariance(string termA, string termB) => _covariance[termA, termB];

    /// <summary>A copy of the covariance matrix.</summary>
    public double[,] CovarianceMatrix() => _covariance.ToArray();

    /// <summary>The coefficient of a term, or throws <see cref="KeyNotFoundException"/> listing the terms.</summary>
    public CoefficientEstimate this[string term] => Coefficients[_covariance.IndexOf(term)];

    /// <summary>Endogenous regressors used (after collinearity checks).</summary>
    public required IReadOnlyList<string> Endogenous { get; init; }

    /// <summary>Exogenous regressors used (included instruments), <c>_cons</c> without fixed effects.</summary>
    public required IReadOnlyList<string> Exogenous { get; init; }

    /// <summary>Excluded instruments used (after collinearity checks).</summary>
    public required IReadOnlyList<string> ExcludedInstruments { get; init; }

    /// <summary>Covariance kind ("iid", "robust", "cluster").</summary>
    public required string CovarianceName { get; init; }

    /// <summary>The covariance convention in words (factor and degrees of freedom).</summary>
    public required string CovarianceConvention { get; init; }

    /// <summary>Whether small-sample conventions were used (<see cref="IvOptions.SmallSample"/>).</summary>
    public required bool SmallSample { get; init; }

    /// <summary>Degrees of freedom of t and p; null for large-sample (normal) inference.</summary>
    public required int? ResidualDf { get; init; }

    /// <summary>Observations used.</summary>
    public required int Nobs { get; init; }

    /// <summary>Rows dropped for a missing value in any variable, fixed effect or cluster.</summary>
    public required int DroppedMissing { get; init; }

    /// <summary>Rows dropped as fixed-effect singletons.</summary>
    public required int DroppedSingletons { get; init; }

    /// <summary>Variables dropped as collinear (with the fixed effects or other variables).</summary>
    public required IReadOnlyList<string> DroppedCollinear { get; init; }

    /// <summary>K: coefficients estimated (incl. <c>_cons</c>, excl. absorbed effects) [rankxx].</summary>
    public required int RegressorCount { get; init; }

    /// <summary>L: instruments incl. exogenous regressors and <c>_cons</c> [rankzz].</summary>
    public required int InstrumentCount { get; init; }

    /// <summary>Degrees of freedom absorbed by the fixed effects (df_a).</summary>
    public required int AbsorbedDf { get; init; }

    /// <summary>Residual sum of squares of the structural residuals y − Xβ.</summary>
    public required double Rss { get; init; }

    /// <summary>Centred R² 1 − RSS/TSS (may be negative for IV) of the demeaned outcome when there are fixed effects (within R²).</summary>
    public required double R2 { get; init; }

    /// <summary>σ̂² used by the iid covariance convention (RSS over its denominator).</summary>
    public required double SigmaSquared { get; init; }

    /// <summary>One first stage per endogenous regressor, in <see cref="Endogenous"/> order.</summary>
    public required IReadOnlyList<FirstStageResult> FirstStages { get; init; }

    /// <summary>The diagnostics.</summary>
    public required IvDiagnostics Diagnostics { get; init; }

    /// <summary>The absorbed fixed effects.</summary>
    public required IReadOnlyList<FixedEffectSummary> FixedEffects { get; init; }

    /// <summary>The cluster variables (empty unless clustered).</summary>
    public required IReadOnlyList<ClusterSummary> Clusters { get; init; }

    /// <summary>Human-readable remarks: dropped rows, singletons, collinear variables, degenerate statistics.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
