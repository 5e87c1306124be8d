namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// The pseudo-likelihood design: one row per dyad i &lt; j (row order i = 0, 1, …; j = i+1, …) with the change
/// statistics Δ_ij g computed on the observed network and the response y_ij. For a dyad-independent model this
/// is an ordinary logistic-regression design whose likelihood is the ERGM likelihood.
/// </summary>
internal sealed class DyadDesign
{
    private DyadDesign(double[] x, byte[] y, int rows, int columns, string[] names)
    {
        X = x; Y = y; Rows = rows; Columns = columns; Names = names;
    }

    /// <summary>Row-major Rows × Columns change statistics.</summary>
    public double[] X { get; }
    public byte[] Y { get; }
    public int Rows { get; }
    public int Columns { get; }
    public string[] Names { get; }

    /// <exception cref="ErgmException">A non-finite change statistic (names the term and the dyad) or a too large network.</exception>
    public static DyadDesign Build(ErgmModel model, ErgmNetwork network)
    {
        long dyads = network.DyadCount;
        int p = model.Count;
        if (dyads * p > int.MaxValue / 2)
            throw new ErgmException($"The pseudo-likelihood design has {dyads} dyads × {p} terms, too large for one array; fit a smaller network.");
        int rows = (int)dyads, n = network.NodeCount;
        var x = new double[rows * p];
        var y = new byte[rows];
        var delta = new double[p];
        int r = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++, r++)
            {
                model.ChangeStatistics(network, i, j, delta);
                for (int k = 0; k < p; k++)
                {
                    if (!double.IsFinite(delta[k]))
                        throw new ErgmException($"Term {model.Names[k]}: the change statistic of dyad ({network.NodeIds[i]}, {network.NodeIds[j]}) is {delta[k]}; covariates must be finite for every dyad.");
                    x[r * p + k] = delta[k];
                }
                y[r] = network.HasEdge(i, j) ? (byte)1 : (byte)0;
            }
        return new DyadDesign(x, y, rows, p, model.Names);
    }

    /// <summary>The design restricted to <paramref name="columns"/> (in that order).</summary>
    public DyadDesign Select(int[] columns)
    {
        var x = new double[Rows * columns.Length];
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < columns.Length; c++) x[r * columns.Length + c] = X[r * Columns + columns[c]];
        return new DyadDesign(x, Y, Rows, columns.Length, columns.Select(c => Names[c]).ToArray());
    }

    /// <summary>
    /// Throws when a column is zero for every dyad or is a linear combination of the columns before it
    /// (sequential Cholesky of the unit-diagonal cross-product matrix; pivot ≤ 1e-10 is "collinear").
    /// </summary>
    public void CheckIdentifiable()
    {
        int p = Columns;
        var g = new double[p, p];
        for (int r = 0; r < Rows; r++)
        {
            int o = r * p;
            for (int a = 0; a < p; a++)
            {
                double xa = X[o + a];
                if (xa == 0) continue;
                for (int b = 0; b <= a; b++) g[a, b] += xa * X[o + b];
            }
        }
        var scale = new double[p];
        for (int a = 0; a < p; a++)
        {
            if (g[a, a] == 0) throw new ErgmException($"Term {Names[a]}: its change statistic is 0 for every dyad, so its coefficient cannot be estimated; drop the term.");
            scale[a] = 1 / Math.Sqrt(g[a, a]);
        }
        var l = new double[p, p];
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double s = g[a, b] * scale[a] * scale[b];
                for (int c = 0; c < b; c++) s -= l[a, c] * l[b, c];
                if (b < a) { l[a, b] = s / l[b, b]; continue; }
                if (s <= 1e-10)
                    throw new ErgmException($"Term {Names[a]}: its change statistic is a linear combination of those of {string.Join(", ", Names.Take(a))} over all dyads, so the model is not identifiable; drop one of them.");
                l[a, a] = Math.Sqrt(s);
            }
        }
    }
}
