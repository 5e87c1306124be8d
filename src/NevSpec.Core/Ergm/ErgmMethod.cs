namespace NevSpec.Core.Ergm;

/// <summary>How an <see cref="ErgmFit"/> was estimated.</summary>
public enum ErgmMethod
{
    /// <summary>Every term is dyad-independent: the MPLE (logistic regression over dyads) is the exact MLE.</summary>
    ExactMle,
    /// <summary>Maximum pseudo-likelihood of a dyad-dependent model (not the MLE; naive standard errors).</summary>
    Mple,
    /// <summary>Monte Carlo MLE (Geyer–Thompson with Hummel step length), started from the MPLE.</summary>
    McmcMle,
}
