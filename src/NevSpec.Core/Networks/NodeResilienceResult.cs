namespace NevSpec.Core.Networks;

/// <summary>Node resilience of every node of one graph, with the centralities and weights it was built from.</summary>
/// <param name="NodeIds">Node ids in graph order.</param>
/// <param name="Degree">Degree centrality k/(n − 1).</param>
/// <param name="Closeness">Closeness centrality under <see cref="NodeResilienceOptions.Closeness"/>.</param>
/// <param name="Betweenness">Normalised betweenness centrality.</param>
/// <param name="Weights">Degree, closeness and betweenness, in that order.</param>
/// <param name="Resilience">R_i = Σ_j w_j z_ij, in [shift, 1 + shift].</param>
/// <param name="Options">The options used (the weighting actually applied; see <see cref="Notes"/> for a fallback).</param>
/// <param name="Notes">Degenerate cases: a constant centrality, or equal weights used because every centrality is constant.</param>
public sealed record NodeResilienceResult(
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<double> Degree,
    IReadOnlyList<double> Closeness,
    IReadOnlyList<double> Betweenness,
    IReadOnlyList<NodeResilienceWeight> Weights,
    IReadOnlyList<double> Resilience,
    NodeResilienceOptions Options,
    IReadOnlyList<string> Notes)
{
    /// <summary>Node indices ordered by resilience, highest first (ties by node order).</summary>
    public IReadOnlyList<int> Ranking() =>
        Enumerable.Range(0, Resilience.Count).OrderByDescending(i => Resilience[i]).ThenBy(i => i).ToArray();
}
