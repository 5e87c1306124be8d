using NevSpec.Core.Ergm.Internal;
using NevSpec.Core.Randomness;

namespace NevSpec.Core.Ergm;

/// <summary>Outcome of <see cref="ErgmSimulation.Simulate"/>.</summary>
/// <param name="Network">The network after the last proposal (a new object; the start network is not modified).</param>
/// <param name="Statistics">g(Network), term order.</param>
/// <param name="Proposals">Metropolis–Hastings proposals made.</param>
/// <param name="RanAwayTowardsComplete">True when the chain stopped early because its density went more than halfway from
/// the start network's density to 1 (a degenerate model); <see cref="Network"/> is then the network at that point.</param>
public sealed record ErgmSimulationResult(ErgmNetwork Network, IReadOnlyList<double> Statistics, long Proposals, bool RanAwayTowardsComplete);

/// <summary>
/// Draws one network from an ERGM by running the tie/no-tie Metropolis–Hastings chain (the sampler of the estimator and
/// of the goodness of fit) for a given number of proposals from a start network.
/// </summary>
public static class ErgmSimulation
{
    /// <summary>Runs <paramref name="proposals"/> proposals at <paramref name="coefficients"/> from <paramref name="start"/>.</summary>
    /// <exception cref="ErgmException">Coefficients that do not match the terms or are not finite; negative proposals.</exception>
    public static ErgmSimulationResult Simulate(ErgmNetwork start, IReadOnlyList<ErgmTerm> terms, IReadOnlyList<double> coefficients, long proposals, ulong seed)
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
        var sampler = new TntSampler(model, start.Clone(), model.Statistics(start), new SeededRandom(seed), start.Density);
        bool ok = sampler.Run(coefficients.ToArray(), proposals);
        return new ErgmSimulationResult(sampler.Network, sampler.Statistics, sampler.Proposals, !ok);
    }
}
