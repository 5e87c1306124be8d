namespace NevSpec.Engine.Networks;

/// <summary>
/// Edge covariates from a pair table (<c>pairs "city_pairs.csv" { from = city_a; to = city_b }</c>): each numeric
/// column other than the two ends, for unordered pairs of nodes; a pair the table does not list has 0 (as the plan says).
/// Nodes are indices into the network's fixed node order (<see cref="NetworkPeriod.NodeIds"/>), shared by every period.
/// </summary>
public sealed class PairCovariates
{
    private readonly Dictionary<(int, int), double[]> _values;
    private readonly Dictionary<string, int> _columnIndex;

    internal PairCovariates(string name, IReadOnlyList<string> columns, Dictionary<(int, int), double[]> values)
    {
        Name = name;
        Columns = columns.ToArray();
        _columnIndex = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _values = values;
    }

    /// <summary>The pair table's <c>let</c> name.</summary>
    public string Name { get; }

    /// <summary>The covariate columns, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of distinct pairs the table lists (between nodes of the network).</summary>
    public int PairCount => _values.Count;

    /// <summary>True when the table has the column.</summary>
    public bool Has(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The covariate of the unordered pair (i, j); 0 when the table does not list the pair.</summary>
    /// <exception cref="KeyNotFoundException">The column is not a numeric column of the pair table.</exception>
    public double Value(string column, int i, int j)
    {
        if (!_columnIndex.TryGetValue(column, out int c))
            throw new KeyNotFoundException($"Pair table '{Name}' has no numeric column '{column}'; it has: {string.Join(", ", Columns)}.");
        return _values.TryGetValue(Key(i, j), out var row) ? row[c] : 0;
    }

    internal static (int, int) Key(int i, int j) => i < j ? (i, j) : (j, i);
}
