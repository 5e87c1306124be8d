using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// Wald test that the excluded instruments do not enter a regression of some variable on all the
/// instruments — the first-stage F (variable = an endogenous regressor), the Sanderson–Windmeijer and
/// Angrist–Pischke F (variable = a residualised endogenous regressor) and the Anderson–Rubin test
/// (variable = y − X1β₀) — with ivreg2's scaling. By Frisch–Waugh–Lovell the regression is run on the
/// partialled variables Z̃1 (the exogenous regressors and fixed effects removed).
/// </summary>
/// <remarks>
/// b = (Z̃1'Z̃1)⁻¹Z̃1'v, u = v − Z̃1b. iid: W = b'Z̃1'Z̃1 b/(u'u/(N − dofminus)). Robust: W = b'V⁻¹b·(N − dofminus)/N
/// with V = B[Σ z̃ᵢz̃ᵢ'uᵢ²]B. Cluster: V with the raw cluster meat, no factor. F = W/(N − dofminus)·(N − L −
/// dofminus − sdofminus)/q, or for clusters W/(N − 1)·(N − L − sdofminus)·(M − 1)/M/q with q numerator and
/// N − L − dofminus − sdofminus (M − 1) denominator degrees of freedom. Partial R² = 1 − u'u/v'v.
/// </remarks>
internal static class ExcludedInstrumentWald
{
    public sealed record Result(double Chi2, double F, int Df1, int Df2, double PChi2, double PF, double PartialR2, double Rss);

    public static Result Compute(IvProblem p, Vector<double> v, IvCovariance covariance, IvDof d, int q)
    {
        var z = p.Z1T;
        var ztz = z.TransposeThisAndMultiply(z);
        var chol = ztz.Cholesky();
        var b = chol.Solve(z.TransposeThisAndMultiply(v));
        var u = v - z * b;
        double rss = u.DotProduct(u), tss = v.DotProduct(v);
        double wald;
        if (covariance.IsIid)
            wald = b.DotProduct(ztz * b) / (rss / (p.N - d.DofMinus));
        else
        {
            var scores = z.Clone();
            for (int i = 0; i < p.N; i++) scores.SetRow(i, scores.Row(i) * u[i]);
            var bread = chol.Solve(Matrix<double>.Build.DenseIdentity(z.ColumnCount));
            var vb = bread * covariance.RawMeat(scores, p.Clusters) * bread;
            vb = 0.5 * (vb + vb.Transpose());
            wald = b.DotProduct(vb.Solve(b));
            if (!covariance.IsClustered) wald *= (p.N - d.DofMinus) / (double)p.N;
        }
        double f = d.WaldToF(wald, q);
        int df2 = d.ExcludedF_Df2;
        return new Result(wald, f, q, df2, ChiSquaredUpper(wald, q), FUpper(f, q, df2), 1 - rss / tss, rss);
    }

    /// <summary>Upper tail of χ²(df) that stays accurate for tiny p-values.</summary>
    public static double ChiSquaredUpper(double x, double df) =>
        x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>Upper tail of F(df1, df2) that stays accurate for tiny p-values.</summary>
    public static double FUpper(double f, double df1, double df2) =>
        f <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * f));
}
