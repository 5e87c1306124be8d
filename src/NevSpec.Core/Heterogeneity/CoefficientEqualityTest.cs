namespace NevSpec.Core.Heterogeneity;

/// <summary>
/// Wald test that a coefficient is equal across groups, from the fully interacted pooled model:
/// the tested term, the difference (first group − second; null with more than two groups) and its
/// standard error, F with (Df1, Df2) degrees of freedom (F = t² for two groups) and the p-value, plus a
/// one-sentence description of the method for the table note.
/// </summary>
public sealed record CoefficientEqualityTest(string Term, double? Difference, double? StdErr, double F, int Df1, int Df2, double P, string Method);
