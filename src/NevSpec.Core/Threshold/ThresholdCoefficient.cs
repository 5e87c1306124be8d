namespace NevSpec.Core.Threshold;

/// <summary>
/// One slope of a threshold model with its standard errors. Regime-dependent slopes carry their
/// regime (1-based) and its bounds, RegimeLower ≤ q &lt; RegimeUpper (±∞ at the ends); regime-independent
/// ones have <see cref="Regime"/> null and bounds −∞, +∞.
/// </summary>
/// <remarks>
/// <see cref="StdErr"/>, <see cref="T"/> and <see cref="P"/> follow the estimator's
/// <see cref="PanelThresholdOptions.StandardErrors"/>. With B = (X'X)⁻¹ on the within-transformed
/// regression rows, e the residuals, R rows, n units and k slopes:
/// homoskedastic V = B·e'e/(R − n − k) (Hansen's denominator);
/// White V = B(Σᵢ xᵢxᵢ'eᵢ²)B (HC0, no small-sample factor, Hansen's "het standard errors"; White 1980);
/// cluster V = G/(G − 1)·(R − 1)/(R − k − 1)·B(Σᵤ sᵤsᵤ')B, sᵤ = Σ_{i∈u} xᵢeᵢ, clustered by unit
/// (Stata's CR1 with the intercept counted, as <c>xtreg, fe vce(cluster)</c>).
/// t and p: Student t with R − n − k degrees of freedom (homoskedastic, White) or G − 1 (cluster).
/// </remarks>
public sealed record ThresholdCoefficient(
    string Term,
    string Regressor,
    int? Regime,
    double RegimeLower,
    double RegimeUpper,
    double Estimate,
    double StdErr,
    double T,
    double P,
    double StdErrHomoskedastic,
    double StdErrWhite,
    double StdErrCluster);
