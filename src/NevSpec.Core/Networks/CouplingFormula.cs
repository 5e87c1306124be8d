namespace NevSpec.Core.Networks;

/// <summary>Floating-point form of the coupling degree C (both are the same function; they differ by rounding only).</summary>
public enum CouplingFormula
{
    /// <summary>C = n·(Π u_i)^(1/n) / Σ u_i.</summary>
    Standard,
    /// <summary>C = [Π u_i / (Σ u_i / n)^n]^(1/n), the form in many Chinese papers.</summary>
    Alternative,
}
