namespace NevSpec.Engine.Networks;

/// <summary>A link's weight and its Jenks class (1 = lowest).</summary>
/// <param name="From">Index of one end in the period's <see cref="NetworkPeriod.Graph"/> (the smaller index).</param>
/// <param name="To">Index of the other end.</param>
/// <param name="Weight">Summed weight of the link in the period.</param>
/// <param name="Class">Class 1..k.</param>
public sealed record ClassifiedLink(int From, int To, double Weight, int Class);
