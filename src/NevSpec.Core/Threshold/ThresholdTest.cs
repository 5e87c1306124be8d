namespace NevSpec.Core.Threshold;

/// <summary>
/// The bootstrap test of k − 1 against k thresholds (<see cref="Thresholds"/> = k): Hansen's F, its
/// bootstrap p-value and critical values, and the bootstrap statistics themselves.
/// </summary>
/// <remarks>
/// F = ty·(S₀/S₁ − 1), S₀ the SSE with the k − 1 thresholds held fixed, S₁ the smallest SSE with one
/// more, ty = Σᵢ(Tᵢ − 1) (Hansen 1999, J. Econometrics 93:345–368; printed as "LR Test for threshold
/// effect" by his program). Bootstrap with fixed regressors: residuals ê and fitted values ŷ of the
/// null model (k − 1 thresholds, in the within-transformed rows); each replicate gives every unit the
/// residual vector of a unit drawn with replacement (among units with as many periods when the panel
/// is unbalanced), y* = ŷ + e*, and repeats the sequential estimation on y* from scratch (first
/// threshold on the full grid, then each further one given the earlier bootstrap estimates).
/// p = share of bootstrap statistics strictly greater than F; the critical value at level ℓ is the
/// ⌈ℓ·B⌉-th smallest statistic.
/// </remarks>
public sealed class ThresholdTest
{
    internal ThresholdTest(int thresholds, double f, double sseNull, double sseAlternative,
        IReadOnlyList<double> statistics, IReadOnlyList<double> levels)
    {
        Thresholds = thresholds;
        F = f;
        SseNull = sseNull;
        SseAlternative = sseAlternative;
        BootstrapStatistics = statistics.ToArray().AsReadOnly();
        int b = statistics.Count;
        PValue = b == 0 ? double.NaN : statistics.Count(s => s > f) / (double)b;
        var sorted = statistics.Order().ToArray();
        CriticalValues = b == 0 ? [] : levels
            .Select(l => new BootstrapCriticalValue(l, sorted[Math.Clamp((int)Math.Ceiling(l * b - 1e-9) - 1, 0, b - 1)]))
            .ToArray().AsReadOnly();
    }

    /// <summary>Number of thresholds under the alternative (1 single, 2 double, 3 triple).</summary>
    public int Thresholds { get; }

    /// <summary>The F statistic.</summary>
    public double F { get; }

    /// <summary>SSE under the null (k − 1 thresholds).</summary>
    public double SseNull { get; }

    /// <summary>SSE under the alternative (k thresholds, before any refinement).</summary>
    public double SseAlternative { get; }

    /// <summary>Bootstrap replications B (0 when the bootstrap was skipped).</summary>
    public int Replications => BootstrapStatistics.Count;

    /// <summary>Bootstrap p-value (NaN without bootstrap).</summary>
    public double PValue { get; }

    /// <summary>Bootstrap critical values at the options' confidence levels (empty without bootstrap).</summary>
    public IReadOnlyList<BootstrapCriticalValue> CriticalValues { get; }

    /// <summary>The bootstrap statistics in replicate order.</summary>
    public IReadOnlyList<double> BootstrapStatistics { get; }

    /// <summary>The critical value at <paramref name="level"/> (e.g. 0.95 for the 5 % value).</summary>
    public double CriticalValue(double level) =>
        CriticalValues.FirstOrDefault(c => Math.Abs(c.Level - level) < 1e-12)?.Value
        ?? throw new ArgumentOutOfRangeException(nameof(level), level,
            $"No critical value at this level; computed levels: {string.Join(", ", CriticalValues.Select(c => c.Level))}.");
}
