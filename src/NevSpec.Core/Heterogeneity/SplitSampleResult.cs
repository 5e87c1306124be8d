namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// A split-sample (heterogeneity) analysis: the model fitted separately in each group, the fully
/// interacted pooled model and its test that the core coefficient is equal across groups, and the
/// optional permutation test.
/// </summary>
public sealed record SplitSampleResult
{
    /// <summary>Name of the group variable (e.g. "period", "digital_infra").</summary>
    public required string GroupVariable { get; init; }

    /// <summary>The core term whose equality is tested.</summary>
    public required string Term { get; init; }

    /// <summary>Per-group fits, in group order (side-by-side table columns).</summary>
    public required IReadOnlyList<GroupFit> Groups { get; init; }

    /// <summary>The pooled model with group-specific slopes (terms <c>x@label</c>) and, by default, group-specific fixed effects.</summary>
    public required Estimation.RegressionResult PooledModel { get; init; }

    /// <summary>Wald test of equal <see cref="Term"/> coefficients across groups.</summary>
    public required CoefficientEqualityTest Equality { get; init; }

    /// <summary>Permutation test (two groups, when asked for), else null.</summary>
    public required PermutationTest? Permutation { get; init; }

    /// <summary>Remarks (rows without a group, failed permutations).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The fit of one group by label, or throws listing the labels.</summary>
    public GroupFit this[string label] =>
        Groups.FirstOrDefault(g => g.Label == label)
        ?? throw new KeyNotFoundException($"No group '{label}'; the groups are: {string.Join(", ", Groups.Select(g => g.Label))}.");
}
