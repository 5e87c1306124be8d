namespace NevSpec.Core.Estimation;

/// <summary>
/// A way to estimate the covariance of the slope estimates. All implementations are sandwiches
/// V = c · B M B with the bread B = (X̃'X̃)⁻¹ of the (fixed-effect-demeaned) regressors; they differ
/// only in the meat M, the small-sample factor c and the degrees of freedom used for t and F.
/// </summary>
public interface ICovarianceEstimator
{
    /// <summary>Short name used in results and tables ("iid", "hc1", "cr1").</summary>
    string Name { get; }

    /// <summary>Computes the covariance of the estimated coefficients from a fitted model.</summary>
    CovarianceEstimate Estimate(CovarianceContext context);
}
