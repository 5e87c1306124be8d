using System.Collections.Concurrent;

namespace NevSpec.Core.Networks;

/// <summary>Graph-level structure metrics of a <see cref="WeightedGraph"/>.</summary>
/// <remarks>
/// <para>Density 2m/(n(n − 1)); average degree 2m/n (isolates count in n; self-loops never count).</para>
/// <para>Average shortest path length (APL, unweighted, or with edge length 1/weight):
/// <see cref="AveragePathLength"/> = mean of d(u, v) over the <i>reachable</i> ordered pairs u ≠ v (igraph
/// <c>unconn=True</c>; equals networkx on a connected graph); <see cref="AveragePathLengthLargestComponent"/> =
/// APL of the largest connected component alone; <see cref="GlobalEfficiency"/> = the harmonic variant, mean over
/// <i>all</i> ordered pairs of 1/d(u, v) with 1/∞ = 0 (Latora &amp; Marchiori 2001, <i>PRL</i> 87, 198701).</para>
/// <para>Transitivity = 3·triangles/connected triples (Newman 2003, <i>SIAM Rev.</i> 45, 167). Local clustering
/// C_i = 2T_i/(k_i(k_i − 1)) (Watts &amp; Strogatz 1998), C_i = 0 when k_i &lt; 2 (networkx convention).</para>
/// <para>Degree-distribution slope: P(k) = (nodes of degree k)/n for every observed k ≥ 1 (k = 0 dropped, n = all
/// nodes), OLS of log P(k) on log k with intercept.</para>
/// <para>The path-length averages run one search per source, in parallel over fixed blocks of sources whose partial
/// sums are added in block order, so the result does not depend on the number of threads. Cost: O(n·m) for unweighted
/// distances (one BFS per source), O(n·m log n) weighted.</para>
/// </remarks>
public static class GraphMetrics
{
    /// <summary>Density 2m/(n(n − 1)); 0 when n &lt; 2 (no possible edge).</summary>
    public static double Density(WeightedGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        int n = g.NodeCount;
        return n < 2 ? 0 : 2.0 * g.EdgeCount / ((double)n * (n - 1));
    }

    /// <summary>Average degree 2m/n; 0 for the empty graph.</summary>
    public static double AverageDegree(WeightedGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return g.NodeCount == 0 ? 0 : 2.0 * g.EdgeCount / g.NodeCount;
    }

    /// <summary>Average strength 2·Σw/n; 0 for the empty graph.</summary>
    public static double AverageStrength(WeightedGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return g.NodeCount == 0 ? 0 : 2.0 * g.TotalWeight / g.NodeCount;
    }

    /// <summary>Mean distance over reachable ordered pairs u ≠ v (igraph <c>unconn=True</c>); NaN when no pair is reachable (no edge).</summary>
    public static double AveragePathLength(WeightedGraph g, bool weighted = false)
    {
        var (sum, pairs, _) = PathSums(g, weighted, null);
        return pairs == 0 ? double.NaN : sum / pairs;
    }

    /// <summary>APL of the largest connected component (first in node order on ties); NaN when it has one node.</summary>
    public static double AveragePathLengthLargestComponent(WeightedGraph g, bool weighted = false)
    {
        var comp = Components(g);
        if (g.NodeCount == 0) return double.NaN;
        var sizes = new int[comp.Max() + 1];
        foreach (int c in comp) sizes[c]++;
        int best = 0;
        for (int c = 1; c < sizes.Length; c++) if (sizes[c] > sizes[best]) best = c;
        var (sum, pairs, _) = PathSums(g, weighted, u => comp[u] == best);
        return pairs == 0 ? double.NaN : sum / pairs;
    }

    /// <summary>Global efficiency: mean over all ordered pairs u ≠ v of 1/d(u, v), 1/∞ = 0; 0 when n &lt; 2.</summary>
    public static double GlobalEfficiency(WeightedGraph g, bool weighted = false)
    {
        var (_, _, inv) = PathSums(g, weighted, null);
        int n = g.NodeCount;
        return n < 2 ? 0 : inv / ((double)n * (n - 1));
    }

    /// <summary>Connected-component label per node (0, 1, … in order of first node).</summary>
    public static IReadOnlyList<int> ComponentLabels(WeightedGraph g) => Components(g);

    /// <summary>Global transitivity 3·triangles/connected triples; 0 when there is no connected triple.</summary>
    public static double Transitivity(WeightedGraph g)
    {
        var t = Triangles(g);
        double num = 0, den = 0;
        for (int i = 0; i < g.NodeCount; i++) { num += t[i]; double k = g.Degree(i); den += k * (k - 1) / 2; }
        return den == 0 ? 0 : num / den;
    }

    /// <summary>Local clustering per node; nodes of degree &lt; 2 get 0 (networkx, igraph <c>mode="zero"</c>).</summary>
    public static IReadOnlyList<double> LocalClustering(WeightedGraph g)
    {
        var t = Triangles(g);
        var c = new double[g.NodeCount];
        for (int i = 0; i < c.Length; i++) { double k = g.Degree(i); c[i] = k < 2 ? 0 : 2 * t[i] / (k * (k - 1)); }
        return c;
    }

    /// <summary>Average local clustering. <paramref name="excludeDegreeBelowTwo"/> = false: networkx
    /// <c>average_clustering</c> (degree &lt; 2 counted as 0); true: igraph default <c>mode="nan"</c> (those nodes left out).
    /// Returns 0 when no node is left to average.</summary>
    public static double AverageClustering(WeightedGraph g, bool excludeDegreeBelowTwo = false)
    {
        var c = LocalClustering(g);
        double s = 0; int m = 0;
        for (int i = 0; i < c.Count; i++)
        {
            if (excludeDegreeBelowTwo && g.Degree(i) < 2) continue;
            s += c[i]; m++;
        }
        return m == 0 ? 0 : s / m;
    }

    /// <summary>Log–log OLS fit of P(k) on k (see remarks of <see cref="GraphMetrics"/>).</summary>
    /// <exception cref="ArgumentException">Fewer than two distinct observed degrees ≥ 1, or a log base that is not &gt; 0 and ≠ 1.</exception>
    public static DegreeSlopeFit DegreeDistributionSlope(WeightedGraph g, double logBase = 10)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (!(logBase > 0) || logBase == 1 || !double.IsFinite(logBase))
            throw new ArgumentException($"Log base must be finite, > 0 and ≠ 1, got {logBase}.", nameof(logBase));
        var counts = new SortedDictionary<int, int>();
        for (int i = 0; i < g.NodeCount; i++)
        {
            int k = g.Degree(i);
            if (k >= 1) counts[k] = counts.TryGetValue(k, out int c) ? c + 1 : 1;
        }
        if (counts.Count < 2)
            throw new ArgumentException($"The degree-distribution slope needs at least two distinct degrees ≥ 1; the graph has {counts.Count}.", nameof(g));
        int m = counts.Count; double n = g.NodeCount;
        var ks = counts.Keys.ToArray();
        var p = counts.Values.Select(c => c / n).ToArray();
        var x = ks.Select(k => Math.Log(k) / Math.Log(logBase)).ToArray();
        var y = p.Select(v => Math.Log(v) / Math.Log(logBase)).ToArray();
        double mx = x.Average(), my = y.Average(), sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < m; i++) { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my); syy += (y[i] - my) * (y[i] - my); }
        double slope = sxy / sxx, intercept = my - slope * mx, sse = 0;
        for (int i = 0; i < m; i++) { double e = y[i] - intercept - slope * x[i]; sse += e * e; }
        double s2 = m > 2 ? sse / (m - 2) : double.NaN;
        double seSlope = Math.Sqrt(s2 / sxx), seInt = Math.Sqrt(s2 * (1.0 / m + mx * mx / sxx));
        double r2 = syy == 0 ? 1 : 1 - sse / syy;
        return new DegreeSlopeFit(ks, p, logBase, slope, intercept, seSlope, seInt, r2);
    }

    private static double[] Triangles(WeightedGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        int n = g.NodeCount; var off = g.RawOffsets; var nb = g.RawNeighbors;
        var t = new double[n]; var mark = new int[n]; Array.Fill(mark, -1);
        for (int i = 0; i < n; i++)
        {
            for (int p = off[i]; p < off[i + 1]; p++) mark[nb[p]] = i;
            long c = 0;
            for (int p = off[i]; p < off[i + 1]; p++)
            {
                int j = nb[p];
                for (int q = off[j]; q < off[j + 1]; q++) if (mark[nb[q]] == i) c++;
            }
            t[i] = c / 2; // each triangle at i seen from both other corners
        }
        return t;
    }

    private static int[] Components(WeightedGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        int n = g.NodeCount; var comp = new int[n]; Array.Fill(comp, -1);
        var stack = new Stack<int>(); int label = 0;
        for (int s = 0; s < n; s++)
        {
            if (comp[s] >= 0) continue;
            comp[s] = label; stack.Push(s);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                for (int p = g.RawOffsets[v]; p < g.RawOffsets[v + 1]; p++)
                    if (comp[g.RawNeighbors[p]] < 0) { comp[g.RawNeighbors[p]] = label; stack.Push(g.RawNeighbors[p]); }
            }
            label++;
        }
        return comp;
    }

    private static (double Sum, long Pairs, double InverseSum) PathSums(WeightedGraph g, bool weighted, Func<int, bool>? include)
    {
        ArgumentNullException.ThrowIfNull(g);
        int n = g.NodeCount;
        // Sources in fixed blocks (s mod B) with one partial sum each, added in block order: the same result on any
        // number of threads (unweighted distances are integers, so those sums are exact in any order anyway).
        int blocks = ShortestPaths.SourceBlockCount(n);
        var partial = new (double Sum, long Pairs, double Inverse)[blocks];
        var pool = new ConcurrentBag<ShortestPaths>(); // one workspace per concurrent worker
        Parallel.For(0, blocks, b =>
        {
            if (!pool.TryTake(out var sp)) sp = new ShortestPaths(n);
            double sum = 0, inv = 0; long pairs = 0;
            for (int u = b; u < n; u += blocks)
            {
                if (include is not null && !include(u)) continue;
                sp.RunDistances(g, u, weighted);
                for (int i = 1; i < sp.Settled; i++) { double d = sp.Dist[sp.Order[i]]; sum += d; inv += 1 / d; pairs++; }
            }
            partial[b] = (sum, pairs, inv);
            pool.Add(sp);
        });
        var total = partial[0];
        for (int b = 1; b < blocks; b++)
            total = (total.Sum + partial[b].Sum, total.Pairs + partial[b].Pairs, total.Inverse + partial[b].Inverse);
        return total;
    }
}
