namespace NevSpec.Core.Moderation;

/// <summary>
/// The effect of the focal regressor X at one value of the moderator Z (a "simple slope"), with its
/// standard error from the coefficient covariance, t, two-sided p and 95 % confidence interval (Student t
/// with the model's residual degrees of freedom). <see cref="Label"/> is "mean - 1 SD", "mean" or "mean + 1 SD".
/// </summary>
public sealed record SimpleSlope(string Label, double ModeratorValue, double Slope, double StdErr, double T, double P, double CiLow, double CiHigh);
