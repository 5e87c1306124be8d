using System.Collections.Concurrent;
using System.Globalization;

namespace NevSpec.Core.Data;

/// <summary>
/// An immutable table of raw cell text read from a file. Cells are kept as text so that a column is
/// only parsed as numbers when a model uses it; every row remembers the file line it came from, so
/// error messages can point into the file even after rows were selected.
/// </summary>
public sealed class DataFrame
{
    private readonly string[] _columnNames;
    private readonly Dictionary<string, int> _columnIndex;
    private readonly string?[][] _cells; // [column][row], null = missing
    private readonly int[] _fileLines;
    // Parsing is deterministic, so caching it does not break immutability as seen from outside.
    private readonly ConcurrentDictionary<int, ParsedColumn> _parsed = new();

    /// <summary>Path of the file the data came from (for messages).</summary>
    public string SourcePath { get; }

    /// <summary>Number of data rows (the header is not a row).</summary>
    public int RowCount => _fileLines.Length;

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> ColumnNames => _columnNames;

    /// <summary>
    /// Creates a frame from column-major cells. <paramref name="fileLines"/> gives the 1-based file
    /// line of each row. The arrays are copied.
    /// </summary>
    public DataFrame(string sourcePath, IReadOnlyList<string> columnNames, IReadOnlyList<string?[]> columns, IReadOnlyList<int> fileLines)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(fileLines);
        if (columnNames.Count != columns.Count)
            throw new ArgumentException($"Got {columnNames.Count} column names but {columns.Count} columns.", nameof(columns));
        SourcePath = sourcePath ?? "";
        _columnNames = columnNames.ToArray();
        _fileLines = fileLines.ToArray();
        _cells = new string?[columns.Count][];
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < columns.Count; c++)
        {
            if (columns[c].Length != _fileLines.Length)
                throw new ArgumentException($"Column '{_columnNames[c]}' has {columns[c].Length} cells, expected {_fileLines.Length}.", nameof(columns));
            if (!_columnIndex.TryAdd(_columnNames[c], c))
                throw new ArgumentException($"Duplicate column name '{_columnNames[c]}'.", nameof(columnNames));
            _cells[c] = (string?[])columns[c].Clone();
        }
    }

    private DataFrame(string sourcePath, string[] names, Dictionary<string, int> index, string?[][] cells, int[] lines)
    {
        SourcePath = sourcePath;
        _columnNames = names;
        _columnIndex = index;
        _cells = cells;
        _fileLines = lines;
    }

    private string FileName => Path.GetFileName(SourcePath);

    /// <summary>True when the frame has a column with exactly this (case-sensitive) name.</summary>
    public bool HasColumn(string name) => name is not null && _columnIndex.ContainsKey(name);

    /// <summary>True when every non-missing cell of the column parses as an invariant-culture double.</summary>
    public bool IsNumeric(string column) => Parse(column).BadRow < 0;

    /// <summary>
    /// The column as doubles, missing cells as NaN. Throws <see cref="DataException"/> naming the
    /// file, column, file line and cell text at the first cell that is not a number.
    /// </summary>
    public double[] GetNumeric(string column)
    {
        var parsed = Parse(column);
        if (parsed.BadRow >= 0)
        {
            int line = _fileLines[parsed.BadRow];
            string text = _cells[_columnIndex[column]][parsed.BadRow]!;
            throw new DataException($"{FileName}: column '{column}', line {line}: '{text}' is not a number",
                FileName, column, line);
        }
        return (double[])parsed.Values.Clone();
    }

    /// <summary>The raw cell text of the column; missing cells are null.</summary>
    public string?[] GetText(string column) => (string?[])_cells[IndexOf(column)].Clone();

    /// <summary>The 1-based line in the source file that row <paramref name="row"/> came from.</summary>
    public int FileLine(int row)
    {
        if ((uint)row >= (uint)_fileLines.Length)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Row must be in 0..{_fileLines.Length - 1}.");
        return _fileLines[row];
    }

    /// <summary>
    /// A new frame with the given rows (0-based, in the given order, repeats allowed). Rows keep
    /// their original file lines, so later messages still point to the right place in the file.
    /// </summary>
    public DataFrame SelectRows(IReadOnlyList<int> rowIndices)
    {
        ArgumentNullException.ThrowIfNull(rowIndices);
        int n = rowIndices.Count;
        var lines = new int[n];
        for (int r = 0; r < n; r++)
        {
            int src = rowIndices[r];
            if ((uint)src >= (uint)_fileLines.Length)
                throw new ArgumentOutOfRangeException(nameof(rowIndices), src, $"Row index must be in 0..{_fileLines.Length - 1}.");
            lines[r] = _fileLines[src];
        }
        var cells = new string?[_cells.Length][];
        for (int c = 0; c < _cells.Length; c++)
        {
            var col = new string?[n];
            var srcCol = _cells[c];
            for (int r = 0; r < n; r++) col[r] = srcCol[rowIndices[r]];
            cells[c] = col;
        }
        return new DataFrame(SourcePath, _columnNames, _columnIndex, cells, lines);
    }

    /// <summary>
    /// A new frame with a numeric column added (or replaced, when the name exists), e.g. a derived
    /// variable. NaN becomes a missing cell; the numbers are kept exactly (text uses round-trip format).
    /// </summary>
    public DataFrame WithColumn(string name, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = values.Select(v => double.IsNaN(v) ? null : v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        var frame = WithColumn(name, text);
        frame._parsed[frame._columnIndex[name]] = new ParsedColumn((double[])values.Clone(), -1);
        return frame;
    }

    /// <summary>A new frame with a text column added (or replaced, when the name exists); null is missing.</summary>
    public DataFrame WithColumn(string name, string?[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != RowCount)
            throw new ArgumentException($"Column '{name}' has {values.Length} values but the frame has {RowCount} rows.", nameof(values));
        var cells = (string?[][])_cells.Clone();
        var names = _columnNames;
        var index = _columnIndex;
        if (!index.TryGetValue(name, out int c))
        {
            c = names.Length;
            names = [.. names, name];
            index = new Dictionary<string, int>(index, StringComparer.Ordinal) { [name] = c };
            cells = [.. cells, null!];
        }
        cells[c] = (string?[])values.Clone();
        return new DataFrame(SourcePath, names, index, cells, _fileLines);
    }

    private int IndexOf(string column)
    {
        if (column is not null && _columnIndex.TryGetValue(column, out int c)) return c;
        throw new DataException(
            $"{FileName}: unknown column '{column}'; available columns: {string.Join(", ", _columnNames)}",
            FileName, column);
    }

    private ParsedColumn Parse(string column)
    {
        int c = IndexOf(column);
        return _parsed.GetOrAdd(c, static (ci, cells) => ParsedColumn.From(cells[ci]), _cells);
    }

    private sealed record ParsedColumn(double[] Values, int BadRow)
    {
        public static ParsedColumn From(string?[] cells)
        {
            var values = new double[cells.Length];
            int bad = -1;
            for (int r = 0; r < cells.Length; r++)
            {
                string? s = cells[r];
                if (s is null) { values[r] = double.NaN; continue; }
                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) values[r] = v;
                else { values[r] = double.NaN; if (bad < 0) bad = r; }
            }
            return new ParsedColumn(values, bad);
        }
    }
}
