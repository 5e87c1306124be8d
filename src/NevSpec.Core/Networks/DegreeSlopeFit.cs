namespace NevSpec.Core.Networks;

/// <summary>Log–log OLS fit of the degree distribution: log P(k) = Intercept + Slope·log k.</summary>
/// <param name="Degrees">Observed degrees k ≥ 1 (ascending).</param>
/// <param name="Probabilities">P(k) = (nodes of degree k)/n, n = all nodes (isolates included).</param>
/// <param name="LogBase">Base of the logarithms (the slope does not depend on it; the intercept does).</param>
/// <param name="Slope">OLS slope.</param>
/// <param name="Intercept">OLS intercept.</param>
/// <param name="SlopeStandardError">Classical OLS standard error of the slope (NaN with fewer than 3 points: no residual df).</param>
/// <param name="InterceptStandardError">Classical OLS standard error of the intercept (NaN with fewer than 3 points).</param>
/// <param name="RSquared">Coefficient of determination.</param>
public sealed record DegreeSlopeFit(
    IReadOnlyList<int> Degrees, IReadOnlyList<double> Probabilities, double LogBase,
    double Slope, double Intercept, double SlopeStandardError, double InterceptStandardError, double RSquared);
