namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// Options of <see cref="SplitSampleAnalysis"/>: whether the pooled test model lets the fixed effects
/// differ by group (default true: the fully interacted model, whose group slopes equal the split-sample
/// estimates), the number of permutations of the permutation test (0 = none), and its seed (null =
/// <see cref="DefaultSeed"/>, recorded in the result).
/// </summary>
public sealed record SplitSampleOptions(bool InteractFixedEffects = true, int Permutations = 0, ulong? Seed = null)
{
    /// <summary>The seed used when none is given: 42.</summary>
    public const ulong DefaultSeed = 42;
}
