namespace NevSpec.Core.Networks;

/// <summary>Single-source shortest paths with path counts (BFS or Dijkstra), the engine of Brandes' algorithm.</summary>
/// <remarks>
/// <para>Weighted lengths are 1/weight (stronger tie = shorter). Two path lengths a, b are treated as equal when
/// |a − b| ≤ 1e-10·max(|a|, |b|) (igraph's convention): exact float comparison miscounts shortest paths, e.g. on
/// karate 1/3+1/3+1/2+1/3 = 1.4999999999999998 vs 1/3+1/3+1/3+1/2 = 1.5 (see the reference README, Betweenness).</para>
/// <para>One instance is a reusable workspace for one thread: a run resets only the nodes the previous run reached, so
/// n runs cost O(n·m) (BFS) and allocate nothing. Unweighted predecessors are not stored: v precedes w exactly when
/// they are adjacent and level(v) = level(w) − 1. Weighted predecessors of w are neighbours of w, so they are stored
/// in w's own CSR slots of one flat array, in the order Dijkstra finds them.</para>
/// </remarks>
internal sealed class ShortestPaths
{
    internal const double RelativeTolerance = 1e-10;

    /// <summary>Distance from the source; +∞ for nodes the last run did not reach.</summary>
    public readonly double[] Dist;
    /// <summary>Number of shortest paths from the source (0 when not reached); only after <see cref="Run"/>.</summary>
    public readonly double[] Sigma;
    /// <summary>Settled nodes in non-decreasing distance; the first <see cref="Settled"/> entries are valid.</summary>
    public readonly int[] Order;
    public int Settled;

    private readonly int[] _level;      // unweighted runs: BFS level, −1 = not reached
    private readonly bool[] _done;      // weighted runs: settled
    private readonly int[] _predCount;  // weighted runs: number of predecessors of w stored at _preds[off[w]..]
    private int[] _preds = [];
    private double[] _length = [];      // 1/weight per CSR slot of _lengthGraph
    private WeightedGraph? _lengthGraph;
    private readonly PriorityQueue<int, double> _heap = new();

    public ShortestPaths(int n)
    {
        Dist = new double[n]; Sigma = new double[n]; Order = new int[n];
        _level = new int[n]; _done = new bool[n]; _predCount = new int[n];
        Array.Fill(Dist, double.PositiveInfinity);
        Array.Fill(_level, -1);
    }

    internal static bool Close(double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// Number of fixed source blocks for all-sources work on n nodes. Source s belongs to block s mod B; each block
    /// sums into its own accumulator, and blocks are added in block order, so the result does not depend on the number
    /// of threads. Small graphs (n &lt; 1024) get one block: the sources are summed in node order.
    /// </summary>
    internal static int SourceBlockCount(int n) => Math.Clamp(Math.Min(n / 512, (1 << 24) / Math.Max(n, 1)), 1, 64);

    /// <summary>Shortest paths from <paramref name="source"/> with path counts and predecessors (for Brandes).</summary>
    public void Run(WeightedGraph g, int source, bool weighted)
    {
        Reset();
        if (weighted) Dijkstra(g, source, withPaths: true);
        else Bfs(g, source, withPaths: true);
    }

    /// <summary>Distances and settle order only (no path counts): for closeness and path-length averages.</summary>
    public void RunDistances(WeightedGraph g, int source, bool weighted)
    {
        Reset();
        if (weighted) Dijkstra(g, source, withPaths: false);
        else Bfs(g, source, withPaths: false);
    }

    /// <summary>
    /// Brandes' dependency accumulation for the last <see cref="Run"/>: δ(v) = Σ_{w: v ∈ P(w)} σ_v/σ_w·(1 + δ(w)),
    /// over the settled nodes in reverse order, and <paramref name="betweenness"/>[w] += δ(w) for w ≠ source.
    /// </summary>
    public void AccumulateDependencies(WeightedGraph g, bool weighted, double[] delta, double[] betweenness)
    {
        var off = g.RawOffsets; var nb = g.RawNeighbors;
        for (int i = 0; i < Settled; i++) delta[Order[i]] = 0;
        for (int i = Settled - 1; i > 0; i--)
        {
            int w = Order[i];
            double coef = (1 + delta[w]) / Sigma[w];
            if (weighted)
            {
                for (int p = off[w], end = off[w] + _predCount[w]; p < end; p++)
                {
                    int v = _preds[p];
                    delta[v] += Sigma[v] * coef;
                }
            }
            else
            {
                int up = _level[w] - 1;
                for (int p = off[w]; p < off[w + 1]; p++)
                {
                    int v = nb[p];
                    if (_level[v] == up) delta[v] += Sigma[v] * coef;
                }
            }
            betweenness[w] += delta[w];
        }
    }

    private void Reset()
    {
        for (int i = 0; i < Settled; i++)
        {
            int v = Order[i];
            Dist[v] = double.PositiveInfinity; Sigma[v] = 0; _level[v] = -1; _done[v] = false; _predCount[v] = 0;
        }
        Settled = 0;
    }

    private void Bfs(WeightedGraph g, int source, bool withPaths)
    {
        var off = g.RawOffsets; var nb = g.RawNeighbors;
        var level = _level; var queue = Order;
        int head = 0, tail = 0;
        level[source] = 0; Sigma[source] = 1; queue[tail++] = source;
        while (head < tail)
        {
            int v = queue[head++];
            int next = level[v] + 1;
            double sigmaV = Sigma[v];
            for (int p = off[v]; p < off[v + 1]; p++)
            {
                int w = nb[p];
                int lw = level[w];
                if (lw < 0) { level[w] = next; queue[tail++] = w; if (withPaths) Sigma[w] = sigmaV; }
                else if (withPaths && lw == next) Sigma[w] += sigmaV;
            }
        }
        Settled = tail;
        for (int i = 0; i < tail; i++) Dist[queue[i]] = level[queue[i]];
    }

    private void Dijkstra(WeightedGraph g, int source, bool withPaths)
    {
        var off = g.RawOffsets; var nb = g.RawNeighbors;
        var length = Lengths(g);
        if (withPaths && _preds.Length < nb.Length) _preds = new int[nb.Length];
        var dist = Dist; var done = _done; var heap = _heap;
        heap.Clear();
        dist[source] = 0; Sigma[source] = 1;
        heap.Enqueue(source, 0);
        while (heap.TryDequeue(out int v, out double dv))
        {
            if (done[v] || dv != dist[v]) continue; // stale entry of a node whose distance dropped
            done[v] = true; Order[Settled++] = v;
            double sigmaV = Sigma[v];
            for (int p = off[v]; p < off[v + 1]; p++)
            {
                int w = nb[p];
                if (done[w]) continue;
                double alt = dv + length[p];
                double dw = dist[w];
                if (double.IsPositiveInfinity(dw) || (alt < dw && !Close(alt, dw)))
                {
                    dist[w] = alt;
                    if (withPaths) { Sigma[w] = sigmaV; _preds[off[w]] = v; _predCount[w] = 1; }
                    heap.Enqueue(w, alt);
                }
                else if (withPaths && Close(alt, dw)) { Sigma[w] += sigmaV; _preds[off[w] + _predCount[w]++] = v; }
            }
        }
    }

    private double[] Lengths(WeightedGraph g)
    {
        if (ReferenceEquals(_lengthGraph, g)) return _length;
        var wt = g.RawWeights;
        _length = new double[wt.Length];
        for (int p = 0; p < wt.Length; p++) _length[p] = 1.0 / wt[p];
        _lengthGraph = g;
        return _length;
    }
}
