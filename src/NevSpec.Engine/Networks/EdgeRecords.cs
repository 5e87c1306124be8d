using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>One checked record of an edge file.</summary>
internal readonly record struct EdgeRecord(string From, string To, double Weight, int? Time, int Line);

/// <summary>
/// Reads and checks the records of a network's edge file. Every problem is a <see cref="DataException"/> naming the
/// file, the column, the file line and the value: a missing end, a missing, non-numeric, zero or negative weight, a
/// missing or non-integer time, and (with a node table) an end the node table does not list.
/// </summary>
internal static class EdgeRecords
{
    public static (string File, IReadOnlyList<EdgeRecord> Records) Read(NetworkPlan network, string path, NodeTable? nodes)
    {
        var frame = CsvReader.Read(path);
        string file = Path.GetFileName(path);
        var from = frame.GetText(network.FromColumn);
        var to = frame.GetText(network.ToColumn);
        var weight = network.WeightColumn is { } w ? frame.GetNumeric(w) : null;
        var time = network.TimeColumn is { } t ? frame.GetNumeric(t) : null;
        if (network.Periods.Count > 0 && time is null)
            throw new DataException($"Network '{network.Name}' is cut into periods but names no time column of {file}", file);

        var records = new List<EdgeRecord>(frame.RowCount);
        for (int r = 0; r < frame.RowCount; r++)
        {
            int line = frame.FileLine(r);
            string a = End(from[r], network.FromColumn), b = End(to[r], network.ToColumn);
            double value = 1;
            if (weight is not null)
            {
                value = weight[r];
                if (double.IsNaN(value))
                    throw new DataException($"{file}: column '{network.WeightColumn}', line {line}: the weight is missing", file, network.WeightColumn, line);
                if (!(value > 0) || double.IsInfinity(value))
                    throw new DataException(
                        $"{file}: column '{network.WeightColumn}', line {line}: weight {Format(value)} is not positive; edge weights must be > 0",
                        file, network.WeightColumn, line);
            }
            int? year = null;
            if (time is not null)
            {
                double v = time[r];
                if (double.IsNaN(v))
                    throw new DataException($"{file}: column '{network.TimeColumn}', line {line}: the time is missing", file, network.TimeColumn, line);
                if (v != Math.Round(v) || Math.Abs(v) > int.MaxValue)
                    throw new DataException($"{file}: column '{network.TimeColumn}', line {line}: time {Format(v)} is not an integer", file, network.TimeColumn, line);
                year = (int)v;
            }
            records.Add(new EdgeRecord(a, b, value, year, line));

            string End(string? id, string column)
            {
                if (id is null)
                    throw new DataException($"{file}: column '{column}', line {line}: the node id is missing", file, column, line);
                if (nodes is not null && !nodes.Index.ContainsKey(id))
                    throw new DataException(
                        $"{file}: column '{column}', line {line}: node '{id}' is not in the node table '{nodes.Plan.Name}' ({nodes.File})",
                        file, column, line);
                return id;
            }
        }
        return (file, records);
    }

    private static string Format(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
