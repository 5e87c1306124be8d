namespace NevSpec.Core.Threshold;

/// <summary>
/// Candidate thresholds: Hansen's grid of <see cref="QuantileCount"/> quantiles of the threshold
/// variable's distinct values (default 400), or every distinct value inside the trimmed range.
/// </summary>
/// <remarks>
/// With M sorted distinct values dd, quantile count qn and first trimming π, the grid is
/// dd[⌊(π + j/qn)·M⌋] (1-based) for j = 0, …, qn − 2·qn·π, exactly as Hansen's <c>THRESH_P.PRG</c>
/// (<c>qq1</c>). <see cref="AllDistinct"/> is the same rule with qn = M. Repeated values (when M is
/// small relative to qn) are kept once; each keeps the position of its first occurrence, which is
/// what the trimming around fixed thresholds counts in.
/// </remarks>
public sealed record ThresholdGrid
{
    private ThresholdGrid(int? quantileCount) => QuantileCount = quantileCount;

    /// <summary>Number of quantiles qn, or null for every distinct value.</summary>
    public int? QuantileCount { get; }

    /// <summary>True when every distinct value of the threshold variable is a candidate.</summary>
    public bool IsAllDistinct => QuantileCount is null;

    /// <summary>Hansen's default: 400 quantiles.</summary>
    public static ThresholdGrid Default { get; } = new(400);

    /// <summary>Every distinct value of the threshold variable inside the trimmed range.</summary>
    public static ThresholdGrid AllDistinct { get; } = new((int?)null);

    /// <summary>A grid of <paramref name="count"/> quantiles (at least 2).</summary>
    public static ThresholdGrid Quantiles(int count) =>
        count >= 2 ? new ThresholdGrid(count)
                   : throw new ArgumentOutOfRangeException(nameof(count), count, "The grid needs at least 2 quantiles.");

    /// <inheritdoc/>
    public override string ToString() => IsAllDistinct ? "all distinct values" : $"{QuantileCount} quantiles";
}
