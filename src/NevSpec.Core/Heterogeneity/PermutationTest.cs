namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// Permutation test (Fisher's permutation / "combination" test) of the difference of a coefficient
/// between two groups: the observed difference (first − second), permutations asked for and completed,
/// the seed, what was permuted ("observations" or a cluster variable's name), the two-sided p
/// (share of |d*| ≥ |d|), the one-sided p in the direction of d (share of d* ≥ d for d ≥ 0, d* ≤ d
/// otherwise; what Stata's <c>bdiff</c> reports), and a description for the table note.
/// </summary>
public sealed record PermutationTest(
    string Term,
    double Observed,
    int Requested,
    int Completed,
    ulong Seed,
    string PermutedUnit,
    double PTwoSided,
    double POneSided,
    string Method);
