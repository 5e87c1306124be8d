using NevSpec.Core.Indices;

namespace NevSpec.Core.Networks;

/// <summary>
/// Node resilience: a node's structural weight in the network, the weighted sum of its min–max normalised degree,
/// closeness and betweenness centralities (paper 2, section 3.3: "calculated based on three centrality degrees").
/// </summary>
/// <remarks>
/// <para>Centralities (see <see cref="Centrality"/>): degree k/(n − 1), closeness under the chosen convention,
/// betweenness normalised by 2/((n − 1)(n − 2)); hops or edge length 1/weight. For centrality j over the n nodes,
/// z_ij = (x_ij − min_j)/(max_j − min_j) + shift (shift 0.0001), and R_i = Σ_j w_j z_ij, so R ∈ [shift, 1 + shift].</para>
/// <para>Weights: <see cref="NodeResilienceWeighting.Equal"/> w_j = 1/3; <see cref="NodeResilienceWeighting.Entropy"/>
/// w_j = (1 − e_j)/Σ(1 − e_j) with e_j = −(1/ln n) Σ_i p_ij ln p_ij, p_ij = z_ij/Σ_i z_ij — exactly the entropy-weight
/// index (<see cref="EntropyWeightIndex"/>, pooled over the nodes), which computes it. Entropy weights let the centrality that
/// separates the nodes most count most; equal weights are the neutral alternative.</para>
/// <para>Degenerate cases (never NaN): a centrality that is the same for every node (e.g. betweenness 0 everywhere when
/// no node lies between two others) has no min–max normalisation; it is set to the shift for every node, its entropy is
/// then exactly 1, so it gets entropy weight 0 (1/3 under equal weights, adding shift/3 to every node), with a note. When
/// all three are constant, every node has the same resilience; entropy weights are undefined and equal weights are
/// used, with a note.</para>
/// </remarks>
public static class NodeResilience
{
    /// <summary>Names of the three centralities, in the order of <see cref="NodeResilienceResult.Weights"/>.</summary>
    public static readonly IReadOnlyList<string> CentralityNames = ["degree", "closeness", "betweenness"];

    /// <summary>Computes the centralities of <paramref name="graph"/> and combines them.</summary>
    /// <exception cref="ArgumentException">Fewer than two nodes, or a closeness that is NaN (an isolate under an igraph convention).</exception>
    public static NodeResilienceResult Compute(WeightedGraph graph, NodeResilienceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var o = options ?? new NodeResilienceOptions();
        return Combine(graph.NodeIds,
            Centrality.Degree(graph),
            Centrality.Closeness(graph, o.WeightedPaths, o.Closeness),
            Centrality.Betweenness(graph, o.WeightedPaths),
            o);
    }

    /// <summary>Combines given centralities (one value per node, in <paramref name="nodeIds"/> order).</summary>
    /// <exception cref="ArgumentException">Fewer than two nodes, lengths that differ, a value that is not finite, or a bad option.</exception>
    public static NodeResilienceResult Combine(IReadOnlyList<string> nodeIds, IReadOnlyList<double> degree,
        IReadOnlyList<double> closeness, IReadOnlyList<double> betweenness, NodeResilienceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var o = options ?? new NodeResilienceOptions();
        if (!Enum.IsDefined(o.Weighting)) throw new ArgumentException($"Unknown node-resilience weighting {o.Weighting}.", nameof(options));
        if (!(o.Shift >= 0) || !double.IsFinite(o.Shift))
            throw new ArgumentException($"The normalisation shift must be finite and ≥ 0 (conventionally 0.0001), got {o.Shift}.", nameof(options));
        int n = nodeIds.Count;
        if (n < 2) throw new ArgumentException($"Node resilience needs at least two nodes, got {n}.", nameof(nodeIds));
        var values = new[] { degree, closeness, betweenness };
        for (int j = 0; j < 3; j++)
        {
            ArgumentNullException.ThrowIfNull(values[j]);
            if (values[j].Count != n)
                throw new ArgumentException($"{CentralityNames[j]} has {values[j].Count} values for {n} nodes.", nameof(nodeIds));
            for (int i = 0; i < n; i++)
                if (!double.IsFinite(values[j][i]))
                    throw new ArgumentException(
                        $"The {CentralityNames[j]} of node '{nodeIds[i]}' is {values[j][i]}; node resilience needs finite centralities " +
                        "(an isolate has no igraph closeness: leave isolates out or use the Wasserman–Faust convention).", nameof(nodeIds));
        }

        var notes = new List<string>();
        var ranges = values.Select(v => (Min: v.Min(), Max: v.Max())).ToArray();
        var constant = Enumerable.Range(0, 3).Where(j => !(ranges[j].Max > ranges[j].Min)).ToList();
        foreach (int j in constant)
            notes.Add($"Every node has the same {CentralityNames[j]} ({ranges[j].Min:G6}): it carries no information, " +
                      $"is normalised to the shift {o.Shift:G6} for every node" +
                      (o.Weighting == NodeResilienceWeighting.Entropy ? " and gets entropy weight 0." : "."));
        var weighting = o.Weighting;
        if (weighting == NodeResilienceWeighting.Entropy && constant.Count == 3)
        {
            notes.Add("All three centralities are constant, so entropy weights are undefined; equal weights are used (every node has the same resilience).");
            weighting = NodeResilienceWeighting.Equal;
        }

        var weights = new double[3];
        var entropy = new double?[3];
        double[] resilience;
        if (weighting == NodeResilienceWeighting.Equal)
        {
            Array.Fill(weights, 1.0 / 3);
            resilience = new double[n];
            for (int i = 0; i < n; i++)
            {
                double s = 0;
                for (int j = 0; j < 3; j++) s += Normalise(values[j][i], ranges[j], o.Shift);
                resilience[i] = s / 3;
            }
        }
        else
        {
            // The entropy-weight index on the informative centralities; a constant one has entropy 1 and weight 0.
            var informative = Enumerable.Range(0, 3).Except(constant).ToArray();
            var index = new EntropyWeightIndex(new EntropyIndexOptions(EntropyWeighting.Pooled, o.Shift)).Compute("node resilience",
                informative.Select(j => Indicator.Positive(CentralityNames[j], values[j].ToArray())).ToArray());
            foreach (int j in constant) entropy[j] = 1;
            foreach (var row in index.Weights)
            {
                int j = IndexOfName(row.Indicator);
                weights[j] = row.Weight;
                entropy[j] = row.Entropy;
            }
            resilience = index.Scores;
            // The index leaves out the constant centralities; their weight is 0, so R is unchanged.
        }

        var table = Enumerable.Range(0, 3)
            .Select(j => new NodeResilienceWeight(CentralityNames[j], ranges[j].Min, ranges[j].Max, entropy[j], weights[j]))
            .ToArray();
        return new NodeResilienceResult(nodeIds.ToArray(), degree.ToArray(), closeness.ToArray(), betweenness.ToArray(), table,
            resilience, o with { Weighting = weighting }, notes);
    }

    private static double Normalise(double x, (double Min, double Max) range, double shift) =>
        range.Max > range.Min ? (x - range.Min) / (range.Max - range.Min) + shift : shift;

    private static int IndexOfName(string name)
    {
        for (int j = 0; j < CentralityNames.Count; j++) if (CentralityNames[j] == name) return j;
        throw new InvalidOperationException($"Unexpected indicator '{name}'.");
    }
}
