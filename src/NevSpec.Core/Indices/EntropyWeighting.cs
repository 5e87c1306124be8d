namespace NevSpec.Core.Indices;

/// <summary>Over which observations entropy weights are computed.</summary>
public enum EntropyWeighting
{
    /// <summary>One set of weights from all unit-periods together (the default; min and max are pooled too).</summary>
    Pooled,

    /// <summary>A separate set of weights (and min–max range) for each period.</summary>
    PerPeriod,
}
