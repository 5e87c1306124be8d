namespace NevSpec.Core.Estimation;

/// <summary>
/// One reported coefficient with its standard error, t statistic, two-sided p-value and 95 %
/// confidence interval (Student t with the result's residual degrees of freedom).
/// </summary>
public sealed record CoefficientEstimate(string Term, double Estimate, double StdErr, double T, double P, double CiLow, double CiHigh);
