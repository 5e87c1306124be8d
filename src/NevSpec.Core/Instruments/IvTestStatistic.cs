namespace NevSpec.Core.Instruments;

/// <summary>
/// One test statistic of an IV model with its reference distribution and the convention it follows.
/// </summary>
/// <param name="Name">What the statistic is, e.g. "Kleibergen–Paap rk Wald F".</param>
/// <param name="Value">The statistic.</param>
/// <param name="Distribution">"chi2", "F", or "none" when it is compared with tabulated critical values (Cragg–Donald and KP Wald F).</param>
/// <param name="Df1">χ² degrees of freedom or F numerator degrees of freedom (0 for "none").</param>
/// <param name="Df2">F denominator degrees of freedom; null otherwise.</param>
/// <param name="PValue">Upper-tail p-value; null when the distribution is "none" or the test is not defined (e.g. J when exactly identified).</param>
/// <param name="Convention">Which software and formula the number follows, for table notes.</param>
public sealed record IvTestStatistic(string Name, double Value, string Distribution, double Df1, double? Df2, double? PValue, string Convention);
