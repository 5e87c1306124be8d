namespace NevSpec.Core.Estimation;

/// <summary>
/// Options of <see cref="FixedEffectsOls"/>: demeaning tolerance (maximum absolute change of a
/// demeaned variable between sweeps, relative to the variable's scale), sweep limit, and whether
/// singleton observations (a fixed-effect level seen once) are dropped iteratively (reghdfe default).
/// </summary>
public sealed record FixedEffectsOptions(double Tolerance = 1e-8, int MaxIterations = 10_000, bool DropSingletons = true);
