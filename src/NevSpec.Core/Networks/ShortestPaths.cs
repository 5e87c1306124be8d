namespace NevSpec.Core.Networks;

/// <summary>Single-source shortest paths with path counts (BFS or Dijkstra), the engine of Brandes' algorithm.</summary>
/// <remarks>
/// <para>Weighted lengths are 1/weight (stronger tie = shorter). Two path lengths a, b are treated as equal when
/// |a − b| ≤ 1e-10·max(|a|, |b|) (igraph's convention): exact float comparison miscounts shortest paths, e.g. on
/// karate 1/3+1/3+1/2+1/3 = 1.4999999999999998 vs 1/3+1/3+1/3+1/2 = 1.5 (see the reference README, Betweenness).</para>
/// <para>One instance is a reusable workspace for one thread: a run resets only the nodes the previous run reached, so
/// n runs cost O(n·m) (BFS) and allocate nothing. Unweighted runs record each node's successors (neighbours one level
/// further) contiguously in BFS order, so the dependency pass reads them sequentially and each node pulls its
/// dependency from them. Weighted predecessors of w are neighbours of w, so they are stored in w's own CSR slots of one
/// flat array, in the order Dijkstra finds them (the same sets as per-node lists, including the tolerance rule). The
/// weighted search uses an indexed 4-ary heap with decrease-key.</para>
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
    private int[] _successors = [];      // unweighted runs: successors in BFS order (see Bfs)
    private readonly int[] _successorStart;
    private double[] _length = [];      // 1/weight per CSR slot of _lengthGraph
    private WeightedGraph? _lengthGraph;
    private readonly int[] _heap;
    private readonly int[] _heapPos;
    private readonly long[] _heapKey;
    private int _heapSize;

    public ShortestPaths(int n)
    {
        Dist = new double[n]; Sigma = new double[n]; Order = new int[n];
        _level = new int[n]; _done = new bool[n]; _predCount = new int[n]; _heap = new int[n]; _heapPos = new int[n]; _heapKey = new long[n + 4];
        Array.Fill(_heapKey, InfiniteKey);
        _successorStart = new int[n + 1];
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
    /// Brandes' dependency accumulation for the last <see cref="Run"/> (not <see cref="RunDistances"/>):
    /// δ(v) = Σ_{w: v ∈ P(w)} σ_v/σ_w·(1 + δ(w)) over the settled nodes in reverse order, and
    /// <paramref name="betweenness"/>[v] += δ(v) for v ≠ source. <paramref name="delta"/> is scratch space of length n.
    /// </summary>
    public void AccumulateDependencies(WeightedGraph g, bool weighted, double[] delta, double[] betweenness)
    {
        int[] off = g.RawOffsets, order = Order;
        double[] sigma = Sigma;
        if (weighted)
        {
            for (int i = 0; i < Settled; i++) delta[order[i]] = 0;
            for (int i = Settled - 1; i > 0; i--)
            {
                int w = order[i];
                double coef = (1 + delta[w]) / sigma[w];
                for (int p = off[w], end = off[w] + _predCount[w]; p < end; p++)
                {
                    int v = _preds[p];
                    delta[v] += sigma[v] * coef;
                }
                betweenness[w] += delta[w];
            }
            return;
        }
        // Unweighted: each node pulls from its successors, whose factor (1 + δ(w))/σ_w is final because they come
        // later in BFS order; delta[w] holds that factor once w is done.
        int[] successors = _successors, successorStart = _successorStart;
        for (int i = Settled - 1; i > 0; i--)
        {
            double pulled = 0;
            for (int k = successorStart[i], end = successorStart[i + 1]; k < end; k++) pulled += delta[successors[k]];
            int v = order[i];
            double dv = sigma[v] * pulled;
            betweenness[v] += dv;
            delta[v] = (1 + dv) / sigma[v];
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
        Settled = withPaths ? BfsWithPaths(g.RawOffsets, g.RawNeighbors, source) : BfsLevels(g.RawOffsets, g.RawNeighbors, source);
        int[] queue = Order, level = _level;
        double[] dist = Dist;
        for (int i = 0; i < Settled; i++) dist[queue[i]] = level[queue[i]];
    }

    // Plain BFS: levels and order. Returns the number of nodes reached.
    private int BfsLevels(int[] off, int[] nb, int source)
    {
        int[] level = _level, queue = Order;
        int head = 0, tail = 0;
        level[source] = 0; queue[tail++] = source;
        while (head < tail)
        {
            int v = queue[head++];
            int next = level[v] + 1;
            for (int p = off[v], end = off[v + 1]; p < end; p++)
            {
                int w = nb[p];
                if (level[w] < 0) { level[w] = next; queue[tail++] = w; }
            }
        }
        return tail;
    }

    // BFS with path counts. Successors of the i-th settled node (neighbours one level further) go to _successors in
    // scan order, from _successorStart[i]: written sequentially here, read sequentially by the dependency pass.
    private int BfsWithPaths(int[] off, int[] nb, int source)
    {
        if (_successors.Length < nb.Length) _successors = new int[nb.Length];
        int[] level = _level, queue = Order, successors = _successors, successorStart = _successorStart;
        double[] sigma = Sigma;
        int head = 0, tail = 0, count = 0;
        level[source] = 0; sigma[source] = 1; queue[tail++] = source;
        while (head < tail)
        {
            successorStart[head] = count;
            int v = queue[head++];
            int next = level[v] + 1;
            double sigmaV = sigma[v];
            for (int p = off[v], end = off[v + 1]; p < end; p++)
            {
                int w = nb[p];
                int lw = level[w];
                if (lw < 0) { level[w] = next; queue[tail++] = w; sigma[w] = sigmaV; successors[count++] = w; }
                else if (lw == next) { sigma[w] += sigmaV; successors[count++] = w; }
            }
        }
        successorStart[tail] = count;
        return tail;
    }

    private void Dijkstra(WeightedGraph g, int source, bool withPaths)
    {
        int[] off = g.RawOffsets, nb = g.RawNeighbors, predCount = _predCount;
        var length = Lengths(g);
        if (withPaths && _preds.Length < nb.Length) _preds = new int[nb.Length];
        int[] preds = _preds;
        double[] dist = Dist, sigma = Sigma;
        bool[] done = _done;
        dist[source] = 0; sigma[source] = 1;
        _heapSize = 0;
        HeapPush(source);
        while (_heapSize > 0)
        {
            int v = HeapPopMin();
            done[v] = true; Order[Settled++] = v;
            double dv = dist[v], sigmaV = sigma[v];
            for (int p = off[v], end = off[v + 1]; p < end; p++)
            {
                // A settled w has dist[w] ≤ dv < alt, so it can only meet the tie rule; testing done[w] there alone
                // keeps the unpredictable settled/unsettled branch out of the common path.
                int w = nb[p];
                double alt = dv + length[p];
                double dw = dist[w];
                if (alt < dw)
                {
                    if (double.IsPositiveInfinity(dw))
                    {
                        dist[w] = alt;
                        if (withPaths) { sigma[w] = sigmaV; preds[off[w]] = v; predCount[w] = 1; }
                        HeapPush(w);
                    }
                    else if (!Close(alt, dw))
                    {
                        dist[w] = alt;
                        if (withPaths) { sigma[w] = sigmaV; preds[off[w]] = v; predCount[w] = 1; }
                        HeapDecreased(w);
                    }
                    else if (withPaths) { sigma[w] += sigmaV; preds[off[w] + predCount[w]++] = v; }
                }
                else if (withPaths && Close(alt, dw) && !done[w]) { sigma[w] += sigmaV; preds[off[w] + predCount[w]++] = v; }
            }
        }
    }

    // Indexed 4-ary min-heap on Dist with decrease-key in place (no stale entries): slot i holds node _heap[i] with
    // key _heapKey[i], _heapPos[v] is v's slot. A key is the IEEE bit pattern of the distance: for doubles ≥ 0
    // (including +∞) it orders exactly as the distance does, and the child selection can be branch-free
    // (see Less), which matters here because heap comparisons are unpredictable. Equal distances leave in an order fixed by the
    // run, so results are repeatable. Slots past the end hold +∞, so a node always compares four children.
    private void HeapPush(int v)
    {
        int i = _heapSize++;
        SiftUp(i, v, BitConverter.DoubleToInt64Bits(Dist[v]));
    }

    private void HeapDecreased(int v) => SiftUp(_heapPos[v], v, BitConverter.DoubleToInt64Bits(Dist[v]));

    private int HeapPopMin()
    {
        int top = _heap[0];
        int size = --_heapSize;
        long lastKey = _heapKey[size];
        _heapKey[size] = InfiniteKey;
        if (size > 0) SiftDown(_heap[size], lastKey, size);
        return top;
    }

    private static readonly long InfiniteKey = BitConverter.DoubleToInt64Bits(double.PositiveInfinity);

    private void SiftUp(int i, int v, long key)
    {
        int[] heap = _heap, pos = _heapPos;
        long[] keys = _heapKey;
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (keys[parent] <= key) break;
            int u = heap[parent];
            heap[i] = u; keys[i] = keys[parent]; pos[u] = i;
            i = parent;
        }
        heap[i] = v; keys[i] = key; pos[v] = i;
    }

    private static int Less(long x, long y) => (int)((ulong)(x - y) >> 63);

    // Places (v, key) starting at the root of a heap of the given size.
    private void SiftDown(int v, long key, int size)
    {
        int[] heap = _heap, pos = _heapPos;
        long[] keys = _heapKey;
        int i = 0;
        while (true)
        {
            int first = 4 * i + 1;
            if (first >= size) break;
            // Less(x, y) = 1 when x < y, from the sign of x − y (no overflow: keys are in 0..2^63): branch-free.
            int a = first + Less(keys[first + 1], keys[first]);
            int b = first + 2 + Less(keys[first + 3], keys[first + 2]);
            int best = a + Less(keys[b], keys[a]) * (b - a);
            long bestKey = keys[best];
            if (key <= bestKey) break;
            int u = heap[best];
            heap[i] = u; keys[i] = bestKey; pos[u] = i;
            i = best;
        }
        heap[i] = v; keys[i] = key; pos[v] = i;
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
