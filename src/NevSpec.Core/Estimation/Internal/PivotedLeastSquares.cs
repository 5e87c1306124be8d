namespace NevSpec.Core.Estimation.Internal;

/// <summary>
/// Least squares by Householder QR with LINPACK <c>dqrdc2</c>-style limited pivoting, as R's
/// <c>lm</c>: columns are processed in the given order, and a column whose norm left after the
/// previous reflections is below <c>tolerance</c> times its original norm is declared collinear with
/// the earlier ones and set aside. Earlier columns are therefore kept in preference to later ones.
/// </summary>
internal static class PivotedLeastSquares
{
    public sealed record Solution(int[] Kept, int[] Collinear, double[] Beta, double[,] Bread);

    /// <param name="columns">Columns of X (not modified).</param>
    /// <param name="y">Outcome (not modified).</param>
    /// <param name="tolerance">Relative norm below which a column counts as collinear (R: 1e-7).</param>
    public static Solution Solve(IReadOnlyList<double[]> columns, double[] y, double tolerance)
    {
        int n = y.Length, p = columns.Count;
        var work = columns.Select(c => (double[])c.Clone()).ToArray();
        var qty = (double[])y.Clone();
        var originalNorm = work.Select(c => Norm(c, 0)).ToArray();
        var kept = new List<int>(p);
        var collinear = new List<int>();
        var rDiag = new List<double>();

        for (int j = 0; j < p; j++)
        {
            int r = kept.Count;
            var col = work[j];
            double norm = r < n ? Norm(col, r) : 0;
            if (originalNorm[j] == 0 || norm <= tolerance * originalNorm[j]) { collinear.Add(j); continue; }

            // Householder vector v = col[r..] + sign·‖col[r..]‖·e₁, stored in place; R_rr = −sign·‖·‖.
            double alpha = col[r] >= 0 ? -norm : norm;
            col[r] -= alpha;
            double vtv = 0;
            for (int i = r; i < n; i++) vtv += col[i] * col[i];
            for (int l = j + 1; l < p; l++) Reflect(col, work[l], r, vtv);
            Reflect(col, qty, r, vtv);
            rDiag.Add(alpha);
            kept.Add(j);
        }

        int k = kept.Count;
        // R[a, b] for b ≥ a is work[kept[b]][a] (above the diagonal) or rDiag[a] (on it).
        var rMat = new double[k, k];
        for (int a = 0; a < k; a++)
        {
            rMat[a, a] = rDiag[a];
            for (int b = a + 1; b < k; b++) rMat[a, b] = work[kept[b]][a];
        }
        var beta = new double[k];
        for (int a = k - 1; a >= 0; a--)
        {
            double s = qty[a];
            for (int b = a + 1; b < k; b++) s -= rMat[a, b] * beta[b];
            beta[a] = s / rMat[a, a];
        }
        var rInv = InvertUpper(rMat);
        var bread = new double[k, k];
        for (int a = 0; a < k; a++)
            for (int b = a; b < k; b++)
            {
                double s = 0;
                for (int l = Math.Max(a, b); l < k; l++) s += rInv[a, l] * rInv[b, l];
                bread[a, b] = bread[b, a] = s;
            }
        return new Solution(kept.ToArray(), collinear.ToArray(), beta, bread);
    }

    // target ← (I − 2vv'/v'v) target on rows r..n−1.
    private static void Reflect(double[] v, double[] target, int r, double vtv)
    {
        double dot = 0;
        for (int i = r; i < v.Length; i++) dot += v[i] * target[i];
        double f = 2 * dot / vtv;
        for (int i = r; i < v.Length; i++) target[i] -= f * v[i];
    }

    private static double[,] InvertUpper(double[,] r)
    {
        int k = r.GetLength(0);
        var inv = new double[k, k];
        for (int j = 0; j < k; j++)
        {
            inv[j, j] = 1 / r[j, j];
            for (int i = j - 1; i >= 0; i--)
            {
                double s = 0;
                for (int l = i + 1; l <= j; l++) s += r[i, l] * inv[l, j];
                inv[i, j] = -s / r[i, i];
            }
        }
        return inv;
    }

    // Two-norm of x[from..]; rescales only when the plain sum of squares under- or overflows.
    private static double Norm(double[] x, int from)
    {
        double s = 0;
        for (int i = from; i < x.Length; i++) s += x[i] * x[i];
        if (s > 1e-280 && s < 1e280) return Math.Sqrt(s);
        double scale = 0;
        for (int i = from; i < x.Length; i++) scale = Math.Max(scale, Math.Abs(x[i]));
        if (scale == 0) return 0;
        s = 0;
        for (int i = from; i < x.Length; i++) { double t = x[i] / scale; s += t * t; }
        return scale * Math.Sqrt(s);
    }
}
