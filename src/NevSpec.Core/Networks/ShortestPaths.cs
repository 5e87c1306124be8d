namespace NevSpec.Core.Networks;

/// <summary>Single-source shortest paths with path counts (BFS or Dijkstra), the engine of Brandes' algorithm.</summary>
/// <remarks>
/// Weighted lengths are 1/weight (stronger tie = shorter). Two path lengths a, b are treated as equal when
/// |a − b| ≤ 1e-10·max(|a|, |b|) (igraph's convention): exact float comparison miscounts shortest paths, e.g. on
/// karate 1/3+1/3+1/2+1/3 = 1.4999999999999998 vs 1/3+1/3+1/3+1/2 = 1.5 (see the reference README, Betweenness).
/// </remarks>
internal sealed class ShortestPaths
{
    internal const double RelativeTolerance = 1e-10;

    public readonly double[] Dist;
    public readonly double[] Sigma;
    public readonly int[] Order;      // settled nodes in non-decreasing distance
    public int Settled;
    public readonly List<int>[] Preds;

    public ShortestPaths(int n)
    {
        Dist = new double[n]; Sigma = new double[n]; Order = new int[n]; Preds = new List<int>[n];
        for (int i = 0; i < n; i++) Preds[i] = new List<int>(4);
    }

    internal static bool Close(double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    public void Run(WeightedGraph g, int source, bool weighted)
    {
        int n = g.NodeCount;
        for (int i = 0; i < n; i++) { Dist[i] = double.PositiveInfinity; Sigma[i] = 0; Preds[i].Clear(); }
        Settled = 0;
        Dist[source] = 0; Sigma[source] = 1;
        var off = g.RawOffsets; var nb = g.RawNeighbors; var wt = g.RawWeights;
        if (!weighted)
        {
            var queue = Order; int head = 0; queue[Settled++] = source;
            while (head < Settled)
            {
                int v = queue[head++];
                for (int p = off[v]; p < off[v + 1]; p++)
                {
                    int w = nb[p];
                    if (double.IsPositiveInfinity(Dist[w])) { Dist[w] = Dist[v] + 1; queue[Settled++] = w; }
                    if (Dist[w] == Dist[v] + 1) { Sigma[w] += Sigma[v]; Preds[w].Add(v); }
                }
            }
            return;
        }
        var done = new bool[n];
        var heap = new PriorityQueue<int, double>();
        heap.Enqueue(source, 0);
        while (heap.TryDequeue(out int v, out double dv))
        {
            if (done[v] || dv != Dist[v]) continue;
            done[v] = true; Order[Settled++] = v;
            for (int p = off[v]; p < off[v + 1]; p++)
            {
                int w = nb[p];
                if (done[w]) continue;
                double alt = Dist[v] + 1.0 / wt[p];
                if (double.IsPositiveInfinity(Dist[w]) || (alt < Dist[w] && !Close(alt, Dist[w])))
                {
                    Dist[w] = alt; Sigma[w] = Sigma[v]; Preds[w].Clear(); Preds[w].Add(v);
                    heap.Enqueue(w, alt);
                }
                else if (Close(alt, Dist[w])) { Sigma[w] += Sigma[v]; Preds[w].Add(v); }
            }
        }
    }
}
