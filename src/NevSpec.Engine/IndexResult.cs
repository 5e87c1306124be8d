using NevSpec.Core.Indices;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>A composite index computed for a data source: its weights (entropy) or loadings (PCA), or why it failed.</summary>
public sealed record IndexResult(IndexPlan Plan, EntropyIndexResult? Entropy, PcaIndexResult? Pca, string? Error)
{
    public string Name => Plan.Name;

    public bool Succeeded => Error is null;
}
