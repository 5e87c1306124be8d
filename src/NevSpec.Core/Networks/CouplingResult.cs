namespace NevSpec.Core.Networks;

/// <summary>Coupling coordination of n subsystems.</summary>
/// <param name="C">Coupling degree in [0, 1].</param>
/// <param name="T">Comprehensive coordination index (equal-weight mean of the u_i).</param>
/// <param name="D">Coupling coordination degree √(C·T).</param>
public sealed record CouplingResult(double C, double T, double D);
