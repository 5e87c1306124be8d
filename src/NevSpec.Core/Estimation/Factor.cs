namespace NevSpec.Core.Estimation;

/// <summary>
/// A categorical variable coded 0..<see cref="Levels"/>−1 per row, −1 for missing. Used for fixed
/// effects and cluster variables.
/// </summary>
public sealed class Factor
{
    private readonly int[] _codes;
    private readonly string[] _labels;

    /// <summary>Variable name (for messages and summaries).</summary>
    public string Name { get; }

    /// <summary>Level code of each row (0..Levels−1; −1 = missing). A copy.</summary>
    public int[] Codes => (int[])_codes.Clone();

    /// <summary>Number of distinct non-missing levels.</summary>
    public int Levels => _labels.Length;

    /// <summary>Number of rows.</summary>
    public int Length => _codes.Length;

    /// <summary>Label of each level, in code order.</summary>
    public IReadOnlyList<string> LevelLabels => _labels;

    /// <summary>
    /// Creates a factor from explicit codes. Codes must be −1 or in 0..labels.Count−1.
    /// </summary>
    public Factor(string name, int[] codes, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(labels);
        Name = name ?? "";
        _labels = labels.ToArray();
        _codes = (int[])codes.Clone();
        for (int i = 0; i < _codes.Length; i++)
            if (_codes[i] < -1 || _codes[i] >= _labels.Length)
                throw new ArgumentException($"Factor '{Name}': code {_codes[i]} at row {i} is outside -1..{_labels.Length - 1}.", nameof(codes));
    }

    private Factor(string name, int[] codes, string[] labels, bool trusted)
    {
        _ = trusted; // codes were built here, skip the range check and the copy
        Name = name;
        _codes = codes;
        _labels = labels;
    }

    /// <summary>Levels are the distinct values in ascending order; NaN is missing (−1).</summary>
    public static Factor FromNumeric(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Where(v => !double.IsNaN(v)).Distinct().ToArray();
        Array.Sort(distinct);
        var index = new Dictionary<double, int>(distinct.Length);
        for (int i = 0; i < distinct.Length; i++) index[distinct[i]] = i;
        var codes = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
            codes[i] = double.IsNaN(values[i]) ? -1 : index[values[i]];
        var labels = distinct.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Factor(name ?? "", codes, labels, trusted: true);
    }

    /// <summary>Levels are the distinct texts in ordinal order; null is missing (−1).</summary>
    public static Factor FromText(string name, string?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var distinct = values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(distinct.Length, StringComparer.Ordinal);
        for (int i = 0; i < distinct.Length; i++) index[distinct[i]] = i;
        var codes = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
            codes[i] = values[i] is null ? -1 : index[values[i]!];
        return new Factor(name ?? "", codes, distinct, trusted: true);
    }

    /// <summary>Code of one row without copying the code array.</summary>
    public int CodeAt(int row) => _codes[row];

    internal ReadOnlySpan<int> CodeSpan => _codes;

    /// <summary>
    /// The factor on a subset of rows, recoded so that only levels present remain (keeping their
    /// order). Rows must not be missing.
    /// </summary>
    internal Factor Restrict(int[] rows)
    {
        var map = new int[_labels.Length];
        Array.Fill(map, -1);
        foreach (int r in rows) map[_codes[r]] = 0;
        var labels = new List<string>();
        for (int l = 0; l < map.Length; l++)
            if (map[l] == 0) { map[l] = labels.Count; labels.Add(_labels[l]); }
        var codes = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++) codes[i] = map[_codes[rows[i]]];
        return new Factor(Name, codes, labels.ToArray(), trusted: true);
    }
}
