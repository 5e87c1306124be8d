namespace NevSpec.Core.Threshold;

/// <summary>
/// One threshold found by a grid search with other thresholds held fixed: the estimate, the SSE of
/// the model at the estimate, the LR confidence regions and the whole LR curve over the searched grid
/// (what a figure of LR(γ) against γ with the critical-value line needs).
/// </summary>
/// <remarks>
/// γ̂ = the first grid value with the smallest SSR (grid order is ascending); LR(γ) = ty·(SSR(γ)/SSR(γ̂) − 1)
/// with ty = Σᵢ(Tᵢ − 1) (Hansen 1999, J. Econometrics 93:345–368; ty = n(T − 1) when balanced).
/// </remarks>
public sealed class ThresholdEstimate
{
    internal ThresholdEstimate(double value, double sse, IReadOnlyList<double> fixedThresholds, double trimming,
        IReadOnlyList<ThresholdInterval> intervals, IReadOnlyList<LikelihoodRatioPoint> curve, IReadOnlyList<ThresholdCoefficient> coefficients)
    {
        Coefficients = coefficients.ToArray().AsReadOnly();
        Value = value;
        Sse = sse;
        FixedThresholds = fixedThresholds.ToArray().AsReadOnly();
        Trimming = trimming;
        Intervals = intervals.ToArray().AsReadOnly();
        LikelihoodRatio = curve.ToArray().AsReadOnly();
    }

    /// <summary>The threshold estimate γ̂ (a value of the threshold variable).</summary>
    public double Value { get; }

    /// <summary>SSE of the model with γ̂ and the fixed thresholds.</summary>
    public double Sse { get; }

    /// <summary>Slopes of the model at <see cref="FixedThresholds"/> and <see cref="Value"/> (order as <see cref="ThresholdStep.Coefficients"/>).</summary>
    public IReadOnlyList<ThresholdCoefficient> Coefficients { get; }

    /// <summary>Thresholds held fixed during this search, ascending (empty for the first threshold).</summary>
    public IReadOnlyList<double> FixedThresholds { get; }

    /// <summary>Trimming used around the fixed thresholds (the grid's own trimming for the first threshold).</summary>
    public double Trimming { get; }

    /// <summary>Number of grid points searched (= points of <see cref="LikelihoodRatio"/>).</summary>
    public int GridSize => LikelihoodRatio.Count;

    /// <summary>LR confidence regions, one per confidence level, in the options' order.</summary>
    public IReadOnlyList<ThresholdInterval> Intervals { get; }

    /// <summary>LR(γ) at every searched grid point, ascending in γ.</summary>
    public IReadOnlyList<LikelihoodRatioPoint> LikelihoodRatio { get; }

    /// <summary>The confidence region at <paramref name="level"/> (one of the options' levels).</summary>
    public ThresholdInterval Interval(double level) =>
        Intervals.FirstOrDefault(i => Math.Abs(i.Level - level) < 1e-12)
        ?? throw new ArgumentOutOfRangeException(nameof(level), level,
            $"No interval at this level; estimated levels: {string.Join(", ", Intervals.Select(i => i.Level))}.");
}
