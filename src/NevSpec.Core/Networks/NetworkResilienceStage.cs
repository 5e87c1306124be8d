namespace NevSpec.Core.Networks;

/// <summary>Network resilience of one stage: raw and normalised indicators, coupling C, T, D and the coordination level of D.</summary>
/// <param name="Indicators">Raw transmissibility, clustering and hierarchy of the stage's graph.</param>
/// <param name="Normalised">The same, min–max normalised across the stages to [shift, 1] (the u_i of the coupling model).</param>
/// <param name="Coupling">C (coupling degree), T (mean of the u_i) and D = √(C·T), the network resilience.</param>
/// <param name="Level">Level of D on the ten-level scale.</param>
public sealed record NetworkResilienceStage(
    ResilienceIndicators Indicators, ResilienceIndicators Normalised, CouplingResult Coupling, CoordinationLevel Level)
{
    /// <summary>The network resilience D.</summary>
    public double Resilience => Coupling.D;
}
