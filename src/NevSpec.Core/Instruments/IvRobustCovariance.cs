using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;

namespace NevSpec.Core.Instruments;

/// <summary>Heteroskedasticity-robust (White) covariance for IV estimators.</summary>
/// <remarks>
/// V = c · B [Σᵢ x̂ᵢ x̂ᵢ' eᵢ²] B with x̂ᵢ the i-th row of X̂ = P_Z X and B = (X'(I − k M_Z)X)⁻¹ (2SLS: (X̂'X̂)⁻¹;
/// for LIML/Fuller ivreg2 also uses the 2SLS X̂ in the meat with the k-class bread)
/// and e the structural residuals y − Xβ. Small sample (default): c = N/(N − K − df_a − sdofminus), HC1,
/// t with N − K − df_a degrees of freedom (sandwich <c>vcovHC(ivreg, "HC1")</c>, <c>ivreg2, robust small</c>).
/// Large sample: c = N/(N − dofminus), z inference (ivreg2 <c>robust</c>). White (1980); MacKinnon and
/// White (1985). Diagnostics: Kleibergen–Paap (2006) rk LM and rk Wald F, Hansen (1982) J.
/// </remarks>
public sealed class IvRobustCovariance : IvCovariance
{
    /// <inheritdoc/>
    public override string Name => "robust";

    internal override bool IsClustered => false;

    internal override bool IsIid => false;

    internal override IReadOnlyList<(double Sign, int Groups, Matrix<double> Meat)> MeatTerms(Matrix<double> scores, IReadOnlyList<Factor> clusters) =>
        [(1.0, scores.RowCount, scores.TransposeThisAndMultiply(scores))];
}
