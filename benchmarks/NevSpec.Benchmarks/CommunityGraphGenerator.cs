using NevSpec.Core.Networks;
using NevSpec.Core.Randomness;

namespace NevSpec.Benchmarks;

/// <summary>
/// Deterministic degree-corrected stochastic block model (Karrer and Newman 2011, <i>Phys. Rev. E</i> 83, 016107)
/// for the network benchmarks: planted modules, heavy-tailed degrees and integer weights, from one seed.
/// </summary>
/// <remarks>
/// Node i belongs to module i / moduleSize (equal, contiguous modules). Every node gets a propensity θ drawn from a
/// Pareto distribution with density ∝ θ^−2.5 and minimum 1, capped at 50 (a few hubs, as in co-patent networks). Each
/// edge picks one end u with probability ∝ θ over all nodes, then, with probability 1 − μ, the other end inside u's
/// module (∝ θ within the module), otherwise anywhere (∝ θ). Self-loops and pairs already drawn are rejected and
/// redrawn, so the graph has exactly the requested number of distinct edges. Weights are uniform integers 1..5, so
/// weighted shortest paths have ties. Every draw comes from one <see cref="SeededRandom"/> started at the seed.
/// </remarks>
public sealed class CommunityGraphGenerator
{
    /// <summary>Edge list of the generated graph (distinct unordered pairs, u ≠ v), in drawing order.</summary>
    public (int From, int To, double Weight)[] Edges { get; }
    /// <summary>Planted module of each node.</summary>
    public int[] PlantedModules { get; }
    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Draws a graph with <paramref name="nodeCount"/> nodes and exactly <paramref name="edgeCount"/> edges.</summary>
    /// <param name="nodeCount">Number of nodes n.</param>
    /// <param name="edgeCount">Number of distinct undirected edges (at most a tenth of n(n − 1)/2, so rejection stays cheap).</param>
    /// <param name="moduleSize">Nodes per planted module (the last module takes the remainder).</param>
    /// <param name="mixing">Probability μ that an edge ignores the modules.</param>
    /// <param name="seed">Seed of the random stream.</param>
    public CommunityGraphGenerator(int nodeCount, int edgeCount, int moduleSize, double mixing, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleSize, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeCount);
        if (edgeCount > (long)nodeCount * (nodeCount - 1) / 20)
            throw new ArgumentOutOfRangeException(nameof(edgeCount), edgeCount, $"At most n(n − 1)/20 edges for n = {nodeCount}.");
        if (!(mixing >= 0 && mixing <= 1)) throw new ArgumentOutOfRangeException(nameof(mixing), mixing, "μ must be in [0, 1].");
        NodeCount = nodeCount;
        var rng = new SeededRandom(seed);
        int moduleCount = Math.Max(1, nodeCount / moduleSize);
        var module = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) module[i] = Math.Min(i / moduleSize, moduleCount - 1);
        PlantedModules = module;

        // Cumulative θ over all nodes; nodes of a module are contiguous, so the same array serves within a module.
        var cumulative = new double[nodeCount + 1];
        for (int i = 0; i < nodeCount; i++)
            cumulative[i + 1] = cumulative[i] + Math.Min(50.0, Math.Pow(1 - rng.NextDouble(), -1 / 1.5));
        var moduleStart = new int[moduleCount + 1];
        for (int m = 0; m < moduleCount; m++) moduleStart[m] = m * moduleSize;
        moduleStart[moduleCount] = nodeCount;

        var seen = new HashSet<long>(edgeCount);
        var edges = new (int, int, double)[edgeCount];
        int count = 0;
        while (count < edgeCount)
        {
            int u = Draw(0, nodeCount);
            int v = rng.NextDouble() < mixing ? Draw(0, nodeCount) : Draw(moduleStart[module[u]], moduleStart[module[u] + 1]);
            if (u == v) continue;
            long key = (long)Math.Min(u, v) * nodeCount + Math.Max(u, v);
            if (!seen.Add(key)) continue;
            edges[count++] = (u, v, 1 + rng.NextInt(5));
        }
        Edges = edges;

        // Node in [from, to) with probability ∝ θ: binary search of a uniform point in the cumulative sums.
        int Draw(int from, int to)
        {
            double x = cumulative[from] + rng.NextDouble() * (cumulative[to] - cumulative[from]);
            int lo = from, hi = to - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid + 1] <= x) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    /// <summary>Builds the <see cref="WeightedGraph"/> on nodes 0..n − 1.</summary>
    public WeightedGraph ToGraph() => WeightedGraph.FromEdges(NodeCount, Edges);
}
