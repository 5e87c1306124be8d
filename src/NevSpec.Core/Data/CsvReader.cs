using System.Text;

namespace NevSpec.Core.Data;

/// <summary>
/// Reads comma-separated files into a <see cref="DataFrame"/>: RFC 4180 quoting (quoted cells may
/// hold commas, doubled quotes and line breaks), UTF-8 with or without BOM, <c>\n</c> or <c>\r\n</c>.
/// </summary>
/// <remarks>
/// Missing cells are the empty cell, <c>NA</c> and <c>.</c> (Stata's missing). Unquoted cells and
/// header names are trimmed of surrounding blanks; quoted cells are kept exactly. Completely empty
/// lines are skipped. Every problem is a <see cref="DataException"/> naming the file and line.
/// </remarks>
public static class CsvReader
{
    /// <summary>Reads the whole file.</summary>
    public static DataFrame Read(string path)
    {
        using var reader = Open(path);
        string file = Path.GetFileName(path);
        var tokenizer = new CsvTokenizer(reader, file);
        var header = ReadHeaderRecord(tokenizer, file);

        int width = header.Count;
        var columns = new List<string?>[width];
        for (int c = 0; c < width; c++) columns[c] = new List<string?>();
        var lines = new List<int>();
        while (tokenizer.ReadRecord() is { } record)
        {
            if (record.Cells.Count != width)
                throw new DataException(
                    $"{file}: line {record.Line}: expected {width} cells (as in the header) but found {record.Cells.Count}",
                    file, null, record.Line);
            for (int c = 0; c < width; c++) columns[c].Add(ToCell(record.Cells[c]));
            lines.Add(record.Line);
        }
        return new DataFrame(path, header, columns.Select(c => c.ToArray()).ToArray(), lines);
    }

    /// <summary>Reads only the header line (cheap; used to check column names against a spec).</summary>
    public static IReadOnlyList<string> ReadHeader(string path)
    {
        using var reader = Open(path);
        string file = Path.GetFileName(path);
        return ReadHeaderRecord(new CsvTokenizer(reader, file), file);
    }

    private static StreamReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new DataException($"File not found: '{path}'", path);
        try
        {
            // detectEncodingFromByteOrderMarks strips a UTF-8 BOM so it does not end up in the first name.
            return new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataException($"Cannot open '{path}': {ex.Message}", path, inner: ex);
        }
    }

    private static List<string> ReadHeaderRecord(CsvTokenizer tokenizer, string file)
    {
        var record = tokenizer.ReadRecord()
            ?? throw new DataException($"{file}: the file is empty; expected a header line", file, null, 1);
        var names = new List<string>(record.Cells.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < record.Cells.Count; c++)
        {
            string name = record.Cells[c].Text.Trim();
            if (name.Length == 0)
                throw new DataException($"{file}: line {record.Line}: column {c + 1} of the header has an empty name",
                    file, null, record.Line);
            if (!seen.TryAdd(name, c))
                throw new DataException(
                    $"{file}: line {record.Line}: duplicate column name '{name}' (columns {seen[name] + 1} and {c + 1})",
                    file, name, record.Line);
            names.Add(name);
        }
        return names;
    }

    private static string? ToCell(CsvTokenizer.Cell cell)
    {
        string text = cell.Quoted ? cell.Text : cell.Text.Trim();
        string probe = cell.Quoted ? text.Trim() : text;
        return probe.Length == 0 || probe == "NA" || probe == "." ? null : text;
    }
}
