namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// How far one can walk from a point inside the convex hull of a sample along a direction before leaving the
/// hull: t* = max { t ≥ 0 : origin + t·direction ∈ conv(points) }, by a two-phase dense simplex (Bland's rule)
/// on the variables (λ_1 … λ_S, t) ≥ 0 with Σ λ_s x_s − t·direction = origin and Σ λ_s = 1.
/// </summary>
/// <remarks>
/// This is the step length of Hummel, Hunter and Handcock (2012, J. Comput. Graph. Stat. 21(4)) in one linear
/// program instead of their bisection of hull-membership tests. Coordinates are scaled by their sample standard
/// deviation first (hull membership is invariant to it, the pivot tolerance is not).
/// </remarks>
internal static class ConvexHullRay
{
    private const double Eps = 1e-9;

    /// <summary>t* for the row-major S×p <paramref name="points"/>; +∞ when direction is 0.</summary>
    public static double MaxStep(double[] points, int p, double[] origin, double[] direction, double[] scale)
    {
        if (direction.All(v => v == 0)) return double.PositiveInfinity;
        int s = points.Length / p;
        int m = p + 1, nv = s + 1, cols = nv + m;   // λ_1..λ_S, t, artificials
        var t = new double[m + 1, cols + 1];
        for (int r = 0; r < p; r++)
        {
            double sc = scale[r] > 0 ? 1 / scale[r] : 1;
            for (int c = 0; c < s; c++) t[r, c] = points[c * p + r] * sc;
            t[r, s] = -direction[r] * sc;
            t[r, cols] = origin[r] * sc;
        }
        for (int c = 0; c < s; c++) t[p, c] = 1;
        t[p, cols] = 1;
        var basis = new int[m];
        for (int r = 0; r < m; r++)
        {
            if (t[r, cols] < 0) for (int c = 0; c <= cols; c++) t[r, c] = -t[r, c];
            t[r, nv + r] = 1;
            basis[r] = nv + r;
        }
        // Phase 1: minimise the sum of the artificials.
        for (int c = 0; c <= cols; c++)
        {
            if (c >= nv && c < cols) continue;
            double sum = 0;
            for (int r = 0; r < m; r++) sum += t[r, c];
            t[m, c] = -sum;
        }
        if (!Optimise(t, basis, m, cols, nv)) return double.NaN;
        if (-t[m, cols] > 1e-7) return double.NaN;   // infeasible: the origin is not in the hull (cannot happen for the mean)
        // Drive zero-level artificials out of the basis where possible.
        for (int r = 0; r < m; r++)
        {
            if (basis[r] < nv) continue;
            for (int c = 0; c < nv; c++)
                if (Math.Abs(t[r, c]) > Eps) { Pivot(t, basis, m, cols, r, c); break; }
        }
        // Phase 2: minimise −t (the variable in column s).
        for (int c = 0; c <= cols; c++) t[m, c] = 0;
        t[m, s] = -1;
        for (int r = 0; r < m; r++)
            if (basis[r] == s) for (int c = 0; c <= cols; c++) t[m, c] += t[r, c];
        if (!Optimise(t, basis, m, cols, nv)) return double.PositiveInfinity;
        for (int r = 0; r < m; r++) if (basis[r] == s) return t[r, cols];
        return 0;
    }

    /// <summary>Simplex iterations on the tableau (columns ≥ <paramref name="enterLimit"/> never enter); false if unbounded.</summary>
    private static bool Optimise(double[,] t, int[] basis, int m, int cols, int enterLimit)
    {
        for (int iter = 0; iter < 50_000; iter++)
        {
            int enter = -1;
            for (int c = 0; c < enterLimit; c++) if (t[m, c] < -Eps) { enter = c; break; }   // Bland: lowest index
            if (enter < 0) return true;
            int leave = -1;
            double best = double.PositiveInfinity;
            for (int r = 0; r < m; r++)
            {
                if (t[r, enter] <= Eps) continue;
                double ratio = t[r, cols] / t[r, enter];
                if (ratio < best - 1e-12 || (Math.Abs(ratio - best) <= 1e-12 && leave >= 0 && basis[r] < basis[leave])) { best = ratio; leave = r; }
            }
            if (leave < 0) return false;
            Pivot(t, basis, m, cols, leave, enter);
        }
        return true;
    }

    private static void Pivot(double[,] t, int[] basis, int m, int cols, int row, int col)
    {
        double pv = t[row, col];
        for (int c = 0; c <= cols; c++) t[row, c] /= pv;
        for (int r = 0; r <= m; r++)
        {
            if (r == row) continue;
            double f = t[r, col];
            if (f == 0) continue;
            for (int c = 0; c <= cols; c++) t[r, c] -= f * t[row, c];
        }
        basis[row] = col;
    }
}
