namespace NevSpec.Core.Instruments;

/// <summary>
/// Identification, weak-instrument, over-identification and endogeneity diagnostics of an IV model,
/// each with the convention it follows (<see cref="IvTestStatistic.Convention"/>). Names follow ivreg2
/// (Baum, Schaffer and Stillman 2007, Stata Journal 7(4); ivreg2 <c>e()</c> names in brackets).
/// </summary>
public sealed class IvDiagnostics
{
    /// <summary>Under-identification test [idstat]: Anderson LM under iid, Kleibergen–Paap rk LM otherwise.</summary>
    public required IvTestStatistic Underidentification { get; init; }

    /// <summary>Anderson (1951) canonical-correlation LM, (N − dofminus)·min ρ², χ²(L1 − K1 + 1). Always computed.</summary>
    public required IvTestStatistic AndersonLm { get; init; }

    /// <summary>Kleibergen–Paap rk LM, χ²(L1 − K1 + 1); null under iid.</summary>
    public required IvTestStatistic? KleibergenPaapLm { get; init; }

    /// <summary>Cragg–Donald Wald F [cdf]. Always computed.</summary>
    public required IvTestStatistic CraggDonaldF { get; init; }

    /// <summary>Kleibergen–Paap rk Wald F; null under iid.</summary>
    public required IvTestStatistic? KleibergenPaapWaldF { get; init; }

    /// <summary>The weak-identification statistic ivreg2 reports [widstat]: Cragg–Donald under iid, Kleibergen–Paap rk Wald F otherwise.</summary>
    public required IvTestStatistic WeakIdentification { get; init; }

    /// <summary>Stock–Yogo (2005) critical values for <see cref="WeakIdentification"/>, for the estimator, K1 and L1.</summary>
    public required IReadOnlyList<StockYogoCriticalValue> StockYogo { get; init; }

    /// <summary>Anderson–Rubin (1949) test of H0: all endogenous coefficients are 0, F form [arf].</summary>
    public required IvTestStatistic AndersonRubinF { get; init; }

    /// <summary>Anderson–Rubin test, χ² form [archi2].</summary>
    public required IvTestStatistic AndersonRubinChi2 { get; init; }

    /// <summary>Anderson–Rubin confidence set for the single endogenous coefficient; null when K1 > 1.</summary>
    public required AndersonRubinConfidenceSet? AndersonRubinSet { get; init; }

    /// <summary>Over-identification test [j]: Sargan under iid, Hansen J otherwise; 0 with no p-value when exactly identified.</summary>
    public required IvTestStatistic Overidentification { get; init; }

    /// <summary>Sargan statistic [sargan] (iid); null for robust and clustered models, as in ivreg2.</summary>
    public required IvTestStatistic? Sargan { get; init; }

    /// <summary>Endogeneity C test of all endogenous regressors [estat], difference-in-Sargan/J, χ²(K1).</summary>
    public required IvTestStatistic? Endogeneity { get; init; }

    /// <summary>Regression-based Durbin–Wu–Hausman F (AER <c>ivreg</c> "Wu-Hausman"): first-stage residuals added to the structural equation.</summary>
    public required IvTestStatistic? WuHausmanF { get; init; }

    /// <summary>LIML only: Anderson–Rubin over-identification LR statistic (N − dofminus)·ln λ [arubin]; null otherwise.</summary>
    public required IvTestStatistic? AndersonRubinOveridentification { get; init; }
}
