using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>
/// Options shared by the IV estimators.
/// </summary>
/// <param name="SmallSample">
/// true (default): small-sample conventions, the same as Core's OLS (<c>FixedEffectsOls</c>) and
/// ivreg2's <c>small</c> option: s² = RSS/(N − K − df_a), HC1 factor N/(N − K − df_a), CR1 factor
/// G/(G − 1)·(N − 1)/(N − K − df_a,cluster), t and F with N − K − df_a or G − 1 degrees of freedom.
/// false: ivreg2's default large-sample conventions: s² = RSS/(N − dofminus), robust V₀·N/(N − dofminus),
/// cluster V₀ without a factor, z and χ² inference. dofminus is the absorbed fixed-effect count df_a plus
/// <see cref="DofMinus"/> (xtivreg2's <c>fe</c> convention). Weak-identification and over-identification
/// statistics do not depend on this option (as in ivreg2).
/// </param>
/// <param name="DofMinus">Extra large-sample degrees-of-freedom adjustment, added to df_a (ivreg2 <c>dofminus()</c>).</param>
/// <param name="SDofMinus">Extra small-sample degrees-of-freedom adjustment (ivreg2 <c>sdofminus()</c>), e.g. partialled-out regressors.</param>
/// <param name="ConfidenceLevel">Level of the Anderson–Rubin confidence set (one endogenous regressor).</param>
/// <param name="FixedEffects">Demeaning tolerance, sweep limit and singleton rule (as for OLS).</param>
public sealed record IvOptions(
    bool SmallSample = true,
    int DofMinus = 0,
    int SDofMinus = 0,
    double ConfidenceLevel = 0.95,
    FixedEffectsOptions? FixedEffects = null);
