namespace NevSpec.Core.Estimation;

/// <summary>
/// A fitted least-squares problem as a covariance estimator sees it: the fixed-effect-demeaned
/// regressors X̃ (with <c>_cons</c> as a column when there are no fixed effects), the residuals,
/// the bread (X̃'X̃)⁻¹, the degrees-of-freedom bookkeeping and the cluster variables on the
/// estimation sample. Built by <see cref="FixedEffectsOls"/>.
/// </summary>
public sealed class CovarianceContext
{
    private readonly double[][] _columns;
    private readonly double[] _residuals;
    private readonly double[,] _bread;

    internal CovarianceContext(double[][] columns, double[] residuals, double[,] bread, int absorbedDf,
        int absorbedDfUnderClustering, IReadOnlyList<Factor> clusters)
    {
        _columns = columns;
        _residuals = residuals;
        _bread = bread;
        AbsorbedDf = absorbedDf;
        AbsorbedDfUnderClustering = absorbedDfUnderClustering;
        Clusters = clusters;
        double rss = 0;
        foreach (double e in residuals) rss += e * e;
        Rss = rss;
    }

    /// <summary>Observations used (N).</summary>
    public int Nobs => _residuals.Length;

    /// <summary>Columns of X̃: the estimated coefficients (slopes, plus <c>_cons</c> without fixed effects).</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Degrees of freedom absorbed by the fixed effects (df_a; 0 without fixed effects).</summary>
    public int AbsorbedDf { get; }

    /// <summary>
    /// The fixed-effect part of K for cluster-robust small-sample factors: df_a of the fixed effects
    /// not nested in a cluster variable, plus 1 if any fixed effect is nested (reghdfe's nested_adj).
    /// </summary>
    public int AbsorbedDfUnderClustering { get; }

    /// <summary>K for iid and HC small-sample factors: <see cref="ColumnCount"/> + <see cref="AbsorbedDf"/>.</summary>
    public int ParameterCount => ColumnCount + AbsorbedDf;

    /// <summary>K for cluster-robust factors: <see cref="ColumnCount"/> + <see cref="AbsorbedDfUnderClustering"/>.</summary>
    public int ParameterCountUnderClustering => ColumnCount + AbsorbedDfUnderClustering;

    /// <summary>Residual sum of squares.</summary>
    public double Rss { get; }

    /// <summary>Cluster variables restricted and recoded to the estimation sample.</summary>
    public IReadOnlyList<Factor> Clusters { get; }

    /// <summary>Column k of X̃.</summary>
    public ReadOnlySpan<double> Column(int k) => _columns[k];

    /// <summary>Residuals e = ỹ − X̃β.</summary>
    public ReadOnlySpan<double> Residuals => _residuals;

    /// <summary>Element (i, j) of the bread (X̃'X̃)⁻¹.</summary>
    public double Bread(int i, int j) => _bread[i, j];

    /// <summary>c · B M B for a symmetric meat M (ColumnCount × ColumnCount).</summary>
    public double[,] Sandwich(double[,] meat, double factor)
    {
        int k = ColumnCount;
        var bm = new double[k, k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double s = 0;
                for (int l = 0; l < k; l++) s += _bread[i, l] * meat[l, j];
                bm[i, j] = s;
            }
        var v = new double[k, k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                double s = 0;
                for (int l = 0; l < k; l++) s += bm[i, l] * _bread[l, j];
                v[i, j] = factor * s;
            }
        // Symmetrise: the two triple products round differently, and consumers expect V = V'.
        for (int i = 0; i < k; i++)
            for (int j = 0; j < i; j++)
                v[i, j] = v[j, i] = 0.5 * (v[i, j] + v[j, i]);
        return v;
    }
}
