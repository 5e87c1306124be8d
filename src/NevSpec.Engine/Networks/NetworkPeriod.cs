using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>
/// One period of a loaded network: its weighted graph over the network's fixed node set, and everything known about
/// the nodes and pairs in that period. Every network analysis (and ERGM) reads its data from here.
/// </summary>
/// <remarks>
/// <para><see cref="Graph"/> holds every node of the network in one fixed order shared by all periods: the node table's
/// row order, or (without a node table) order of first appearance in the edge file. Nodes without a link in the period
/// are isolates of <see cref="Graph"/>; a record with from = to is the node's internal strength, not a link; records of
/// the same pair (either order) in the period are summed.</para>
/// <para><see cref="ActiveGraph"/> is the subgraph of the nodes with at least one link to another node in the period (the
/// "cities in the network" of paper 2: 92, 158, … per stage). Structure metrics, centralities, communities and
/// resilience are computed on it, so that nodes that did not take part do not count as isolates.</para>
/// </remarks>
public sealed class NetworkPeriod
{
    private readonly double[]? _longitude, _latitude;

    internal NetworkPeriod(string label, int? first, int? last, WeightedGraph graph, IReadOnlyList<string> nodeLabels,
        double[]? longitude, double[]? latitude, IReadOnlyDictionary<string, IReadOnlyList<double>> attributes,
        IReadOnlyDictionary<string, IReadOnlyList<string?>> nodeTableColumns, PairCovariates? pairs,
        int records, int selfLoopRecords, int repeatedRecords)
    {
        Label = label; First = first; Last = last; Graph = graph; NodeLabels = nodeLabels;
        _longitude = longitude; _latitude = latitude;
        Attributes = attributes; NodeTableColumns = nodeTableColumns; Pairs = pairs;
        Records = records; SelfLoopRecords = selfLoopRecords; RepeatedRecords = repeatedRecords;
        var active = Enumerable.Range(0, graph.NodeCount).Where(i => graph.Degree(i) > 0).ToArray();
        ActiveNodes = active;
        ActiveGraph = Subgraph(graph, active);
    }

    /// <summary>Period label, e.g. <c>2011–2014</c> (<c>all</c> for a network without periods).</summary>
    public string Label { get; }

    /// <summary>First time value of the period (inclusive), or null for <c>all</c>.</summary>
    public int? First { get; }

    /// <summary>Last time value of the period (inclusive), or null for <c>all</c>.</summary>
    public int? Last { get; }

    /// <summary>The period's graph over every node of the network (isolates included), in the fixed node order.</summary>
    public WeightedGraph Graph { get; }

    /// <summary>Node ids in the fixed order (= <c>Graph.NodeIds</c>).</summary>
    public IReadOnlyList<string> NodeIds => Graph.NodeIds;

    /// <summary>Display names (the node table's label column, else the id), in node order.</summary>
    public IReadOnlyList<string> NodeLabels { get; }

    /// <summary>True when the node table gives longitude and latitude.</summary>
    public bool HasCoordinates => _longitude is not null && _latitude is not null;

    /// <summary>Longitude in degrees per node (NaN where missing); empty without coordinates.</summary>
    public IReadOnlyList<double> Longitude => _longitude ?? [];

    /// <summary>Latitude in degrees per node (NaN where missing); empty without coordinates.</summary>
    public IReadOnlyList<double> Latitude => _latitude ?? [];

    /// <summary>
    /// Time-varying node attributes from the attributes panel: each numeric column averaged over the period's years
    /// (missing cells skipped), per node in node order; NaN for a node with no value in the period.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Attributes { get; }

    /// <summary>The node table's other columns (not id, label or coordinates) as raw text per node; null where missing.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> NodeTableColumns { get; }

    /// <summary>Edge covariates from the pair table, or null when the network has none.</summary>
    public PairCovariates? Pairs { get; }

    /// <summary>Edge records of the file that fall in the period (self-loops included).</summary>
    public int Records { get; }

    /// <summary>Records with from = to, kept as internal strength.</summary>
    public int SelfLoopRecords { get; }

    /// <summary>Records whose pair (either order, self-loops included) already had a record in the period, and were summed into it.</summary>
    public int RepeatedRecords { get; }

    /// <summary>The subgraph of the nodes with at least one link, in node order (internal strength kept).</summary>
    public WeightedGraph ActiveGraph { get; }

    /// <summary>For each node of <see cref="ActiveGraph"/>, its index in <see cref="Graph"/>.</summary>
    public IReadOnlyList<int> ActiveNodes { get; }

    /// <summary>Display names of the nodes of <see cref="ActiveGraph"/>.</summary>
    public IReadOnlyList<string> ActiveLabels => ActiveNodes.Select(i => NodeLabels[i]).ToArray();

    /// <summary>
    /// A numeric node attribute per node: the period mean from the attributes panel, else a node-table column parsed as
    /// numbers (missing → NaN).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such attribute, or a node-table column that is not numeric.</exception>
    public IReadOnlyList<double> NumericAttribute(string name)
    {
        if (Attributes.TryGetValue(name, out var values)) return values;
        if (NodeTableColumns.TryGetValue(name, out var text))
        {
            var result = new double[text.Count];
            for (int i = 0; i < text.Count; i++)
            {
                if (text[i] is null) { result[i] = double.NaN; continue; }
                if (!double.TryParse(text[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out result[i]))
                    throw new KeyNotFoundException($"Node attribute '{name}' is not numeric: node '{NodeIds[i]}' has '{text[i]}'.");
            }
            return result;
        }
        throw new KeyNotFoundException($"Period {Label} has no node attribute '{name}'; it has: {string.Join(", ", Attributes.Keys.Concat(NodeTableColumns.Keys))}.");
    }

    /// <summary>Great-circle (haversine, R = 6371 km) distance in km between nodes i and j; NaN without coordinates.</summary>
    public double DistanceKm(int i, int j)
    {
        if (!HasCoordinates) return double.NaN;
        const double R = 6371, rad = Math.PI / 180;
        double phi1 = _latitude![i] * rad, phi2 = _latitude[j] * rad;
        double dPhi = phi2 - phi1, dLambda = (_longitude![j] - _longitude[i]) * rad;
        double a = Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2) + Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static WeightedGraph Subgraph(WeightedGraph g, int[] nodes)
    {
        var edges = new List<(string, string, double)>();
        var (offsets, neighbors, weights, ids, internalStrength) = (g.Offsets, g.Neighbors, g.Weights, g.NodeIds, g.InternalStrength);
        foreach (int u in nodes)
        {
            for (int p = offsets[u]; p < offsets[u + 1]; p++)
                if (neighbors[p] > u) edges.Add((ids[u], ids[neighbors[p]], weights[p]));
            if (internalStrength[u] > 0) edges.Add((ids[u], ids[u], internalStrength[u]));
        }
        return WeightedGraph.FromEdges(edges, nodes.Select(i => ids[i]));
    }
}
