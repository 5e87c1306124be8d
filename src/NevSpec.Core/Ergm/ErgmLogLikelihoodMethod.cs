namespace NevSpec.Core.Ergm;

/// <summary>Where <see cref="ErgmFit.LogLikelihood"/> comes from.</summary>
public enum ErgmLogLikelihoodMethod
{
    /// <summary>Exact: Σ over dyads of the logistic log-likelihood (dyad-independent model).</summary>
    Exact,
    /// <summary>The log pseudo-likelihood at the MPLE (not a likelihood; AIC/BIC are pseudo-quantities).</summary>
    PseudoLikelihood,
    /// <summary>
    /// Bridge sampling (statnet's <c>logLik.ergm</c> default): the exact log-likelihood of the dyad-independent
    /// sub-model at its MLE plus the integrated mean statistics along the path to the estimate.
    /// </summary>
    BridgeSampling,
    /// <summary>Not computed; <see cref="ErgmFit.LogLikelihoodNote"/> says why.</summary>
    NotComputed,
}
