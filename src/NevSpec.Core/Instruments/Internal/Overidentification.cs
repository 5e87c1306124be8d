using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// Over-identification and endogeneity statistics with ivreg2's conventions: Sargan (1958) N-scaled
/// e'P_Z e/σ̂², Hansen (1982) J of the two-step efficient GMM estimator whose weight matrix comes from
/// the model's residuals, and the C (difference-in-Sargan/J) endogeneity test with a common Ŝ from the
/// model that treats the endogenous regressors as exogenous (Hayashi 2000, §3.6; Baum, Schaffer and
/// Stillman 2003, Stata Journal 3(1), §4).
/// </summary>
internal static class Overidentification
{
    /// <summary>Sargan: e'P_Z e / (e'e/(N − dofminus)).</summary>
    public static double Sargan(IvProblem p, Vector<double> residuals, int dofMinus)
    {
        var fitted = p.AllInstruments.Fitted(residuals);
        return fitted.DotProduct(fitted) / (residuals.DotProduct(residuals) / (p.N - dofMinus));
    }

    /// <summary>Ŝ = Ω of the moments Z'e: iid σ̂²Z'Z/N (σ̂² = e'e/(N − dofminus)); robust Σzᵢzᵢ'eᵢ²/(N − dofminus); cluster raw meat/N.</summary>
    public static Matrix<double> Omega(Matrix<double> z, Vector<double> e, IvCovariance covariance, IvProblem p, int dofMinus)
    {
        int n = z.RowCount;
        if (covariance.IsIid)
            return e.DotProduct(e) / (n - dofMinus) * z.TransposeThisAndMultiply(z) / n;
        var scores = z.Clone();
        for (int i = 0; i < n; i++) scores.SetRow(i, scores.Row(i) * e[i]);
        var meat = covariance.RawMeat(scores, p.Clusters);
        var omega = covariance.IsClustered ? meat / n : meat / (n - dofMinus);
        return 0.5 * (omega + omega.Transpose());
    }

    /// <summary>J = N ḡ'Ω⁻¹ḡ at the two-step GMM estimate with weight Ω⁻¹; NaN when Ω is singular.</summary>
    public static double JWithOmega(Matrix<double> z, Matrix<double> x, Vector<double> y, Matrix<double> omega)
    {
        int n = z.RowCount;
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> chol;
        try { chol = omega.Cholesky(); }
        catch (ArgumentException) { return double.NaN; }
        var qxz = x.TransposeThisAndMultiply(z) / n;
        var qzy = z.TransposeThisAndMultiply(y) / n;
        var m = qxz * chol.Solve(qxz.Transpose());
        m = 0.5 * (m + m.Transpose());
        var beta = m.Solve(qxz * chol.Solve(qzy));
        var g = z.TransposeThisAndMultiply(y - x * beta) / n;
        return n * g.DotProduct(chol.Solve(g));
    }

    /// <summary>
    /// C statistic for H0: all endogenous regressors are exogenous: J of the model with X1 added to the
    /// instruments minus J of the model, both with the Ŝ of the former (so C ≥ 0), χ²(K1).
    /// </summary>
    public static double Endogeneity(IvProblem p, IvCovariance covariance, int dofMinus)
    {
        var z = p.Z;
        var zr = z.Append(p.X1);
        var x = p.X;
        // With X1 among the instruments, X̂ = X and the restricted estimator is OLS.
        var restricted = new Projection(zr);
        var xHat = restricted.Fitted(x);
        var beta = xHat.TransposeThisAndMultiply(xHat).Solve(xHat.TransposeThisAndMultiply(p.Y));
        var er = p.Y - x * beta;
        var omegaR = Omega(zr, er, covariance, p, dofMinus);
        double jr = JWithOmega(zr, x, p.Y, omegaR);
        double jf = JWithOmega(z, x, p.Y, omegaR.SubMatrix(0, z.ColumnCount, 0, z.ColumnCount));
        return jr - jf;
    }
}
