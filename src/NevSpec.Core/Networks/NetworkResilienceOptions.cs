namespace NevSpec.Core.Networks;

/// <summary>Options of <see cref="NetworkResilience"/>.</summary>
/// <param name="Coupling">Floating-point form of the coupling degree C (the two agree to a few ulp).</param>
/// <param name="Transmissibility">Global efficiency (default) or inverse APL of the largest component.</param>
/// <param name="WeightedPaths">Path lengths 1/weight instead of hops for transmissibility.</param>
/// <param name="Shift">The lowest stage of each indicator is normalised to this (0.0001), not to 0, so C is not 0 by construction.</param>
public sealed record NetworkResilienceOptions(
    CouplingFormula Coupling = CouplingFormula.Standard,
    TransmissibilityMeasure Transmissibility = TransmissibilityMeasure.GlobalEfficiency,
    bool WeightedPaths = false,
    double Shift = NetworkResilienceOptions.DefaultShift)
{
    /// <summary>The conventional shift, 0.0001.</summary>
    public const double DefaultShift = 0.0001;
}
