namespace NevSpec.Core.Networks;

/// <summary>How the three normalised centralities are combined into node resilience.</summary>
public enum NodeResilienceWeighting
{
    /// <summary>Entropy weights over the nodes of the period (the entropy-weight method of <see cref="Indices.EntropyWeightIndex"/>).</summary>
    Entropy,

    /// <summary>One third each.</summary>
    Equal,
}
