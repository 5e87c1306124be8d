using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// The attributes panel of a network (id = node id, time = year): its numeric columns averaged per node over a
/// period's years. Missing cells are skipped; a node with no value in the period gets NaN.
/// </summary>
internal sealed class AttributePanel
{
    private readonly string?[] _ids;
    private readonly double[] _time;
    private readonly Dictionary<string, double[]> _columns;

    private AttributePanel(DataSourcePlan source, string file, string?[] ids, double[] time, Dictionary<string, double[]> columns)
    {
        Source = source; File = file; _ids = ids; _time = time; _columns = columns;
    }

    public DataSourcePlan Source { get; }
    public string File { get; }
    public IReadOnlyCollection<string> ColumnNames => _columns.Keys;

    /// <summary>Rows whose id is not a node of the network (not used).</summary>
    public int RowsOutside(IReadOnlyDictionary<string, int> nodes) => _ids.Count(id => id is null || !nodes.ContainsKey(id));

    /// <exception cref="DataException">Unknown id or time column, or a time cell that is not a number.</exception>
    public static AttributePanel Read(DataSourcePlan source, string path)
    {
        var frame = CsvReader.Read(path);
        var ids = frame.GetText(source.IdColumn);
        var time = frame.GetNumeric(source.TimeColumn);
        // Numeric columns only: a text column (a name, a region) is not an attribute to average.
        var columns = frame.ColumnNames
            .Where(c => c != source.IdColumn && c != source.TimeColumn && frame.IsNumeric(c))
            .ToDictionary(c => c, frame.GetNumeric, StringComparer.Ordinal);
        return new AttributePanel(source, Path.GetFileName(path), ids, time, columns);
    }

    /// <summary>Per-node means over the years First..Last (all years when null), in the order of <paramref name="nodes"/>.</summary>
    public Dictionary<string, IReadOnlyList<double>> Means(IReadOnlyDictionary<string, int> nodes, int? first, int? last)
    {
        var result = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var (name, values) in _columns)
        {
            var sum = new double[nodes.Count];
            var count = new int[nodes.Count];
            for (int r = 0; r < _ids.Length; r++)
            {
                if (_ids[r] is not { } id || !nodes.TryGetValue(id, out int i) || double.IsNaN(values[r])) continue;
                if (first is { } f && !(_time[r] >= f)) continue;
                if (last is { } l && !(_time[r] <= l)) continue;
                sum[i] += values[r];
                count[i]++;
            }
            result[name] = sum.Select((s, i) => count[i] == 0 ? double.NaN : s / count[i]).ToArray();
        }
        return result;
    }
}
