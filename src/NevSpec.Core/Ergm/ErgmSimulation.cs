using NevSpec.Core.Ergm.Internal;
using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm;

/// <summary>
/// Draws one network from an ERGM by running the tie/no-tie Metropolis–Hastings chain (the sampler of the estimator and
/// of the goodness of fit) for a given number of proposals from a start network.
/// </summary>
public static class ErgmSimulation
{
    /// <summary>Runs <paramref name="proposals"/> proposals at <paramref name="coefficients"/> from <paramref name="start"/>.</summary>
    /// <param name="start">Start network (not modified).</param>
    /// <param name="terms">Model terms.</param>
    /// <param name="coefficients">θ, term order, finite.</param>
    /// <param name="proposals">Metropolis–Hastings proposals to make.</param>
    /// <param name="seed">Seed of the chain.</param>
    /// <param name="guardDensity">
    /// Optional reference density for the estimator's runaway guard: the chain stops once its density is more than halfway
    /// from this density to 1. Null (default): no guard, the chain runs all proposals whatever the density.
    /// </param>
    /// <exception cref="ErgmException">Coefficients that do not match the terms or are not finite; negative proposals.</exception>
    public static ErgmSimulationResult Simulate(ErgmNetwork start, IReadOnlyList<ErgmTerm> terms, IReadOnlyList<double> coefficients, long proposals, ulong seed,
        double? guardDensity = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(coefficients);
        var model = new ErgmModel(terms, start.NodeCount);
        if (coefficients.Count != model.Count)
            throw new ErgmException($"Simulation: {coefficients.Count} coefficients for {model.Count} terms ({string.Join(", ", model.Names)}).");
        for (int k = 0; k < model.Count; k++)
            if (!double.IsFinite(coefficients[k])) throw new ErgmException($"Simulation: coefficient of {model.Names[k]} is {coefficients[k]}; it must be finite.");
        if (proposals < 0) throw new ErgmException($"Simulation: proposals = {proposals} must be ≥ 0.");
        if (start.NodeCount < 2) throw new ErgmException("Simulation needs a network with at least two nodes.");
        var sampler = new TntSampler(model, start.Clone(), model.Statistics(start), new SeededRandom(seed), guardDensity);
        bool ok = sampler.Run(coefficients.ToArray(), proposals);
        return new ErgmSimulationResult(sampler.Network, sampler.Statistics, sampler.Proposals, !ok);
    }
}
