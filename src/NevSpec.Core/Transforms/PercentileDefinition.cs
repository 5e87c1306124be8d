namespace NevSpec.Core.Transforms;

/// <summary>How a sample percentile is computed from the order statistics x(1) ≤ … ≤ x(N).</summary>
public enum PercentileDefinition
{
    /// <summary>
    /// Stata's default (<c>_pctile</c>, <c>summarize, detail</c>, <c>winsor2</c>) = R <c>quantile(type = 2)</c>:
    /// P = N·p; q = x(⌊P⌋ + 1) if P is not an integer, else (x(P) + x(P + 1))/2.
    /// </summary>
    Stata,

    /// <summary>R's default <c>quantile(type = 7)</c>: h = (N − 1)·p + 1; q = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋ + 1) − x(⌊h⌋)).</summary>
    RType7,
}
