namespace NevSpec.Core.Estimation;

/// <summary>
/// The named terms of an estimate and their covariance matrix, stored once and never exposed mutably;
/// shared by <see cref="RegressionResult"/> and the IV result so both look terms up the same way.
/// </summary>
public sealed class TermCovariance
{
    private readonly double[,] _covariance;
    private readonly string[] _terms;

    /// <summary>Copies <paramref name="covariance"/>, which must be square with one row per term.</summary>
    public TermCovariance(IReadOnlyList<string> terms, double[,] covariance)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(covariance);
        if (covariance.GetLength(0) != terms.Count || covariance.GetLength(1) != terms.Count)
            throw new ArgumentException($"Covariance is {covariance.GetLength(0)}×{covariance.GetLength(1)} but there are {terms.Count} terms.", nameof(covariance));
        _terms = terms.ToArray();
        _covariance = (double[,])covariance.Clone();
    }

    public IReadOnlyList<string> Terms => _terms;

    public double this[int i, int j] => _covariance[i, j];

    public double this[string termA, string termB] => _covariance[IndexOf(termA), IndexOf(termB)];

    /// <summary>A copy of the matrix.</summary>
    public double[,] ToArray() => (double[,])_covariance.Clone();

    /// <summary>The position of <paramref name="term"/>; an unknown term names the terms there are.</summary>
    public int IndexOf(string term)
    {
        int i = Array.IndexOf(_terms, term);
        if (i < 0) throw new KeyNotFoundException($"No term '{term}'; the terms are: {string.Join(", ", _terms)}.");
        return i;
    }
}
