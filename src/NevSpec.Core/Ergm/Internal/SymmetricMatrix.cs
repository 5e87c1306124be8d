namespace NevSpec.Core.Ergm.Internal;

/// <summary>Small dense symmetric positive-definite linear algebra (p ≤ a few dozen): Cholesky solve and inverse.</summary>
internal static class SymmetricMatrix
{
    /// <summary>Lower Cholesky factor of <paramref name="a"/>, or null when a pivot is not positive.</summary>
    public static double[,]? Cholesky(double[,] a)
    {
        int p = a.GetLength(0);
        var l = new double[p, p];
        for (int i = 0; i < p; i++)
            for (int j = 0; j <= i; j++)
            {
                double s = a[i, j];
                for (int k = 0; k < j; k++) s -= l[i, k] * l[j, k];
                if (i == j)
                {
                    if (!(s > 0)) return null;
                    l[i, i] = Math.Sqrt(s);
                }
                else l[i, j] = s / l[j, j];
            }
        return l;
    }

    public static double[] Solve(double[,] l, double[] b)
    {
        int p = b.Length;
        var z = new double[p];
        for (int i = 0; i < p; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i, k] * z[k];
            z[i] = s / l[i, i];
        }
        var x = new double[p];
        for (int i = p - 1; i >= 0; i--)
        {
            double s = z[i];
            for (int k = i + 1; k < p; k++) s -= l[k, i] * x[k];
            x[i] = s / l[i, i];
        }
        return x;
    }

    public static double[,] Inverse(double[,] l)
    {
        int p = l.GetLength(0);
        var inv = new double[p, p];
        var e = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            var col = Solve(l, e);
            for (int r = 0; r < p; r++) inv[r, c] = col[r];
        }
        for (int r = 0; r < p; r++)          // symmetrise the rounding
            for (int c = 0; c < r; c++) inv[r, c] = inv[c, r] = 0.5 * (inv[r, c] + inv[c, r]);
        return inv;
    }

    /// <summary>A·B·A for symmetric p×p matrices.</summary>
    public static double[,] Sandwich(double[,] a, double[,] b)
    {
        int p = a.GetLength(0);
        var ab = new double[p, p];
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) { double s = 0; for (int k = 0; k < p; k++) s += a[i, k] * b[k, j]; ab[i, j] = s; }
        var r = new double[p, p];
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) { double s = 0; for (int k = 0; k < p; k++) s += ab[i, k] * a[k, j]; r[i, j] = s; }
        return r;
    }
}
