namespace NevSpec.Core.Ergm;

/// <summary>
/// Settings of <see cref="ErgmEstimator.Fit"/>; defaults are statnet's (<c>control.ergm</c> of ergm 4: MCMC sample
/// size 1024, interval 1024, burn-in 16 × interval) and the plan's (20 MCMC-MLE iterations, 100 GOF simulations).
/// </summary>
public sealed record ErgmOptions
{
    /// <summary>Seed of every random draw (MCMC-MLE sampler, bridge sampling and GOF use streams derived from it).</summary>
    public ulong Seed { get; init; } = 1;
    /// <summary>Networks sampled per MCMC-MLE iteration.</summary>
    public int SampleSize { get; init; } = 1024;
    /// <summary>Proposals discarded at the start of every MCMC-MLE iteration (and of every bridge step).</summary>
    public int Burnin { get; init; } = 16384;
    /// <summary>Proposals between sampled networks.</summary>
    public int Interval { get; init; } = 1024;
    /// <summary>Maximum MCMC-MLE iterations (sampling + Geyer–Thompson step).</summary>
    public int Iterations { get; init; } = 20;
    /// <summary>Networks simulated for the goodness of fit attached to the fit (0: none).</summary>
    public int GofSimulations { get; init; } = 100;
    /// <summary>Run the MCMC-MLE even when every term is dyad-independent (statnet's <c>force.main = TRUE</c>); a check of the sampler.</summary>
    public bool ForceMcmc { get; init; }
    /// <summary>Stop at the MPLE for a dyad-dependent model (statnet's <c>estimate = "MPLE"</c>); SEs are then naive.</summary>
    public bool PseudoLikelihoodOnly { get; init; }
    /// <summary>Hummel step-length margin: the target must lie inside the sample's hull after scaling the step by 1 + margin.</summary>
    public double StepLengthMargin { get; init; } = 0.05;
    /// <summary>Convergence: Hotelling p-value of "sampled mean = observed statistics" above this, at full step length.</summary>
    public double ConvergencePValue { get; init; } = 0.5;
    /// <summary>Estimate the log-likelihood of a dyad-dependent fit by bridge sampling (needed for AIC/BIC).</summary>
    public bool ComputeLogLikelihood { get; init; } = true;
    /// <summary>Bridge-sampling steps between the dyad-independent reference and the estimate (statnet: 16).</summary>
    public int BridgeSteps { get; init; } = 16;
    /// <summary>Networks sampled per bridge step.</summary>
    public int BridgeSampleSize { get; init; } = 256;

    /// <summary>Checks ranges; <paramref name="termCount"/> sets the smallest sample size the convergence test needs.</summary>
    /// <exception cref="ErgmException">An option out of range, named with the value and what is allowed.</exception>
    public void Validate(int termCount)
    {
        int minSample = Math.Max(64, (termCount + 2) * (termCount + 2));
        if (SampleSize < minSample) throw new ErgmException($"ERGM option samplesize = {SampleSize}: with {termCount} terms it must be at least {minSample} (the convergence test uses √samplesize batches).");
        if (Burnin < 0) throw new ErgmException($"ERGM option burnin = {Burnin}: must be ≥ 0.");
        if (Interval < 1) throw new ErgmException($"ERGM option interval = {Interval}: must be ≥ 1.");
        if (Iterations < 1) throw new ErgmException($"ERGM option iterations = {Iterations}: must be ≥ 1.");
        if (GofSimulations < 0) throw new ErgmException($"ERGM option gof = {GofSimulations}: must be ≥ 0 (0 skips the goodness of fit).");
        if (!(StepLengthMargin >= 0)) throw new ErgmException($"ERGM step-length margin {StepLengthMargin}: must be ≥ 0.");
        if (!(ConvergencePValue > 0 && ConvergencePValue < 1)) throw new ErgmException($"ERGM convergence p-value {ConvergencePValue}: must be in (0, 1).");
        if (BridgeSteps < 1) throw new ErgmException($"ERGM bridge steps = {BridgeSteps}: must be ≥ 1.");
        if (BridgeSampleSize < 16) throw new ErgmException($"ERGM bridge sample size = {BridgeSampleSize}: must be ≥ 16.");
        if (ForceMcmc && PseudoLikelihoodOnly) throw new ErgmException("ERGM options ForceMcmc and PseudoLikelihoodOnly exclude each other.");
    }
}
