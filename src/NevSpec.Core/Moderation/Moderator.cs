namespace NevSpec.Core.Moderation;

/// <summary>The moderating variable Z: its name and values, one per row of the model's design (NaN = missing).</summary>
public sealed record Moderator(string Name, double[] Values);
