namespace NevSpec.Core.Indices;

/// <summary>
/// One input of a composite index: its name, its <see cref="IndicatorDirection"/> and its values,
/// one per observation (unit-period). NaN marks a missing value.
/// </summary>
public sealed record Indicator(string Name, IndicatorDirection Direction, double[] Values)
{
    /// <summary>A "+" indicator.</summary>
    public static Indicator Positive(string name, double[] values) => new(name, IndicatorDirection.Positive, values);

    /// <summary>A "−" indicator.</summary>
    public static Indicator Negative(string name, double[] values) => new(name, IndicatorDirection.Negative, values);

    /// <summary>"+" or "−" (the sign written in a spec and in weight tables).</summary>
    public string DirectionSign => Direction == IndicatorDirection.Positive ? "+" : "-";
}
