using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// Canonical correlations of the partialled endogenous regressors X̃1 and excluded instruments Z̃1, and
/// the Kleibergen–Paap (2006) rk statistic for H0: rank(Π) = K1 − 1, as Stata's <c>ranktest</c>
/// (Kleibergen and Schaffer 2007) computes it for ivreg2.
/// </summary>
/// <remarks>
/// Θ = Lz' Π̂ Ly'⁻¹ with Qzz = Z̃1'Z̃1/N = Lz Lz', Qyy = X̃1'X̃1/N = Ly Ly', Π̂ = Qzz⁻¹ Z̃1'X̃1/N; Θ = U S V'.
/// The squared singular values are the squared canonical correlations. With the blocks of U and V past
/// the first K1 − 1 columns, A_q = [U12; U22] U22⁻¹ (U22U22')^½ and B_q = (V22V22')^½ V22'⁻¹ [V12; V22]',
/// λ = (B_q ⊗ A_q') vec Θ and the statistic is N λ' [(B_q ⊗ A_q') Ω (B_q ⊗ A_q')']⁻¹ λ, χ²(L1 − K1 + 1),
/// where Ω = (Ly'⁻¹' ⊗ Lz'⁻¹') Ŝ (…)' and Ŝ is the robust covariance of vec(Z̃1'V̂)/√N with V̂ = X̃1
/// (LM version) or the first-stage residuals X̃1 − Z̃1Π̂ (Wald version). Kleibergen, F. and Paap, R.
/// (2006), J. Econometrics 133(1), 97–126.
/// </remarks>
internal sealed class RankTest
{
    public Matrix<double> Theta { get; }
    public Matrix<double> U { get; }
    public Matrix<double> V { get; }
    public double[] SquaredCanonicalCorrelations { get; }
    public Matrix<double> Pi { get; }
    private readonly Matrix<double> _irQyy, _irQzz;
    private readonly int _n, _k1, _l1;

    public RankTest(Matrix<double> x1T, Matrix<double> z1T)
    {
        _n = x1T.RowCount;
        _k1 = x1T.ColumnCount;
        _l1 = z1T.ColumnCount;
        var qzz = z1T.TransposeThisAndMultiply(z1T) / _n;
        var qzy = z1T.TransposeThisAndMultiply(x1T) / _n;
        var qyy = x1T.TransposeThisAndMultiply(x1T) / _n;
        var lz = qzz.Cholesky();
        var ly = qyy.Cholesky();
        Pi = lz.Solve(qzy);
        _irQzz = lz.Factor.Transpose().Inverse();
        _irQyy = ly.Factor.Transpose().Inverse();
        Theta = lz.Factor.Transpose() * Pi * _irQyy;
        var svd = Theta.Svd(true);
        U = svd.U;
        V = svd.VT.Transpose();
        SquaredCanonicalCorrelations = svd.S.Take(Math.Min(_k1, _l1)).Select(s => s * s).ToArray();
    }

    public double MinSquaredCanonicalCorrelation => SquaredCanonicalCorrelations.Min();

    /// <summary>Row i = V̂ᵢ ⊗ Z̃1ᵢ (blocks of L1 per endogenous regressor), the scores of vec(Z̃1'V̂).</summary>
    public static Matrix<double> Scores(Matrix<double> vHat, Matrix<double> z1T)
    {
        int n = z1T.RowCount, l1 = z1T.ColumnCount, k1 = vHat.ColumnCount;
        return Matrix<double>.Build.Dense(n, k1 * l1, (i, c) => vHat[i, c / l1] * z1T[i, c % l1]);
    }

    /// <summary>
    /// The rk χ² statistic for a score covariance Ŝ (already divided by N), and its degrees of freedom,
    /// reduced by the rank deficit of the middle matrix when it is singular (as ranktest does).
    /// </summary>
    public (double Chi2, int Df) Statistic(Matrix<double> shat)
    {
        var kron = _irQyy.Transpose().KroneckerProduct(_irQzz.Transpose());
        var omega = kron * shat * kron.Transpose();
        omega = 0.5 * (omega + omega.Transpose());
        int kk = _k1 - 1;
        Matrix<double> t;
        if (kk == 0)
            t = Matrix<double>.Build.DenseIdentity(_l1); // A_q = I, B_q = 1 when K1 = 1
        else
        {
            var u12 = U.SubMatrix(0, kk, kk, _l1 - kk);
            var u22 = U.SubMatrix(kk, _l1 - kk, kk, _l1 - kk);
            var v12 = V.SubMatrix(0, kk, kk, _k1 - kk);
            var v22 = V.SubMatrix(kk, _k1 - kk, kk, _k1 - kk);
            var aq = u12.Stack(u22) * u22.Inverse() * SymmetricSqrt(u22 * u22.Transpose());
            var bq = SymmetricSqrt(v22 * v22.Transpose()) * v22.Transpose().Inverse() * v12.Stack(v22).Transpose();
            t = bq.KroneckerProduct(aq.Transpose());
        }
        var vecTheta = Vector<double>.Build.DenseOfArray(Theta.ToColumnMajorArray());
        var lab = t * vecTheta;
        var vlab = t * omega * t.Transpose();
        vlab = 0.5 * (vlab + vlab.Transpose());
        var evd = vlab.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(z => z.Real).ToArray();
        double tol = values.Max() * 2.220446049250313e-16 * vlab.RowCount;
        int deficit = values.Count(v => v <= tol);
        double quad = 0;
        var proj = evd.EigenVectors.TransposeThisAndMultiply(lab);
        for (int j = 0; j < values.Length; j++)
            if (values[j] > tol) quad += proj[j] * proj[j] / values[j];
        return (_n * quad, _l1 - kk - deficit);
    }

    private static Matrix<double> SymmetricSqrt(Matrix<double> a)
    {
        var evd = a.Evd(Symmetricity.Symmetric);
        var d = evd.EigenValues.Select(z => Math.Sqrt(Math.Max(z.Real, 0))).ToArray();
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalArray(d) * evd.EigenVectors.Transpose();
    }
}
