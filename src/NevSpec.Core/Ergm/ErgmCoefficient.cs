namespace NevSpec.Core.Ergm;

/// <summary>
/// One ERGM coefficient as statnet's <c>summary.ergm</c> reports it: estimate, total standard error (model + MCMC),
/// z = estimate / SE, two-sided normal p-value, the MCMC part of the SE and statnet's "MCMC %" =
/// 100·(SE − SE_model)/SE (0 for exact and pseudo-likelihood fits). NaN only with a non-converged status
/// (separation, degeneracy), which <see cref="ErgmFit.Message"/> explains.
/// </summary>
/// <param name="Term">statnet label of the term.</param>
/// <param name="Estimate">θ̂ (±∞ for a diverging coefficient under separation).</param>
/// <param name="StdErr">Total standard error √(diag(I⁻¹ + I⁻¹ V_mc I⁻¹)).</param>
/// <param name="Z">Estimate / StdErr.</param>
/// <param name="P">2·(1 − Φ(|z|)).</param>
/// <param name="McmcStdErr">√diag(I⁻¹ V_mc I⁻¹): the Monte Carlo error of θ̂.</param>
/// <param name="McmcPercent">100·(StdErr − model SE)/StdErr.</param>
public sealed record ErgmCoefficient(string Term, double Estimate, double StdErr, double Z, double P, double McmcStdErr, double McmcPercent);
