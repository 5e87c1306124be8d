namespace NevSpec.Core.Ergm.Internal;

/// <summary>The three structural distributions of statnet's <c>gof</c> for an undirected network.</summary>
internal static class NetworkDistributions
{
    /// <summary>Nodes of degree k, k = 0..n−1.</summary>
    public static double[] Degree(ErgmNetwork g)
    {
        var c = new double[Math.Max(1, g.NodeCount)];
        for (int i = 0; i < g.NodeCount; i++) c[g.Degree(i)]++;
        return c;
    }

    /// <summary>Ties with exactly k shared partners (edgewise shared partners), k = 0..n−2.</summary>
    public static double[] EdgewiseSharedPartners(ErgmNetwork g)
    {
        var c = new double[Math.Max(1, g.NodeCount - 1)];
        foreach (var (i, j) in g.Edges()) c[g.SharedPartners(i, j)]++;
        return c;
    }

    /// <summary>
    /// Unordered pairs at geodesic distance k, k = 1..n−1 (index k), and in the last slot (index n) the unreachable
    /// pairs ("Inf"). Index 0 is unused. One breadth-first search per node.
    /// </summary>
    public static double[] GeodesicDistances(ErgmNetwork g)
    {
        int n = g.NodeCount;
        var c = new double[n + 1];
        var dist = new int[n];
        var queue = new int[n];
        for (int s = 0; s < n; s++)
        {
            Array.Fill(dist, -1);
            dist[s] = 0;
            int head = 0, tail = 0;
            queue[tail++] = s;
            int reached = 1;
            while (head < tail)
            {
                int u = queue[head++];
                foreach (int v in g.Neighbors(u))
                {
                    if (dist[v] >= 0) continue;
                    dist[v] = dist[u] + 1;
                    queue[tail++] = v;
                    reached++;
                    if (v > s) c[dist[v]]++;
                }
            }
            // Pairs (s, v > s) never reached.
            int unreachedAbove = 0;
            for (int v = s + 1; v < n; v++) if (dist[v] < 0) unreachedAbove++;
            c[n] += unreachedAbove;
        }
        return c;
    }
}
