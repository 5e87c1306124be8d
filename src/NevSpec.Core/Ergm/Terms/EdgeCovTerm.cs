namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet <c>edgecov(M)</c> (undirected): g(y) = Σ_{i&lt;j} y_ij M_ij; Δ_ij = M_ij. M is a symmetric n×n matrix of a
/// dyadic covariate (distance, adjacency, a second network) or a function of the pair.
/// </summary>
public sealed class EdgeCovTerm : ErgmTerm
{
    private readonly double[]? _matrix;   // row-major n×n
    private readonly int _n;
    private readonly Func<int, int, double>? _pair;

    /// <summary>Creates the term from a symmetric n×n matrix (checked in <see cref="Validate"/>).</summary>
    public EdgeCovTerm(string attribute, double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (string.IsNullOrWhiteSpace(attribute)) throw new ArgumentException("edgecov needs a covariate name.", nameof(attribute));
        if (matrix.GetLength(0) != matrix.GetLength(1))
            throw new ErgmException($"Term edgecov.{attribute}: the matrix is {matrix.GetLength(0)}×{matrix.GetLength(1)}, it must be square.");
        Attribute = attribute;
        _n = matrix.GetLength(0);
        _matrix = new double[_n * _n];
        for (int i = 0; i < _n; i++) for (int j = 0; j < _n; j++) _matrix[i * _n + j] = matrix[i, j];
    }

    /// <summary>
    /// Creates the term from a function of the pair, always called with i &lt; j. Non-finite values are reported
    /// (naming the dyad) when the estimator builds the dyad design.
    /// </summary>
    public EdgeCovTerm(string attribute, Func<int, int, double> pairValue)
    {
        ArgumentNullException.ThrowIfNull(pairValue);
        if (string.IsNullOrWhiteSpace(attribute)) throw new ArgumentException("edgecov needs a covariate name.", nameof(attribute));
        Attribute = attribute;
        _pair = pairValue;
        _n = -1;
    }

    /// <summary>The covariate name (the label suffix).</summary>
    public string Attribute { get; }
    /// <inheritdoc/>
    public override string Name => "edgecov." + Attribute;
    /// <inheritdoc/>
    public override bool IsDyadIndependent => true;

    /// <inheritdoc/>
    public override double ChangeStatistic(ErgmNetwork network, int i, int j)
    {
        if (_matrix is not null) return _matrix[i * _n + j];
        return i < j ? _pair!(i, j) : _pair!(j, i);
    }

    /// <inheritdoc/>
    public override double Statistic(ErgmNetwork network)
    {
        double s = 0;
        foreach (var (i, j) in network.Edges()) s += ChangeStatistic(network, i, j);
        return s;
    }

    /// <inheritdoc/>
    public override void Validate(int nodeCount)
    {
        if (_matrix is null) return;
        if (_n != nodeCount)
            throw new ErgmException($"Term {Name}: the matrix is {_n}×{_n} but the network has {nodeCount} nodes.");
        for (int i = 0; i < _n; i++)
            for (int j = i + 1; j < _n; j++)
            {
                double a = _matrix[i * _n + j], b = _matrix[j * _n + i];
                if (!double.IsFinite(a) || !double.IsFinite(b))
                    throw new ErgmException($"Term {Name}: dyad ({i}, {j}) has a missing or non-finite value.");
                if (a != b)
                    throw new ErgmException($"Term {Name}: the matrix is not symmetric at ({i}, {j}): {a} vs {b}; an undirected network needs M_ij = M_ji.");
            }
    }
}
