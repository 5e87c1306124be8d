namespace NevSpec.Core.Estimation;

/// <summary>
/// What a covariance estimator returns: the covariance of the coefficients (in
/// <see cref="CovarianceContext"/> column order), the degrees of freedom for t, p, CI and F, and notes.
/// </summary>
public sealed class CovarianceEstimate
{
    private readonly double[,] _matrix;

    public CovarianceEstimate(double[,] matrix, int residualDf, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _matrix = (double[,])matrix.Clone();
        ResidualDf = residualDf;
        Notes = notes?.ToArray() ?? [];
    }

    /// <summary>Element (i, j) of the covariance matrix.</summary>
    public double this[int i, int j] => _matrix[i, j];

    /// <summary>Number of rows (= columns) of the matrix.</summary>
    public int Size => _matrix.GetLength(0);

    /// <summary>Degrees of freedom for t, p, confidence intervals and the F denominator.</summary>
    public int ResidualDf { get; }

    /// <summary>Human-readable remarks (e.g. a covariance that is not positive semi-definite).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A copy of the matrix.</summary>
    public double[,] ToArray() => (double[,])_matrix.Clone();
}
