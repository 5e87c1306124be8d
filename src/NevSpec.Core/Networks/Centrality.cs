using System.Collections.Concurrent;

namespace NevSpec.Core.Networks;

/// <summary>Node centralities: degree, closeness and betweenness (Brandes), unweighted or with length 1/weight.</summary>
/// <remarks>
/// <para>Degree centrality: k_i (raw) or k_i/(n − 1) (networkx <c>degree_centrality</c>; igraph has no normalised
/// degree, the same formula is used). Self-loops do not count.</para>
/// <para>Closeness: see <see cref="ClosenessConvention"/> (Wasserman, S. &amp; Faust, K. 1994, <i>Social Network
/// Analysis</i>, CUP, eq. 5.3 and the reachable-set correction used by networkx).</para>
/// <para>Betweenness: raw b(v) = Σ over unordered pairs s &lt; t, s, t ≠ v of σ_st(v)/σ_st (endpoints excluded;
/// = networkx <c>normalized=False</c> = igraph <c>directed=False</c>); normalised = raw·2/((n − 1)(n − 2)).
/// Brandes, U. (2001), "A faster algorithm for betweenness centrality", <i>J. Math. Sociol.</i> 25(2), 163–177.
/// Weighted: edge length 1/weight, Dijkstra, equal lengths compared with relative tolerance 1e-10 (igraph).</para>
/// <para>Closeness and betweenness run one search per source, in parallel over sources (<c>Parallel.For</c> on the
/// current task scheduler). The values do not depend on the number of threads: closeness is per node, and betweenness
/// sums fixed blocks of sources in block order (see <see cref="ShortestPaths.SourceBlockCount"/>).</para>
/// </remarks>
public static class Centrality
{
    /// <summary>Degree centrality per node; <paramref name="normalized"/> divides by n − 1 (n ≤ 1: all 0).</summary>
    public static IReadOnlyList<double> Degree(WeightedGraph graph, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        var r = new double[n];
        for (int i = 0; i < n; i++) r[i] = normalized ? (n > 1 ? graph.Degree(i) / (double)(n - 1) : 0) : graph.Degree(i);
        return r;
    }

    /// <summary>Closeness centrality per node under the chosen convention.</summary>
    /// <remarks>NaN appears only under the igraph conventions, for a node that reaches no other node (igraph returns NaN there;
    /// use <see cref="ClosenessConvention.WassermanFaust"/> for 0).</remarks>
    public static IReadOnlyList<double> Closeness(WeightedGraph graph, bool weighted = false,
        ClosenessConvention convention = ClosenessConvention.WassermanFaust)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!Enum.IsDefined(convention)) throw new ArgumentException($"Unknown closeness convention {convention}.", nameof(convention));
        int n = graph.NodeCount;
        var result = new double[n];
        // Every node's value depends only on its own run, so the sources can run on any thread in any order.
        int blocks = ShortestPaths.SourceBlockCount(n);
        var pool = new ConcurrentBag<ShortestPaths>();
        Parallel.For(0, blocks, b =>
        {
            if (!pool.TryTake(out var sp)) sp = new ShortestPaths(n);
            for (int u = b; u < n; u += blocks)
            {
                sp.RunDistances(graph, u, weighted);
                double s = 0;
                for (int i = 0; i < sp.Settled; i++) s += sp.Dist[sp.Order[i]];
                int reach = sp.Settled - 1;
                result[u] = convention switch
                {
                    ClosenessConvention.WassermanFaust => s > 0 && n > 1 ? reach / s * (reach / (double)(n - 1)) : 0,
                    ClosenessConvention.IgraphNormalized => reach > 0 ? reach / s : double.NaN,
                    _ => reach > 0 ? 1 / s : double.NaN,
                };
            }
            pool.Add(sp);
        });
        return result;
    }

    /// <summary>Betweenness centrality per node (Brandes); raw or normalised by 2/((n − 1)(n − 2)) (n ≤ 2: raw values, all 0).</summary>
    public static IReadOnlyList<double> Betweenness(WeightedGraph graph, bool weighted = false, bool normalized = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        // Sources run in parallel in fixed blocks (s mod B); each block has its own accumulator and the blocks are
        // summed in block order, so the result is the same on any number of threads (one block below 1,024 nodes).
        int blocks = ShortestPaths.SourceBlockCount(n);
        var partial = new double[blocks][];
        var pool = new ConcurrentBag<(ShortestPaths Paths, double[] Delta)>(); // one workspace per concurrent worker
        Parallel.For(0, blocks, b =>
        {
            if (!pool.TryTake(out var ws)) ws = (new ShortestPaths(n), new double[n]);
            var acc = partial[b] = new double[n];
            for (int s = b; s < n; s += blocks)
            {
                ws.Paths.Run(graph, s, weighted);
                ws.Paths.AccumulateDependencies(graph, weighted, ws.Delta, acc);
            }
            pool.Add(ws);
        });
        var cb = partial[0];
        for (int b = 1; b < blocks; b++)
            for (int i = 0; i < n; i++) cb[i] += partial[b][i];
        // each unordered pair was counted from both ends
        double scale = normalized && n > 2 ? 1.0 / ((n - 1) * (double)(n - 2)) : 0.5;
        for (int i = 0; i < n; i++) cb[i] *= scale;
        return cb;
    }
}
