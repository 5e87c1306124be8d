namespace NevSpec.Core.Ergm;

/// <summary>Outcome of an ERGM estimation; anything but <see cref="Converged"/> comes with an explanatory <see cref="ErgmFit.Message"/>.</summary>
public enum ErgmStatus
{
    /// <summary>Estimates are final (exact MLE, MPLE, or a converged MCMC-MLE).</summary>
    Converged,
    /// <summary>The MCMC-MLE used all its iterations without passing the convergence test; estimates are provisional.</summary>
    NotConverged,
    /// <summary>The (pseudo-)likelihood has no maximum: some coefficients diverge (observed statistic at its extreme).</summary>
    Separation,
    /// <summary>Simulated networks collapsed (ran away towards the complete graph, or a statistic never varies): the model is degenerate.</summary>
    Degenerate,
}
