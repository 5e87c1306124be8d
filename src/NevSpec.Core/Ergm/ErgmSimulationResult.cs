namespace NevSpec.Core.Ergm;

/// <summary>Outcome of <see cref="ErgmSimulation.Simulate"/>.</summary>
/// <param name="Network">The network after the last proposal (a new object; the start network is not modified).</param>
/// <param name="Statistics">g(Network), term order.</param>
/// <param name="Proposals">Metropolis–Hastings proposals made.</param>
/// <param name="RanAwayTowardsComplete">True when the optional runaway guard stopped the chain early (density more than
/// halfway from the guard density to 1: a degenerate model); <see cref="Network"/> is then the network at that point.</param>
public sealed record ErgmSimulationResult(ErgmNetwork Network, IReadOnlyList<double> Statistics, long Proposals, bool RanAwayTowardsComplete);
