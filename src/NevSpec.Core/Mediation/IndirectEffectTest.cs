namespace NevSpec.Core.Mediation;

/// <summary>
/// A normal-theory test of the indirect effect a·b: the method ("Sobel", "Aroian", "Goodman"), its
/// standard error, z = a·b / SE and the two-sided p-value 2Φ(−|z|).
/// </summary>
public sealed record IndirectEffectTest(string Method, double StdErr, double Z, double P);
