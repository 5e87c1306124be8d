using System.Numerics;
using NevSpec.Core.Networks;

namespace NevSpec.Core.Ergm;

/// <summary>
/// Mutable undirected binary network on nodes 0..n−1 for ERGM estimation and simulation: an n×n adjacency bitset
/// (O(1) tie test), per-node neighbour lists (shared partners in O(min degree)) and an edge list with positions
/// (a uniformly random tie in O(1), as the tie/no-tie proposal needs). <see cref="Toggle"/> keeps all three in step.
/// </summary>
/// <remarks>
/// Built from an edge list: ties are unordered, duplicates (in either direction) are one tie, self-loops are not
/// ties (ERGMs here have no loops) and are counted in <see cref="IgnoredSelfLoops"/>. Memory is n²/8 bytes for the
/// bitset, so networks are limited to <see cref="MaxNodes"/> nodes.
/// </remarks>
public sealed class ErgmNetwork
{
    /// <summary>Largest supported node count (the adjacency bitset takes n²/8 bytes: 50 MB at this size).</summary>
    public const int MaxNodes = 20_000;

    private readonly int _n;
    private readonly int _words;
    private readonly ulong[] _adjacency;
    private readonly int[][] _neighbors;
    private readonly int[] _degree;
    private long[] _edges;              // packed i·n + j with i < j
    private int _edgeCount;
    // Position of each tie in _edges: a dense array over the n² packed keys for n ≤ DenseLimit (no hashing in the
    // sampler's hot loop), a dictionary above (memory).
    private const int DenseLimit = 2048;
    private readonly int[]? _densePosition;
    private readonly Dictionary<long, int>? _edgePosition;
    private readonly string[] _ids;

    private ErgmNetwork(string[] ids)
    {
        _ids = ids;
        _n = ids.Length;
        _words = (_n + 63) >> 6;
        _adjacency = new ulong[(long)_n * _words];
        _neighbors = new int[_n][];
        for (int i = 0; i < _n; i++) _neighbors[i] = new int[4];
        _degree = new int[_n];
        _edges = new long[16];
        if (_n <= DenseLimit) _densePosition = new int[_n * _n];
        else _edgePosition = new Dictionary<long, int>();
    }

    private ErgmNetwork(ErgmNetwork other)
    {
        _ids = other._ids; _n = other._n; _words = other._words;
        _adjacency = (ulong[])other._adjacency.Clone();
        _neighbors = new int[_n][];
        for (int i = 0; i < _n; i++) _neighbors[i] = (int[])other._neighbors[i].Clone();
        _degree = (int[])other._degree.Clone();
        _edges = (long[])other._edges.Clone();
        _edgeCount = other._edgeCount;
        _densePosition = (int[]?)other._densePosition?.Clone();
        _edgePosition = other._edgePosition is null ? null : new Dictionary<long, int>(other._edgePosition);
        IgnoredSelfLoops = other.IgnoredSelfLoops;
    }

    /// <summary>Number of nodes n.</summary>
    public int NodeCount => _n;
    /// <summary>Number of ties m.</summary>
    public int EdgeCount => _edgeCount;
    /// <summary>Number of dyads n(n−1)/2 (the "observations" of an ERGM; statnet's sample size for BIC).</summary>
    public long DyadCount => (long)_n * (_n - 1) / 2;
    /// <summary>Self-loops dropped from the edge list the network was built from.</summary>
    public int IgnoredSelfLoops { get; private set; }
    /// <summary>Node ids in node order.</summary>
    public IReadOnlyList<string> NodeIds => Array.AsReadOnly(_ids);
    /// <summary>Density m / (n(n−1)/2); 0 for fewer than two nodes.</summary>
    public double Density => DyadCount == 0 ? 0 : _edgeCount / (double)DyadCount;

    /// <summary>Whether i and j are tied (false for i = j).</summary>
    public bool HasEdge(int i, int j) => (_adjacency[(long)i * _words + (j >> 6)] & (1UL << (j & 63))) != 0;

    /// <summary>Degree of node i.</summary>
    public int Degree(int i) => _degree[i];

    /// <summary>Neighbours of node i (order is unspecified and changes with toggles).</summary>
    public ReadOnlySpan<int> Neighbors(int i) => new(_neighbors[i], 0, _degree[i]);

    /// <summary>Number of shared partners of i and j: nodes tied to both (neither i nor j itself).</summary>
    /// <remarks>
    /// Whichever is cheaper: walk the shorter neighbour list testing bits of the other row (O(min degree)), or AND the
    /// two bitset rows and count bits (O(n/64)).
    /// </remarks>
    public int SharedPartners(int i, int j)
    {
        if (_degree[i] > _degree[j]) (i, j) = (j, i);
        if (_degree[i] >= _words)
        {
            long a = (long)i * _words, b = (long)j * _words;
            int bits = 0;
            for (int w = 0; w < _words; w++) bits += BitOperations.PopCount(_adjacency[a + w] & _adjacency[b + w]);
            return bits;
        }
        int[] list = _neighbors[i];
        long row = (long)j * _words;
        int count = 0;
        for (int p = 0, d = _degree[i]; p < d; p++)
        {
            int k = list[p];
            if ((_adjacency[row + (k >> 6)] & (1UL << (k & 63))) != 0) count++;
        }
        return count;
    }

    /// <summary>Words per bitset row (⌈n/64⌉).</summary>
    internal int Words => _words;

    /// <summary>The adjacency bitset, row i at [i·Words, (i+1)·Words).</summary>
    internal ulong[] Adjacency => _adjacency;

    /// <summary>The ties as pairs (i, j) with i &lt; j, in internal order.</summary>
    public IEnumerable<(int I, int J)> Edges()
    {
        for (int e = 0; e < _edgeCount; e++) yield return EdgeAt(e);
    }

    /// <summary>The e-th tie of the internal edge list (0 ≤ e &lt; m), as (i, j) with i &lt; j.</summary>
    internal (int I, int J) EdgeAt(int e) => ((int)(_edges[e] / _n), (int)(_edges[e] % _n));

    /// <summary>Adds the tie i–j when absent, removes it when present.</summary>
    /// <exception cref="ArgumentOutOfRangeException">i or j outside 0..n−1, or i = j.</exception>
    public void Toggle(int i, int j)
    {
        if ((uint)i >= (uint)_n || (uint)j >= (uint)_n || i == j)
            throw new ArgumentOutOfRangeException(nameof(j), $"A dyad needs two different nodes in 0..{_n - 1}, got ({i}, {j}).");
        ToggleUnchecked(i, j);
    }

    internal void ToggleUnchecked(int i, int j)
    {
        if (i > j) (i, j) = (j, i);
        long key = (long)i * _n + j;
        if (HasEdge(i, j))
        {
            FlipBits(i, j);
            RemoveNeighbor(i, j); RemoveNeighbor(j, i);
            int pos = GetPosition(key);
            if (_edgePosition is not null) _edgePosition.Remove(key);
            long last = _edges[--_edgeCount];
            if (pos != _edgeCount) { _edges[pos] = last; SetPosition(last, pos); }
        }
        else
        {
            FlipBits(i, j);
            AddNeighbor(i, j); AddNeighbor(j, i);
            if (_edgeCount == _edges.Length) Array.Resize(ref _edges, _edges.Length * 2);
            _edges[_edgeCount] = key;
            SetPosition(key, _edgeCount++);
        }
    }

    private int GetPosition(long key) => _densePosition is not null ? _densePosition[key] : _edgePosition![key];

    private void SetPosition(long key, int position)
    {
        if (_densePosition is not null) _densePosition[key] = position;
        else _edgePosition![key] = position;
    }

    /// <summary>An independent copy (same node ids).</summary>
    public ErgmNetwork Clone() => new(this);

    /// <summary>The empty network on the same nodes.</summary>
    public ErgmNetwork EmptyCopy() => new(_ids);

    /// <summary>Builds a network on nodes 0..n−1 from integer pairs.</summary>
    /// <exception cref="ArgumentException">n outside 0..<see cref="MaxNodes"/>, or an endpoint outside 0..n−1 (named with its position in the list).</exception>
    public static ErgmNetwork FromEdges(int nodeCount, IEnumerable<(int From, int To)> edges)
    {
        if (nodeCount < 0 || nodeCount > MaxNodes)
            throw new ArgumentException($"An ERGM network needs 0..{MaxNodes} nodes, got {nodeCount}.", nameof(nodeCount));
        ArgumentNullException.ThrowIfNull(edges);
        var ids = new string[nodeCount];
        for (int i = 0; i < nodeCount; i++) ids[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var g = new ErgmNetwork(ids);
        int row = 0;
        foreach (var (a, b) in edges)
        {
            if ((uint)a >= (uint)nodeCount || (uint)b >= (uint)nodeCount)
                throw new ArgumentException($"Edge {row} ({a}, {b}) has an endpoint outside 0..{nodeCount - 1}.", nameof(edges));
            g.AddTie(a, b);
            row++;
        }
        return g;
    }

    /// <summary>
    /// Builds a network from string ids. <paramref name="nodes"/> (optional) fixes the node order and adds isolates;
    /// endpoints not in it are appended in order of first appearance.
    /// </summary>
    /// <exception cref="ArgumentException">An empty or duplicate node id, or more than <see cref="MaxNodes"/> nodes.</exception>
    public static ErgmNetwork FromEdges(IEnumerable<(string From, string To)> edges, IEnumerable<string>? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        if (nodes is not null)
            foreach (var id in nodes)
            {
                if (string.IsNullOrEmpty(id)) throw new ArgumentException($"Node {ids.Count} has an empty id.", nameof(nodes));
                if (!index.TryAdd(id, ids.Count)) throw new ArgumentException($"Node id '{id}' is listed twice.", nameof(nodes));
                ids.Add(id);
            }
        var pairs = new List<(int, int)>();
        int row = 0;
        foreach (var (a, b) in edges)
        {
            if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) throw new ArgumentException($"Edge {row} has an empty endpoint id.", nameof(edges));
            pairs.Add((Intern(a), Intern(b)));
            row++;
        }
        if (ids.Count > MaxNodes) throw new ArgumentException($"An ERGM network needs at most {MaxNodes} nodes, got {ids.Count}.", nameof(edges));
        var g = new ErgmNetwork(ids.ToArray());
        foreach (var (i, j) in pairs) g.AddTie(i, j);
        return g;

        int Intern(string id)
        {
            if (!index.TryGetValue(id, out int k)) { k = ids.Count; index[id] = k; ids.Add(id); }
            return k;
        }
    }

    /// <summary>The binary version of a weighted graph: a tie wherever the graph has an edge (any weight); self-loops are not ties.</summary>
    public static ErgmNetwork FromGraph(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.NodeCount > MaxNodes) throw new ArgumentException($"An ERGM network needs at most {MaxNodes} nodes, got {graph.NodeCount}.", nameof(graph));
        var g = new ErgmNetwork(graph.NodeIds.ToArray());
        var offsets = graph.RawOffsets; var nbr = graph.RawNeighbors;
        for (int i = 0; i < graph.NodeCount; i++)
            for (int p = offsets[i]; p < offsets[i + 1]; p++)
                if (nbr[p] > i) g.AddTie(i, nbr[p]);
        return g;
    }

    private void AddTie(int a, int b)
    {
        if (a == b) { IgnoredSelfLoops++; return; }
        if (!HasEdge(a, b)) ToggleUnchecked(a, b);
    }

    private void FlipBits(int i, int j)
    {
        _adjacency[(long)i * _words + (j >> 6)] ^= 1UL << (j & 63);
        _adjacency[(long)j * _words + (i >> 6)] ^= 1UL << (i & 63);
    }

    private void AddNeighbor(int i, int j)
    {
        if (_degree[i] == _neighbors[i].Length) Array.Resize(ref _neighbors[i], _neighbors[i].Length * 2);
        _neighbors[i][_degree[i]++] = j;
    }

    private void RemoveNeighbor(int i, int j)
    {
        int[] list = _neighbors[i];
        int d = --_degree[i];
        for (int p = 0; p <= d; p++)
            if (list[p] == j) { list[p] = list[d]; return; }
    }

    /// <summary>Number of ties among all pairs (bit count of the adjacency / 2); a consistency check for tests.</summary>
    internal long CountTiesFromBits()
    {
        long bits = 0;
        foreach (ulong w in _adjacency) bits += BitOperations.PopCount(w);
        return bits / 2;
    }
}
