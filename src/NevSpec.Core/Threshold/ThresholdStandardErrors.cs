namespace NevSpec.Core.Threshold;

/// <summary>Which standard error a <see cref="ThresholdCoefficient"/> reports as its primary one (all three are always computed).</summary>
public enum ThresholdStandardErrors
{
    /// <summary>White (HC0) heteroskedasticity-consistent, no small-sample factor: Hansen's "het standard errors".</summary>
    White,

    /// <summary>Homoskedastic with Hansen's denominator (rows − units − k).</summary>
    Homoskedastic,

    /// <summary>Clustered by unit, CR1 with G/(G − 1)·(N − 1)/(N − k − 1), t with G − 1 degrees of freedom.</summary>
    Cluster,
}
