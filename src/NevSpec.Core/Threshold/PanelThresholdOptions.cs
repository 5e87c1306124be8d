namespace NevSpec.Core.Threshold;

/// <summary>
/// Settings of a <see cref="PanelThresholdEstimator"/>. The defaults are those of Hansen's
/// <c>THRESH_P.PRG</c>: up to three thresholds, trimming 0.01, 0.01, 0.05, a grid of 400 quantiles,
/// 300 bootstrap replications per test, and the 90/95/99 % levels he prints.
/// </summary>
public sealed record PanelThresholdOptions
{
    /// <summary>Largest number of thresholds estimated and tested, 1 to 3 (default 3).</summary>
    public int MaxThresholds { get; init; } = 3;

    /// <summary>
    /// Trimming per threshold, each in (0, 0.5) (default 0.01, 0.01, 0.05). The first one trims the grid
    /// itself; the k-th (k ≥ 2) removes the grid points within qn·π_k quantile positions of every
    /// threshold held fixed at step k. One value applies to every step.
    /// </summary>
    public IReadOnlyList<double> Trimming { get; init; } = [0.01, 0.01, 0.05];

    /// <summary>Candidate thresholds (default 400 quantiles).</summary>
    public ThresholdGrid Grid { get; init; } = ThresholdGrid.Default;

    /// <summary>Bootstrap replications per test (default 300; 0 skips the bootstrap and leaves p-values NaN).</summary>
    public int BootstrapReplications { get; init; } = 300;

    /// <summary>Seed of every bootstrap (default 42). Same seed, same numbers, on any number of cores.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>
    /// Levels of the LR confidence regions and of the bootstrap critical values, each in (0, 1)
    /// (default 0.90, 0.95, 0.99).
    /// </summary>
    public IReadOnlyList<double> ConfidenceLevels { get; init; } = [0.90, 0.95, 0.99];

    /// <summary>Re-estimate the first threshold holding the second fixed (Hansen's refinement; default true).</summary>
    public bool Refine { get; init; } = true;

    /// <summary>How unit effects are removed (default Hansen's: demean, then drop each unit's last period).</summary>
    public ThresholdWithinTransform Within { get; init; } = ThresholdWithinTransform.DropLastPeriod;

    /// <summary>The standard error reported as <see cref="ThresholdCoefficient.StdErr"/> (default White, as Hansen).</summary>
    public ThresholdStandardErrors StandardErrors { get; init; } = ThresholdStandardErrors.White;

    /// <summary>How the SSR is computed over the grid (default cumulative cross-products).</summary>
    public ThresholdSearchAlgorithm Algorithm { get; init; } = ThresholdSearchAlgorithm.CumulativeCrossProducts;

    /// <summary>Upper bound on threads used by the bootstrap (null: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The trimming used at step <paramref name="order"/> (1-based).</summary>
    public double TrimmingAt(int order) => Trimming.Count == 1 ? Trimming[0] : Trimming[order - 1];

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        if (MaxThresholds is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(MaxThresholds), MaxThresholds, "The number of thresholds must be 1, 2 or 3.");
        if (Trimming is null || (Trimming.Count != 1 && Trimming.Count < MaxThresholds))
            throw new ArgumentOutOfRangeException(nameof(Trimming), Trimming?.Count ?? 0,
                $"Give one trimming value or one per threshold ({MaxThresholds}).");
        foreach (double t in Trimming)
            if (!(t > 0 && t < 0.5))
                throw new ArgumentOutOfRangeException(nameof(Trimming), t, "Each trimming must lie strictly between 0 and 0.5.");
        if (Grid is null) throw new ArgumentOutOfRangeException(nameof(Grid), null, "The grid must not be null.");
        if (BootstrapReplications < 0)
            throw new ArgumentOutOfRangeException(nameof(BootstrapReplications), BootstrapReplications, "Bootstrap replications must be 0 or more.");
        if (ConfidenceLevels is null || ConfidenceLevels.Count == 0)
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevels), null, "Give at least one confidence level.");
        foreach (double level in ConfidenceLevels)
            if (!(level > 0 && level < 1))
                throw new ArgumentOutOfRangeException(nameof(ConfidenceLevels), level, "Each confidence level must lie strictly between 0 and 1.");
        if (MaxDegreeOfParallelism is < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Must be at least 1 (or null for all cores).");
    }
}
