namespace NevSpec.Core.Networks;

/// <summary>
/// Two-level map equation (Infomap's objective) for an undirected weighted <see cref="WeightedGraph"/>: the
/// codelength of a given partition and the one-level codelength, with the standard undirected flow model.
/// </summary>
/// <remarks>
/// Flow = stationary distribution of the undirected random walk without teleportation: node visit rate
/// p_α = s_α/(2W) (s = strength, W = total edge weight) and module exit rate q_i = Σ w/(2W) over the edges
/// with exactly one end in module i; P_i = Σ_{α∈i} p_α. Then
/// <c>L(M) = plogp(Σ_i q_i) − 2 Σ_i plogp(q_i) − Σ_α plogp(p_α) + Σ_i plogp(q_i + P_i)</c>, plogp(x) = x·log₂x (0 at 0),
/// in bits. Rosvall and Bergstrom (2008), "Maps of random walks on complex networks reveal community structure",
/// PNAS 105(4), 1118–1123, eq. (4). This is the value printed by the official Infomap (≥ 1.0, flow model
/// "undirected"); it is <b>not</b> igraph's <c>community_infomap</c> codelength, which records PageRank teleportation
/// (τ = 0.15) in the exit rates. Self-loops (<see cref="WeightedGraph.InternalStrength"/>) are not part of the flow.
/// Isolated nodes have zero flow and add nothing. A graph without edges has codelength 0.
/// </remarks>
public static class MapEquation
{
    /// <summary>x·log₂x, 0 for x ≤ 0.</summary>
    public static double PLogP(double x) => x > 0 ? x * Math.Log2(x) : 0.0;

    /// <summary>Node visit rates p_α = s_α/(2W) (all zero when the graph has no edges).</summary>
    public static double[] NodeFlow(WeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var flow = new double[graph.NodeCount];
        double twoW = 2 * graph.TotalWeight;
        if (twoW <= 0) return flow;
        for (int i = 0; i < flow.Length; i++) flow[i] = graph.Strength(i) / twoW;
        return flow;
    }

    /// <summary>One-level codelength H(p) = −Σ_α plogp(p_α) in bits (all nodes in a single module).</summary>
    public static double OneLevelCodelength(WeightedGraph graph)
    {
        double h = 0;
        foreach (double p in NodeFlow(graph)) h -= PLogP(p);
        return h;
    }

    /// <summary>Two-level codelength of the partition <paramref name="membership"/> (module label per node, any integers).</summary>
    /// <exception cref="ArgumentException">The membership length differs from the node count.</exception>
    public static MapEquationResult Evaluate(WeightedGraph graph, IReadOnlyList<int> membership)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        int n = graph.NodeCount;
        if (membership.Count != n)
            throw new ArgumentException($"Membership has {membership.Count} entries for {n} nodes.", nameof(membership));
        // Modules numbered 0..k−1 in order of first appearance (any integer labels allowed).
        var module = new int[n];
        for (int i = 0; i < n; i++) module[i] = membership[i];
        int k = InfomapFlowLevel.Renumber(module);
        var p = NodeFlow(graph);
        var exit = new double[k];
        var flow = new double[k];
        double twoW = 2 * graph.TotalWeight;
        int[] off = graph.RawOffsets, nb = graph.RawNeighbors;
        double[] w = graph.RawWeights;
        for (int a = 0; a < n; a++)
        {
            flow[module[a]] += p[a];
            if (twoW <= 0) continue;
            for (int e = off[a]; e < off[a + 1]; e++)
                if (module[nb[e]] != module[a]) exit[module[a]] += w[e] / twoW;
        }
        return Compose(exit, flow, p, k);
    }

    /// <summary>Assembles the codelength terms from module exit rates, module flows and node flows.</summary>
    internal static MapEquationResult Compose(double[] exit, double[] moduleFlow, double[] nodeFlow, int moduleCount)
    {
        double sumExit = 0, sumPlogpExit = 0, sumPlogpExitFlow = 0, sumPlogpNode = 0;
        for (int i = 0; i < exit.Length; i++)
        {
            sumExit += exit[i];
            sumPlogpExit += PLogP(exit[i]);
            sumPlogpExitFlow += PLogP(exit[i] + moduleFlow[i]);
        }
        foreach (double p in nodeFlow) sumPlogpNode += PLogP(p);
        double index = PLogP(sumExit) - sumPlogpExit;
        double mod = sumPlogpExitFlow - sumPlogpExit - sumPlogpNode;
        return new MapEquationResult(index + mod, index, mod, -sumPlogpNode, moduleCount);
    }
}
