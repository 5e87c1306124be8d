namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// Cholesky factorisation and triangular solves for the small (a few rows) symmetric matrices of a
/// threshold search, stored row-major in spans. A pivot at or below <c>tolerance·scale</c> marks its
/// column as carrying no variation of its own: the column of L is set to zero and the solves skip it,
/// which is least squares with that column left out.
/// </summary>
internal static class SmallCholesky
{
    /// <summary>
    /// Factorises the lower triangle of <paramref name="a"/> (n×n) into <paramref name="l"/>; returns
    /// false when some pivot is degenerate (the factor is still usable, with that column skipped).
    /// </summary>
    public static bool Factor(ReadOnlySpan<double> a, Span<double> l, int n, ReadOnlySpan<double> scale, double tolerance)
    {
        bool full = true;
        for (int r = 0; r < n; r++)
            for (int s = 0; s <= r; s++)
            {
                double v = a[r * n + s];
                for (int t = 0; t < s; t++) v -= l[r * n + t] * l[s * n + t];
                if (r == s)
                {
                    if (v > tolerance * scale[r]) l[r * n + r] = Math.Sqrt(v);
                    else { l[r * n + r] = 0; full = false; }
                }
                else l[r * n + s] = l[s * n + s] == 0 ? 0 : v / l[s * n + s];
            }
        return full;
    }

    /// <summary>Solves L x = b in place for one right-hand side (skipped columns give 0).</summary>
    public static void ForwardSolve(ReadOnlySpan<double> l, Span<double> b, int n)
    {
        for (int r = 0; r < n; r++)
        {
            double v = b[r];
            for (int t = 0; t < r; t++) v -= l[r * n + t] * b[t];
            b[r] = l[r * n + r] == 0 ? 0 : v / l[r * n + r];
        }
    }

    /// <summary>Solves L X = B in place for B (n × columns, row-major).</summary>
    public static void ForwardSolve(ReadOnlySpan<double> l, Span<double> b, int n, int columns)
    {
        for (int r = 0; r < n; r++)
        {
            double pivot = l[r * n + r];
            for (int c = 0; c < columns; c++)
            {
                double v = b[r * columns + c];
                for (int t = 0; t < r; t++) v -= l[r * n + t] * b[t * columns + c];
                b[r * columns + c] = pivot == 0 ? 0 : v / pivot;
            }
        }
    }
}
