using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments.Internal;

namespace NevSpec.Core.Instruments;

/// <summary>Cluster-robust covariance for IV estimators, one-way or multi-way.</summary>
/// <remarks>
/// One-way: V = c · B [Σ_g s_g s_g'] B, s_g = Σ_{i∈g} x̂ᵢ eᵢ (x̂ = P_Z X). Small sample (default, CR1 as Core's OLS):
/// c = G/(G − 1)·(N − 1)/(N − K − df_a,cluster − sdofminus), where df_a,cluster leaves out fixed effects
/// nested in a cluster but counts 1 for the intercept they absorbed (reghdfe/ivreghdfe); t with G − 1
/// degrees of freedom. Large sample: c = 1 (ivreg2 <c>cluster()</c> without <c>small</c>), z inference.
/// Multi-way (Cameron, Gelbach and Miller 2011, JBES 29(2)): meat = Σ over non-empty subsets S of the
/// cluster variables of (−1)^{|S|+1} M_{∩S}; small sample applies one factor G/(G − 1)·(N − 1)/(N − K − …) to
/// the whole meat with G = the smallest cluster count (ivreg2, checked on its two-way fixtures; Core's OLS
/// <c>ClusteredCovariance</c> instead applies G_S/(G_S − 1) per term), large sample none. t uses G − 1 df.
/// </remarks>
public sealed class IvClusteredCovariance : IvCovariance
{
    /// <inheritdoc/>
    public override string Name => "cluster";

    internal override bool IsClustered => true;

    internal override bool IsIid => false;

    internal override IReadOnlyList<(double Sign, int Groups, Matrix<double> Meat)> MeatTerms(Matrix<double> scores, IReadOnlyList<Factor> clusters)
    {
        if (clusters.Count == 0)
            throw new EstimationException("Clustered standard errors need at least one cluster variable, but the IV model has none.");
        var terms = new List<(double, int, Matrix<double>)>();
        for (int subset = 1; subset < 1 << clusters.Count; subset++)
        {
            var (codes, groups) = ClusterCodes.Intersect(clusters, subset);
            var sums = Matrix<double>.Build.Dense(groups, scores.ColumnCount);
            for (int c = 0; c < scores.ColumnCount; c++)
                for (int i = 0; i < scores.RowCount; i++) sums[codes[i], c] += scores[i, c];
            double sign = int.PopCount(subset) % 2 == 1 ? 1.0 : -1.0;
            terms.Add((sign, groups, sums.TransposeThisAndMultiply(sums)));
        }
        return terms;
    }
}
