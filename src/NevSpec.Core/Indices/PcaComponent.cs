namespace NevSpec.Core.Indices;

/// <summary>
/// One principal component of the indicators' correlation matrix: its eigenvalue, its share of the
/// total variance, the cumulative share, the unit eigenvector (score coefficients), the loadings
/// (eigenvector · √eigenvalue = correlation of each standardised, direction-adjusted indicator with the
/// component), and whether it enters the composite. Vectors are in indicator order.
/// </summary>
public sealed record PcaComponent(
    int Number,
    double Eigenvalue,
    double ExplainedVariance,
    double CumulativeExplainedVariance,
    IReadOnlyList<double> Eigenvector,
    IReadOnlyList<double> Loadings,
    bool Retained,
    double CompositeWeight);
