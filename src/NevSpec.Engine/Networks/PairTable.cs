using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Reads a pair table into <see cref="PairCovariates"/>: unordered pairs, numeric columns other than the two ends.
/// A missing end or covariate, or a pair listed twice (in either order), is a <see cref="DataException"/> naming file,
/// column and line; with a node table, so is an end the table does not list. Without one, pairs with a node outside
/// the network are left out, with a note.
/// </summary>
internal static class PairTable
{
    public static PairCovariates Read(PairTablePlan plan, string path, IReadOnlyDictionary<string, int> nodes, NodeTable? nodeTable, List<string> notes)
    {
        var frame = CsvReader.Read(path);
        string file = Path.GetFileName(path);
        var from = frame.GetText(plan.FromColumn);
        var to = frame.GetText(plan.ToColumn);
        var columns = frame.ColumnNames.Where(c => c != plan.FromColumn && c != plan.ToColumn && frame.IsNumeric(c)).ToArray();
        var skipped = frame.ColumnNames.Where(c => c != plan.FromColumn && c != plan.ToColumn && !columns.Contains(c)).ToArray();
        if (skipped.Length > 0)
            notes.Add($"Pair table '{plan.Name}' ({file}): column{(skipped.Length == 1 ? "" : "s")} {string.Join(", ", skipped.Select(c => $"'{c}'"))} not numeric, so not an edge covariate.");
        var values = columns.Select(frame.GetNumeric).ToArray();
        var rows = new Dictionary<(int, int), double[]>();
        var lines = new Dictionary<(int, int), int>();
        int outside = 0, selfPairs = 0;
        for (int r = 0; r < frame.RowCount; r++)
        {
            int line = frame.FileLine(r);
            int? a = End(from[r], plan.FromColumn, line), b = End(to[r], plan.ToColumn, line);
            if (a is null || b is null) { outside++; continue; }
            if (a == b) { selfPairs++; continue; }
            var key = PairCovariates.Key(a.Value, b.Value);
            if (!lines.TryAdd(key, line))
                throw new DataException(
                    $"{file}: line {line}: the pair ('{from[r]}', '{to[r]}') is listed twice (also on line {lines[key]}); a pair table lists each unordered pair once",
                    file, null, line);
            var row = new double[columns.Length];
            for (int c = 0; c < columns.Length; c++)
            {
                if (double.IsNaN(values[c][r]))
                    throw new DataException($"{file}: column '{columns[c]}', line {line}: the value is missing", file, columns[c], line);
                row[c] = values[c][r];
            }
            rows[key] = row;
        }
        if (outside > 0)
            notes.Add($"Pair table '{plan.Name}' ({file}): {outside} row{(outside == 1 ? "" : "s")} with a node outside the network left out.");
        if (selfPairs > 0)
            notes.Add($"Pair table '{plan.Name}' ({file}): {selfPairs} row{(selfPairs == 1 ? "" : "s")} pairing a node with itself left out (no dyad).");
        return new PairCovariates(plan.Name, columns, rows);

        int? End(string? id, string column, int line)
        {
            if (id is null)
                throw new DataException($"{file}: column '{column}', line {line}: the node id is missing", file, column, line);
            if (nodes.TryGetValue(id, out int i)) return i;
            if (nodeTable is not null)
                throw new DataException(
                    $"{file}: column '{column}', line {line}: node '{id}' is not in the node table '{nodeTable.Plan.Name}' ({nodeTable.File})",
                    file, column, line);
            return null;
        }
    }
}
