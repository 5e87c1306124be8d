using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>Classical covariance for homoskedastic, independent errors.</summary>
/// <remarks>
/// k-class (2SLS: k = 1): V = s² (X'(I − k M_Z) X)⁻¹, for 2SLS s² (X̂'X̂)⁻¹ with X̂ = P_Z X.
/// Small sample (default): s² = RSS/(N − K − df_a − sdofminus), t with that many degrees of freedom
/// (R AER <c>ivreg</c>, Stata <c>ivregress small</c>, <c>ivreg2, small</c>). Large sample:
/// s² = RSS/(N − dofminus), z inference (ivreg2 default). Diagnostics under iid: Anderson canonical
/// correlation LM, Cragg–Donald Wald F, Sargan; see Baum, Schaffer and Stillman (2007), Stata Journal 7(4).
/// </remarks>
public sealed class IvIidCovariance : IvCovariance
{
    /// <inheritdoc/>
    public override string Name => "iid";

    internal override bool IsClustered => false;

    internal override bool IsIid => true;

    // The iid estimator never needs a score meat for the coefficients, but the Wu–Hausman and
    // first-stage regressions reuse Core's OLS; a robust meat is still well defined if asked for.
    internal override IReadOnlyList<(double Sign, int Groups, Matrix<double> Meat)> MeatTerms(Matrix<double> scores, IReadOnlyList<Factor> clusters) =>
        [(1.0, scores.RowCount, scores.TransposeThisAndMultiply(scores))];
}
