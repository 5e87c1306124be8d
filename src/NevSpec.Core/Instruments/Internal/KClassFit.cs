using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Estimation.Internal;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// k-class estimation β = (X'(I − k M_Z)X)⁻¹ X'(I − k M_Z)y on the demeaned data: 2SLS (k = 1) by QR
/// of X̂ = P_Z X; LIML (k = λ, the smallest root of |W'W − λ W'M_Z W| = 0 with W = [ỹ X̃1] partialled of
/// the exogenous regressors; Anderson and Rubin 1949) and Fuller (k = λ − α/(N − L − dofminus);
/// Fuller 1977) by solving the equilibrated normal equations.
/// </summary>
internal sealed record KClassFit(double KValue, double? Lambda, Vector<double> Beta, Matrix<double> Bread, Matrix<double> A, Vector<double> Residuals)
{
    public double Rss => Residuals.DotProduct(Residuals);

    public static KClassFit TwoStage(IvProblem p)
    {
        var xHat = p.AllInstruments.Fitted(p.X);
        var columns = Enumerable.Range(0, xHat.ColumnCount).Select(c => xHat.Column(c).ToArray()).ToArray();
        var ls = PivotedLeastSquares.Solve(columns, p.Y.ToArray(), 1e-9);
        if (ls.Collinear.Length > 0)
            throw NotIdentified(p, ls.Collinear);
        var beta = Vector<double>.Build.DenseOfArray(ls.Beta);
        return new KClassFit(1.0, null, beta, Matrix<double>.Build.DenseOfArray(ls.Bread), xHat, p.Y - p.X * beta);
    }

    public static KClassFit Liml(IvProblem p, double fullerAlpha, int dofMinus)
    {
        var w = Matrix<double>.Build.DenseOfColumnVectors(new[] { p.YT }.Concat(p.X1T.EnumerateColumns()));
        var wMw = p.Excluded.Residual(w);
        double lambda = SmallestGeneralizedEigenvalue(w.TransposeThisAndMultiply(w), wMw.TransposeThisAndMultiply(wMw));
        double k = lambda - fullerAlpha / (p.N - p.L - dofMinus);
        var x = p.X;
        var a = x - k * p.AllInstruments.Residual(x);
        var ax = a.TransposeThisAndMultiply(x);
        ax = 0.5 * (ax + ax.Transpose());
        // Equilibrate: D (A'X) D with D = diag(1/√(A'X)_jj) keeps the solve accurate when columns differ in scale.
        var d = Vector<double>.Build.Dense(ax.RowCount, j => 1 / Math.Sqrt(Math.Abs(ax[j, j])));
        var scaled = Matrix<double>.Build.Dense(ax.RowCount, ax.ColumnCount, (i, j) => d[i] * ax[i, j] * d[j]);
        var inverseScaled = scaled.Inverse();
        var bread = Matrix<double>.Build.Dense(ax.RowCount, ax.ColumnCount, (i, j) => d[i] * inverseScaled[i, j] * d[j]);
        var beta = bread * a.TransposeThisAndMultiply(p.Y);
        // ivreg2's robust and cluster k-class sandwiches use the 2SLS fitted regressors P_Z X as scores
        // with the k-class bread (checked against its LIML and Fuller fixtures).
        return new KClassFit(k, lambda, beta, bread, p.AllInstruments.Fitted(x), p.Y - x * beta);
    }

    private static double SmallestGeneralizedEigenvalue(Matrix<double> a, Matrix<double> b)
    {
        var lower = b.Cholesky().Factor;
        var li = lower.Inverse();
        var c = li * a * li.Transpose();
        c = 0.5 * (c + c.Transpose());
        return c.Evd(Symmetricity.Symmetric).EigenValues.Min(z => z.Real);
    }

    private static EstimationException NotIdentified(IvProblem p, int[] collinear)
    {
        var names = p.EndogenousNames.Concat(p.ExogenousNames).ToArray();
        return new EstimationException(
            $"The IV model for '{p.OutcomeName}' is not identified: the first-stage fitted values of " +
            $"{string.Join(", ", collinear.Select(j => $"'{names[j]}'"))} are collinear with those of the other regressors " +
            "(the excluded instruments do not move every endogenous regressor independently).");
    }
}
