using NevSpec.Core.Data;
using NevSpec.Core.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Loads a <see cref="NetworkPlan"/>: the edge file, the node table, the attributes panel and the pair table, into one
/// <see cref="NetworkPeriod"/> per period.
/// </summary>
/// <remarks>
/// Rules (issue 8, "Bad input"): a record with from = to is internal strength, not a link; records of the same pair in
/// either order within a period are summed (a repeat within the same time value is stated in a note); a weight that is
/// missing, zero or negative, an end missing from the node table, or a missing or non-integer time is a
/// <see cref="DataException"/> naming file, column, line and value. Records in no period are left out with a note.
/// An empty period is loaded as it is; the analyses that need links report it as their error.
/// </remarks>
public static class NetworkLoader
{
    /// <summary>Label of the single period of a network without periods.</summary>
    public const string AllPeriodLabel = "all";

    /// <summary>Loads a network of <paramref name="plan"/>; paths are relative to <paramref name="specDirectory"/>.</summary>
    /// <exception cref="DataException">Any problem with the files (the message names file, column and line).</exception>
    /// <exception cref="ArgumentException">The network names a node table, panel or pair table the plan does not have.</exception>
    public static LoadedNetwork Load(StudyPlan plan, NetworkPlan network, string specDirectory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(network);
        string PathOf(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(specDirectory, relative));
        var notes = new List<string>();

        NodeTable? nodeTable = null;
        if (network.Nodes is { } nodesName)
        {
            var nodesPlan = plan.NodeTables.FirstOrDefault(t => t.Name == nodesName)
                ?? throw new ArgumentException($"Network '{network.Name}' names the node table '{nodesName}', which module '{plan.Module}' does not define.");
            nodeTable = NodeTable.Read(nodesPlan, PathOf(nodesPlan.Path));
        }
        var (file, records) = EdgeRecords.Read(network, PathOf(network.Path), nodeTable);

        var periods = network.Periods.Count > 0
            ? network.Periods.Select(p => (p.Label, First: (int?)p.First, Last: (int?)p.Last)).ToArray()
            : [(AllPeriodLabel, null, null)];
        bool InPeriod(EdgeRecord r, (string Label, int? First, int? Last) p) =>
            p.First is null || (r.Time >= p.First && r.Time <= p.Last);
        var used = records.Where(r => periods.Any(p => InPeriod(r, p))).ToList();
        if (used.Count < records.Count)
            notes.Add($"{file}: {records.Count - used.Count} record{(records.Count - used.Count == 1 ? "" : "s")} in no period, not used.");
        notes.Add($"{file}: records of the same pair (in either order) within a period are summed into one weighted link; " +
                  "records with from = to are the node's internal strength, not links.");
        NoteDuplicates(file, network, used, notes);

        // The fixed node order: the node table's rows, or first appearance in the edge file.
        var ids = nodeTable?.Ids.ToList() ?? [];
        var index = nodeTable?.Index ?? new Dictionary<string, int>(StringComparer.Ordinal);
        if (nodeTable is null)
            foreach (var r in used)
                foreach (var id in new[] { r.From, r.To })
                    if (index.TryAdd(id, ids.Count)) ids.Add(id);
        var labels = nodeTable?.Labels ?? ids.ToArray();

        AttributePanel? panel = null;
        if (network.Attributes is { } attributesName)
        {
            var source = plan.Sources.FirstOrDefault(s => s.Name == attributesName)
                ?? throw new ArgumentException($"Network '{network.Name}' names the attributes panel '{attributesName}', which module '{plan.Module}' does not define.");
            panel = AttributePanel.Read(source, PathOf(source.Path));
            int outside = panel.RowsOutside(index);
            if (outside > 0)
                notes.Add($"Attributes '{source.Name}' ({panel.File}): {outside} row{(outside == 1 ? "" : "s")} of nodes outside the network, not used.");
        }
        PairCovariates? pairs = null;
        if (network.Pairs is { } pairsName)
        {
            var pairsPlan = plan.PairTables.FirstOrDefault(t => t.Name == pairsName)
                ?? throw new ArgumentException($"Network '{network.Name}' names the pair table '{pairsName}', which module '{plan.Module}' does not define.");
            pairs = PairTable.Read(pairsPlan, PathOf(pairsPlan.Path), index, nodeTable, notes);
        }

        var nodeColumns = (nodeTable?.Columns ?? [])
            .ToDictionary(c => c.Key, c => (IReadOnlyList<string?>)c.Value, StringComparer.Ordinal);
        var result = new List<NetworkPeriod>();
        foreach (var p in periods)
        {
            var inPeriod = used.Where(r => InPeriod(r, p)).ToList();
            var graph = WeightedGraph.FromEdges(inPeriod.Select(r => (r.From, r.To, r.Weight)), ids);
            int selfLoops = inPeriod.Count(r => r.From == r.To);
            int pairsSeen = inPeriod.Select(r => Pair(r)).Distinct().Count();
            if (selfLoops > 0)
                notes.Add($"Period {p.Label}: {selfLoops} self-loop record{(selfLoops == 1 ? "" : "s")} (from = to) counted as internal strength.");
            var attributes = panel?.Means(index, p.First, p.Last) ?? new Dictionary<string, IReadOnlyList<double>>();
            result.Add(new NetworkPeriod(p.Label, p.First, p.Last, graph, labels, nodeTable?.Longitude, nodeTable?.Latitude,
                attributes, nodeColumns, pairs, inPeriod.Count, selfLoops, inPeriod.Count - pairsSeen));
        }
        return new LoadedNetwork(network, result, notes);
    }

    private static (string, string) Pair(EdgeRecord r) => string.CompareOrdinal(r.From, r.To) <= 0 ? (r.From, r.To) : (r.To, r.From);

    // Two records of one pair at the same time (or anywhere, without a time column) are unusual enough to state.
    private static void NoteDuplicates(string file, NetworkPlan network, List<EdgeRecord> records, List<string> notes)
    {
        var first = new Dictionary<(string, string, int?), int>();
        int count = 0, firstLine = 0;
        foreach (var r in records)
        {
            var (a, b) = Pair(r);
            if (first.TryAdd((a, b, r.Time), r.Line)) continue;
            if (count++ == 0) firstLine = r.Line;
        }
        if (count == 0) return;
        string where = network.TimeColumn is { } t ? $" with the same {t}" : "";
        notes.Add($"{file}: {count} record{(count == 1 ? " repeats" : "s repeat")} a pair{where} (in either order; the first on line {firstLine}) and {(count == 1 ? "was" : "were")} summed.");
    }
}
