namespace NevSpec.Core.Threshold;

/// <summary>How the sum of squared residuals is computed at every grid point of a threshold search.</summary>
public enum ThresholdSearchAlgorithm
{
    /// <summary>
    /// Sort once by the threshold variable and update cumulative cross-products, so that a whole search
    /// costs O(N·k) plus O(k²) per grid point (the default).
    /// </summary>
    CumulativeCrossProducts,

    /// <summary>
    /// One least-squares regression per grid point, as Hansen's program does (O(N·k²) per grid point).
    /// Same results; kept as the reference for tests and benchmarks.
    /// </summary>
    RegressionPerGridPoint,
}
