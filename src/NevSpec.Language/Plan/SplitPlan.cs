namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> split by period [ 2018..2019; 2020..2023 ]</c>, <c>|> split by median x</c> or <c>|> split by region</c>, with
    /// <c>{ permutations = 1000; seed = 7 }</c>: the base model per group, side by side, and a test that the core
    /// coefficient (the first regressor's) differs between groups.
    /// </summary>
    /// <param name="Kind">Period ranges, below/above the median, or the values of a group column.</param>
    /// <param name="Column">Period: the source's time column. Median: the variable split at its median (≤ median is
    /// "low"). Group: the group column.</param>
    /// <param name="Periods">Period: the ranges, in spec order, disjoint; otherwise empty.</param>
    /// <param name="Permutations">Permutation-test replications; 0 skips the permutation test.</param>
    /// <param name="Seed">The permutation seed (<see cref="AnalysisDefaults.Seed"/> when none is given).</param>
    /// <param name="SeedGiven">Whether the spec gave the seed.</param>
    public sealed record SplitPlan(
        string Name,
        string? Doc,
        ModelPlan Base,
        SplitKind Kind,
        string Column,
        EquatableArray<PeriodRange> Periods,
        int Permutations,
        ulong Seed,
        bool SeedGiven = false) : AnalysisPlan(Name, Doc, Base);

    /// <summary>How <c>split</c> forms its groups.</summary>
    public enum SplitKind
    {
        /// <summary><c>split by period [ a..b; c..d ]</c>: one group per range of the time column.</summary>
        Period,
        /// <summary><c>split by median x</c>: x ≤ median ("low") and x &gt; median ("high").</summary>
        Median,
        /// <summary><c>split by g</c>: one group per distinct value of column g.</summary>
        Group,
    }

    /// <summary>An inclusive range <c>From..To</c> of the time column; <c>2018</c> alone is <c>2018..2018</c>.</summary>
    public sealed record PeriodRange(double From, double To);
}
