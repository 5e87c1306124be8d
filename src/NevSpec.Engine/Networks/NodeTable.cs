using NevSpec.Core.Data;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>A node table read from its file: ids in row order, labels, coordinates and the other columns as text.</summary>
internal sealed class NodeTable
{
    private NodeTable(NodeTablePlan plan, string file, string[] ids, Dictionary<string, int> index, string[] labels,
        double[]? longitude, double[]? latitude, Dictionary<string, string?[]> columns)
    {
        Plan = plan; File = file; Ids = ids; Index = index; Labels = labels;
        Longitude = longitude; Latitude = latitude; Columns = columns;
    }

    public NodeTablePlan Plan { get; }
    public string File { get; }
    public string[] Ids { get; }
    public Dictionary<string, int> Index { get; }
    public string[] Labels { get; }
    public double[]? Longitude { get; }
    public double[]? Latitude { get; }
    public Dictionary<string, string?[]> Columns { get; }

    /// <exception cref="DataException">Missing or duplicate id, unknown column, a coordinate that is not a number.</exception>
    public static NodeTable Read(NodeTablePlan plan, string path)
    {
        var frame = CsvReader.Read(path);
        string file = Path.GetFileName(path);
        var ids = frame.GetText(plan.IdColumn);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < ids.Length; r++)
        {
            int line = frame.FileLine(r);
            if (ids[r] is not { } id)
                throw new DataException($"{file}: column '{plan.IdColumn}', line {line}: the node id is missing", file, plan.IdColumn, line);
            if (!index.TryAdd(id, r))
                throw new DataException(
                    $"{file}: column '{plan.IdColumn}', line {line}: node id '{id}' appears twice (also on line {frame.FileLine(index[id])})",
                    file, plan.IdColumn, line);
        }
        var labels = plan.LabelColumn is { } labelColumn
            ? frame.GetText(labelColumn).Select((l, r) => l ?? ids[r]!).ToArray()
            : ids.Select(i => i!).ToArray();
        double[]? lon = null, lat = null;
        if (plan.LongitudeColumn is { } lonColumn && plan.LatitudeColumn is { } latColumn)
        {
            lon = frame.GetNumeric(lonColumn);
            lat = frame.GetNumeric(latColumn);
        }
        var used = new HashSet<string?>(StringComparer.Ordinal) { plan.IdColumn, plan.LabelColumn, plan.LongitudeColumn, plan.LatitudeColumn };
        var columns = frame.ColumnNames.Where(c => !used.Contains(c)).ToDictionary(c => c, frame.GetText, StringComparer.Ordinal);
        return new NodeTable(plan, file, ids!, index, labels, lon, lat, columns);
    }
}
