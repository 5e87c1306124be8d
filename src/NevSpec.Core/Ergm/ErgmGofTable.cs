namespace NevSpec.Core.Ergm;

/// <summary>One goodness-of-fit table ("model", "degree", "espartners", "distance"; statnet's <c>gof</c> names).</summary>
/// <param name="Statistic">Which distribution the rows are.</param>
/// <param name="Rows">Rows in order (counts k = 0, 1, … up to the largest k observed or simulated; distance ends with "Inf").</param>
public sealed record ErgmGofTable(string Statistic, IReadOnlyList<ErgmGofRow> Rows);
