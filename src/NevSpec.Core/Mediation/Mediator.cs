namespace NevSpec.Core.Mediation;

/// <summary>A candidate mediator: its name and values, one per row of the model's design (NaN = missing).</summary>
public sealed record Mediator(string Name, double[] Values);
