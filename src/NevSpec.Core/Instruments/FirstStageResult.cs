using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>
/// The first-stage regression of one endogenous regressor on all instruments, and ivreg2's first-stage
/// diagnostics for it.
/// </summary>
public sealed class FirstStageResult
{
    /// <summary>The endogenous regressor.</summary>
    public required string Endogenous { get; init; }

    /// <summary>
    /// OLS of the endogenous regressor on the excluded instruments and the exogenous regressors (with
    /// the same fixed effects and sample), by Core's <see cref="FixedEffectsOls"/> with the covariance
    /// matching the IV model (iid, HC1 or CR1): the first-stage coefficient table.
    /// </summary>
    public required RegressionResult Regression { get; init; }

    /// <summary>Partial R² of the excluded instruments (1 − RSS/RSS without them, both after the exogenous regressors and fixed effects).</summary>
    public required double PartialR2 { get; init; }

    /// <summary>Shea (1997) partial R²: diag((X'X)⁻¹)/diag((X̂'X̂)⁻¹) for this regressor; equals <see cref="PartialR2"/> with one endogenous regressor.</summary>
    public required double SheaPartialR2 { get; init; }

    /// <summary>Root mean squared error √(RSS/(N − L − dofminus − sdofminus)) (ivreg2).</summary>
    public required double Rmse { get; init; }

    /// <summary>F test of the excluded instruments (robust/cluster-robust Wald/q when the model is).</summary>
    public required IvTestStatistic F { get; init; }

    /// <summary>The same test in χ² form.</summary>
    public required IvTestStatistic Chi2 { get; init; }

    /// <summary>Sanderson–Windmeijer (2016) conditional F, df (L1 − K1 + 1); equals <see cref="F"/> when K1 = 1.</summary>
    public required IvTestStatistic SandersonWindmeijerF { get; init; }

    /// <summary>Sanderson–Windmeijer χ².</summary>
    public required IvTestStatistic SandersonWindmeijerChi2 { get; init; }

    /// <summary>Partial R² of the Sanderson–Windmeijer regression.</summary>
    public required double SandersonWindmeijerPartialR2 { get; init; }

    /// <summary>Angrist–Pischke (2009) conditional F, df (L1 − K1 + 1); equals <see cref="F"/> when K1 = 1.</summary>
    public required IvTestStatistic AngristPischkeF { get; init; }

    /// <summary>Angrist–Pischke χ².</summary>
    public required IvTestStatistic AngristPischkeChi2 { get; init; }

    /// <summary>Partial R² of the Angrist–Pischke regression.</summary>
    public required double AngristPischkePartialR2 { get; init; }
}
