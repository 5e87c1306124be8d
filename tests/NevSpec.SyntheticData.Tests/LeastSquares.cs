namespace NevSpec.SyntheticData.Tests;

/// <summary>
/// Minimal dense least squares for the DGP sanity checks: explicit province and year dummies on a balanced
/// panel, normal equations solved by Gaussian elimination with partial pivoting, CR1 province-clustered
/// standard errors (province dummies are nested in the clusters and not counted in K), and 2SLS.
/// Deliberately independent of NevSpec.Core so that it checks the data, not the product.
/// </summary>
public static class LeastSquares
{
    public sealed record Fit(double[] Beta, double[] ClusterSe, double Ssr, double R2, int N, int K);

    /// <summary>Builds [regressors | province dummies | year dummies except the first year].</summary>
    public static double[][] TwoWayDesign(IReadOnlyList<double[]> regressors, IReadOnlyList<string> province, IReadOnlyList<int> year)
    {
        int n = province.Count;
        var provs = province.Distinct().ToArray();
        var years = year.Distinct().OrderBy(y => y).ToArray();
        int k = regressors.Count + provs.Length + years.Length - 1;
        var x = new double[n][];
        for (int r = 0; r < n; r++)
        {
            var row = new double[k];
            for (int j = 0; j < regressors.Count; j++) row[j] = regressors[j][r];
            row[regressors.Count + Array.IndexOf(provs, province[r])] = 1.0;
            int yi = Array.IndexOf(years, year[r]);
            if (yi > 0) row[regressors.Count + provs.Length + yi - 1] = 1.0;
            x[r] = row;
        }
        return x;
    }

    /// <summary>OLS of y on x; clustered SEs by <paramref name="cluster"/>; <paramref name="nestedColumns"/> absorbed-FE columns not counted in K.</summary>
    public static Fit Ols(double[] y, double[][] x, IReadOnlyList<string> cluster, int nestedColumns)
    {
        int n = y.Length, k = x[0].Length;
        var xtx = new double[k, k];
        var xty = new double[k];
        for (int r = 0; r < n; r++)
        {
            var row = x[r];
            for (int a = 0; a < k; a++)
            {
                if (row[a] == 0) continue;
                xty[a] += row[a] * y[r];
                for (int b = 0; b < k; b++) xtx[a, b] += row[a] * row[b];
            }
        }
        var inv = Invert(xtx);
        var beta = new double[k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++) beta[a] += inv[a, b] * xty[b];

        var resid = new double[n];
        double ssr = 0, mean = y.Average(), sst = 0;
        for (int r = 0; r < n; r++)
        {
            double fit = 0;
            for (int a = 0; a < k; a++) fit += x[r][a] * beta[a];
            resid[r] = y[r] - fit;
            ssr += resid[r] * resid[r];
            sst += (y[r] - mean) * (y[r] - mean);
        }

        // CR1 sandwich.
        var meat = new double[k, k];
        foreach (var g in Enumerable.Range(0, n).GroupBy(r => cluster[r]))
        {
            var s = new double[k];
            foreach (int r in g)
                for (int a = 0; a < k; a++) s[a] += x[r][a] * resid[r];
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) meat[a, b] += s[a] * s[b];
        }
        int groups = cluster.Distinct().Count();
        int kEff = k - nestedColumns;
        double c = groups / (groups - 1.0) * (n - 1.0) / (n - kEff);
        var se = new double[k];
        for (int a = 0; a < k; a++)
        {
            double v = 0;
            for (int b = 0; b < k; b++)
                for (int d = 0; d < k; d++) v += inv[a, b] * meat[b, d] * inv[d, a];
            se[a] = Math.Sqrt(c * v);
        }
        return new Fit(beta, se, ssr, 1 - ssr / sst, n, kEff);
    }

    /// <summary>Two-way FE OLS of <paramref name="y"/> on <paramref name="regressors"/>, clustered by province.</summary>
    public static Fit TwoWay(double[] y, IReadOnlyList<double[]> regressors, IReadOnlyList<string> province, IReadOnlyList<int> year)
    {
        var x = TwoWayDesign(regressors, province, year);
        return Ols(y, x, province, province.Distinct().Count());
    }

    /// <summary>
    /// Two-way FE 2SLS of y on [endogenous | exogenous] with one instrument; returns the second-stage
    /// coefficients (first the endogenous one) and the first-stage fit.
    /// </summary>
    public static (double[] Beta, Fit FirstStage) TwoWayIv(
        double[] y, double[] endogenous, double[] instrument, IReadOnlyList<double[]> exogenous,
        IReadOnlyList<string> province, IReadOnlyList<int> year)
    {
        var first = TwoWay(endogenous, [instrument, .. exogenous], province, year);
        var x1 = TwoWayDesign([instrument, .. exogenous], province, year);
        var fitted = x1.Select(row => row.Zip(first.Beta, (a, b) => a * b).Sum()).ToArray();
        var second = TwoWay(y, [fitted, .. exogenous], province, year);
        return (second.Beta, first);
    }

    /// <summary>Inverts a symmetric positive-definite matrix by Gauss–Jordan elimination with partial pivoting.</summary>
    public static double[,] Invert(double[,] m)
    {
        int k = m.GetLength(0);
        var a = (double[,])m.Clone();
        var inv = new double[k, k];
        for (int i = 0; i < k; i++) inv[i, i] = 1;
        for (int col = 0; col < k; col++)
        {
            int piv = col;
            for (int r = col + 1; r < k; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[piv, col])) piv = r;
            if (Math.Abs(a[piv, col]) < 1e-12) throw new InvalidOperationException("Singular design.");
            if (piv != col)
                for (int j = 0; j < k; j++)
                {
                    (a[col, j], a[piv, j]) = (a[piv, j], a[col, j]);
                    (inv[col, j], inv[piv, j]) = (inv[piv, j], inv[col, j]);
                }
            double d = a[col, col];
            for (int j = 0; j < k; j++) { a[col, j] /= d; inv[col, j] /= d; }
            for (int r = 0; r < k; r++)
            {
                if (r == col || a[r, col] == 0) continue;
                double f = a[r, col];
                for (int j = 0; j < k; j++) { a[r, j] -= f * a[col, j]; inv[r, j] -= f * inv[col, j]; }
            }
        }
        return inv;
    }
}

public static class LeastSquaresExtras
{
    /// <summary>Row <paramref name="col"/> of (X'X)⁻¹X': the weights with which OLS turns y into that coefficient.</summary>
    public static double[] CoefficientWeights(double[][] x, int col)
    {
        int n = x.Length, k = x[0].Length;
        var xtx = new double[k, k];
        foreach (var row in x)
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) xtx[a, b] += row[a] * row[b];
        var inv = LeastSquares.Invert(xtx);
        var w = new double[n];
        for (int r = 0; r < n; r++)
            for (int b = 0; b < k; b++) w[r] += inv[col, b] * x[r][b];
        return w;
    }
}
