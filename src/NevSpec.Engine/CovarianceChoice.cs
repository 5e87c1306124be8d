using NevSpec.Core.Estimation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>Maps the spec's <c>vcov</c> choice onto a Core covariance estimator.</summary>
public static class CovarianceChoice
{
    public static ICovarianceEstimator For(VcovKind kind) => kind switch
    {
        VcovKind.Iid => new IidCovariance(),
        VcovKind.Hc1 => new HeteroskedasticCovariance(),
        VcovKind.Cr1 => new ClusteredCovariance(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected iid, hc1 or cr1."),
    };
}
