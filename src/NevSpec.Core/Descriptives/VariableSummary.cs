namespace NevSpec.Core.Descriptives;

/// <summary>
/// Descriptive statistics of one variable (a row of a paper's "Table 3"): non-missing observations,
/// mean, standard deviation (divisor N − 1), minimum, maximum, and the rows left out (missing, or outside a common sample).
/// </summary>
public sealed record VariableSummary(string Variable, int N, double Mean, double Sd, double Min, double Max, int Missing);
