namespace NevSpec.Core.Networks;

/// <summary>
/// Immutable weighted undirected graph in compressed sparse row (CSR) form: the neighbours of node i are
/// <c>Neighbors[Offsets[i]..Offsets[i+1]]</c> (sorted ascending) with weights in the same positions.
/// </summary>
/// <remarks>
/// Construction rules (issue 8, "Bad input"): weights must be finite and &gt; 0; parallel edges between the same
/// pair (in either direction) are <b>summed</b> into one edge; self-loops (u, u, w) are not edges — their weights are
/// summed into <see cref="InternalStrength"/> (e.g. within-city co-patents) and they affect no degree, path or
/// centrality. Nodes listed in the node list but in no edge are isolates. With string ids the node order is the
/// node list order followed by unseen edge endpoints in order of first appearance.
/// </remarks>
public sealed class WeightedGraph
{
    private readonly int[] _offsets;
    private readonly int[] _neighbors;
    private readonly double[] _weights;
    private readonly double[] _internal;
    private readonly string[] _ids;

    private WeightedGraph(int[] offsets, int[] neighbors, double[] weights, double[] internalStrength, string[] ids)
    {
        _offsets = offsets; _neighbors = neighbors; _weights = weights; _internal = internalStrength; _ids = ids;
        EdgeCount = neighbors.Length / 2;
        double total = 0;
        for (int i = 0; i < weights.Length; i++) total += weights[i];
        TotalWeight = total / 2;
    }

    /// <summary>Number of nodes n (isolates included).</summary>
    public int NodeCount => _ids.Length;
    /// <summary>Number m of distinct undirected edges between different nodes (after merging parallel edges).</summary>
    public int EdgeCount { get; }
    /// <summary>Sum of the merged edge weights (self-loops excluded).</summary>
    public double TotalWeight { get; }
    /// <summary>CSR row offsets, length n + 1.</summary>
    public IReadOnlyList<int> Offsets => Array.AsReadOnly(_offsets);
    /// <summary>CSR column indices (each undirected edge appears twice).</summary>
    public IReadOnlyList<int> Neighbors => Array.AsReadOnly(_neighbors);
    /// <summary>CSR weights aligned with <see cref="Neighbors"/>.</summary>
    public IReadOnlyList<double> Weights => Array.AsReadOnly(_weights);
    /// <summary>Summed self-loop weight per node (internal strength).</summary>
    public IReadOnlyList<double> InternalStrength => Array.AsReadOnly(_internal);
    /// <summary>Node ids in node order.</summary>
    public IReadOnlyList<string> NodeIds => Array.AsReadOnly(_ids);

    internal int[] RawOffsets => _offsets;
    internal int[] RawNeighbors => _neighbors;
    internal double[] RawWeights => _weights;

    /// <summary>Degree (number of distinct neighbours) of node i.</summary>
    public int Degree(int i) => _offsets[i + 1] - _offsets[i];

    /// <summary>Strength (sum of incident merged edge weights, self-loops excluded) of node i.</summary>
    public double Strength(int i)
    {
        double s = 0;
        for (int p = _offsets[i]; p < _offsets[i + 1]; p++) s += _weights[p];
        return s;
    }

    /// <summary>Index of a node id, or −1 when absent.</summary>
    public int IndexOf(string id) => Array.IndexOf(_ids, id);

    /// <summary>Builds a graph on nodes 0..n−1 from an integer edge list.</summary>
    /// <exception cref="ArgumentException">n &lt; 0, an endpoint outside 0..n−1, or a weight that is not finite and &gt; 0.</exception>
    public static WeightedGraph FromEdges(int nodeCount, IEnumerable<(int From, int To, double Weight)> edges)
    {
        if (nodeCount < 0) throw new ArgumentException($"Node count must be ≥ 0, got {nodeCount}.", nameof(nodeCount));
        ArgumentNullException.ThrowIfNull(edges);
        var ids = new string[nodeCount];
        for (int i = 0; i < nodeCount; i++) ids[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Build(ids, edges);
    }

    /// <summary>Builds a graph from string ids; <paramref name="nodes"/> (optional) fixes the order and adds isolates.</summary>
    /// <exception cref="ArgumentException">A duplicate or empty node id, or a weight that is not finite and &gt; 0.</exception>
    public static WeightedGraph FromEdges(IEnumerable<(string From, string To, double Weight)> edges, IEnumerable<string>? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        if (nodes is not null)
            foreach (var id in nodes)
            {
                if (string.IsNullOrEmpty(id)) throw new ArgumentException("Node ids must be non-empty.", nameof(nodes));
                if (!index.TryAdd(id, ids.Count)) throw new ArgumentException($"Duplicate node id '{id}' in the node list.", nameof(nodes));
                ids.Add(id);
            }
        var list = new List<(int, int, double)>();
        foreach (var (f, t, w) in edges)
        {
            if (string.IsNullOrEmpty(f) || string.IsNullOrEmpty(t)) throw new ArgumentException("Edge endpoints must be non-empty ids.", nameof(edges));
            list.Add((Lookup(f), Lookup(t), w));
        }
        return Build(ids.ToArray(), list);

        int Lookup(string id)
        {
            if (index.TryGetValue(id, out int k)) return k;
            index[id] = ids.Count; ids.Add(id); return ids.Count - 1;
        }
    }

    private static WeightedGraph Build(string[] ids, IEnumerable<(int From, int To, double Weight)> edges)
    {
        int n = ids.Length;
        var internalStrength = new double[n];
        // Both directions of every edge as half-edges (row, col, w), in input order.
        int capacity = edges is ICollection<(int, int, double)> c ? 2 * c.Count : 16;
        var row = new int[capacity]; var col = new int[capacity]; var hw = new double[capacity];
        int h = 0;
        foreach (var (u, v, w) in edges)
        {
            if (u < 0 || u >= n) throw new ArgumentException($"Edge endpoint {u} is outside 0..{n - 1}.", nameof(edges));
            if (v < 0 || v >= n) throw new ArgumentException($"Edge endpoint {v} is outside 0..{n - 1}.", nameof(edges));
            if (!double.IsFinite(w) || w <= 0)
                throw new ArgumentException($"Edge ({ids[u]}, {ids[v]}) has weight {w}; weights must be finite and > 0.", nameof(edges));
            if (u == v) { internalStrength[u] += w; continue; }
            if (h + 2 > row.Length)
            {
                int grown = Math.Max(16, 2 * row.Length);
                Array.Resize(ref row, grown); Array.Resize(ref col, grown); Array.Resize(ref hw, grown);
            }
            row[h] = u; col[h] = v; hw[h] = w; h++;
            row[h] = v; col[h] = u; hw[h] = w; h++;
        }

        // Two stable counting sorts (by column, then by row) order the half-edges by (row, column) and keep input
        // order among parallel edges, so their weights are summed in input order.
        var count = new int[n + 1];
        for (int i = 0; i < h; i++) count[col[i] + 1]++;
        for (int i = 0; i < n; i++) count[i + 1] += count[i];
        var byColumn = new int[h];
        for (int i = 0; i < h; i++) byColumn[count[col[i]]++] = i;
        Array.Clear(count);
        for (int i = 0; i < h; i++) count[row[i] + 1]++;
        for (int i = 0; i < n; i++) count[i + 1] += count[i];
        var sorted = new int[h];
        for (int k = 0; k < h; k++) { int i = byColumn[k]; sorted[count[row[i]]++] = i; }

        var offsets = new int[n + 1];
        var nb = new int[h];
        var wt = new double[h];
        int q = 0, next = 0;
        for (int r = 0; r < n; r++)
        {
            offsets[r] = q;
            for (; next < h && row[sorted[next]] == r; next++)
            {
                int i = sorted[next];
                if (q > offsets[r] && nb[q - 1] == col[i]) wt[q - 1] += hw[i];
                else { nb[q] = col[i]; wt[q] = hw[i]; q++; }
            }
        }
        offsets[n] = q;
        Array.Resize(ref nb, q);
        Array.Resize(ref wt, q);
        return new WeightedGraph(offsets, nb, wt, internalStrength, ids);
    }
}
