using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>
/// How an IV estimator estimates the covariance of its coefficients and of the moment conditions its
/// diagnostics use. The three kinds differ only in the meat Σ over the scores sᵢ: none (iid), Σᵢ sᵢsᵢ'
/// (robust) or Σ_g s_g s_g' (clustered); the bread, small-sample factors and degrees of freedom follow
/// <see cref="IvOptions.SmallSample"/>.
/// </summary>
public abstract class IvCovariance
{
    private protected IvCovariance() { }

    /// <summary>Short name ("iid", "robust", "cluster").</summary>
    public abstract string Name { get; }

    internal abstract bool IsClustered { get; }

    internal abstract bool IsIid { get; }

    /// <summary>
    /// Raw meat terms (no small-sample factor) for an N × P score matrix: one term for iid and robust,
    /// and for c cluster variables the 2^c − 1 intersections with their sign and group count.
    /// </summary>
    internal abstract IReadOnlyList<(double Sign, int Groups, Matrix<double> Meat)> MeatTerms(Matrix<double> scores, IReadOnlyList<Factor> clusters);

    /// <summary>Σ of the raw meat terms with their signs (ivreg2/ranktest's Ω without factors).</summary>
    internal Matrix<double> RawMeat(Matrix<double> scores, IReadOnlyList<Factor> clusters)
    {
        Matrix<double>? total = null;
        foreach (var (sign, _, meat) in MeatTerms(scores, clusters))
            total = total is null ? sign * meat : total + sign * meat;
        return total!;
    }
}
