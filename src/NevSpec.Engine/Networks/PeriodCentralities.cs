namespace NevSpec.Engine.Networks;

/// <summary>Degree, closeness and betweenness centrality of every node with a link in one period.</summary>
/// <param name="Label">Period label.</param>
/// <param name="Data">The loaded period; node i here is <c>Data.ActiveNodes[i]</c> there.</param>
/// <param name="NodeIds">Ids of the period's nodes with links, in node order.</param>
/// <param name="NodeLabels">Their display names.</param>
/// <param name="DegreeCount">Degree k (distinct partners).</param>
/// <param name="Degree">Degree centrality k/(n − 1).</param>
/// <param name="Closeness">Closeness centrality under the plan's convention (Wasserman–Faust by default).</param>
/// <param name="Betweenness">Betweenness centrality, normalised by 2/((n − 1)(n − 2)).</param>
public sealed record PeriodCentralities(
    string Label,
    NetworkPeriod Data,
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<string> NodeLabels,
    IReadOnlyList<int> DegreeCount,
    IReadOnlyList<double> Degree,
    IReadOnlyList<double> Closeness,
    IReadOnlyList<double> Betweenness)
{
    /// <summary>The first <paramref name="count"/> nodes by degree (ties: betweenness, then closeness, then node order).</summary>
    public IReadOnlyList<int> TopByDegree(int count) => Enumerable.Range(0, NodeIds.Count)
        .OrderByDescending(i => Degree[i]).ThenByDescending(i => Betweenness[i]).ThenByDescending(i => Closeness[i]).ThenBy(i => i)
        .Take(Math.Max(0, count)).ToArray();
}
