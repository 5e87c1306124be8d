namespace NevSpec.Core.Ergm;

/// <summary>Outcome of <see cref="ErgmGoodnessOfFit.Run"/>: four table-ready comparisons of observed and simulated networks.</summary>
/// <param name="ModelStatistics">The model's own statistics (should be centred on the observed at the MLE).</param>
/// <param name="Degree">Nodes of degree k.</param>
/// <param name="EdgewiseSharedPartners">Ties with k shared partners.</param>
/// <param name="GeodesicDistance">Unordered node pairs at distance k, then "Inf" (unreachable).</param>
/// <param name="Simulations">Simulated networks behind the tables.</param>
/// <param name="Seed">Seed of the simulation.</param>
/// <param name="Note">Set when the simulation stopped early (degenerate model); null otherwise.</param>
public sealed record ErgmGoodnessOfFitResult(
    ErgmGofTable ModelStatistics, ErgmGofTable Degree, ErgmGofTable EdgewiseSharedPartners, ErgmGofTable GeodesicDistance,
    int Simulations, ulong Seed, string? Note);
