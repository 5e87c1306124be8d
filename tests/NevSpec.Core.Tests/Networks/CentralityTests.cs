using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Node centralities against networkx 2.8.8 / python-igraph 0.10.2 (shared/reference/network/*_metrics.json).
/// Tolerances (reference README): degree and closeness 1e-12 relative (1e-14 absolute near 0); betweenness 1e-9
/// absolute on raw values; weighted betweenness against <c>betweenness_weighted_exact_rational_raw</c> (exact
/// fractions), not networkx (which miscounts tied float path lengths on karate).
/// </summary>
public class CentralityTests
{
    public static TheoryData<string> Datasets => GraphMetricsTests.Datasets;

    [Theory, MemberData(nameof(Datasets))]
    public void DegreeCentrality(string name)
    {
        var (g, j) = GraphMetricsTests.Case(name);
        AssertAll(NodeMetric(j, g, "degree"), Centrality.Degree(g, normalized: false), 0, 0, $"{name} degree", g);
        AssertAll(NodeMetric(j, g, "degree_centrality_networkx"), Centrality.Degree(g), 1e-12, 1e-14, $"{name} degree centrality (networkx)", g);
    }

    [Theory, MemberData(nameof(Datasets))]
    public void ClosenessAllConventions(string name)
    {
        var (g, j) = GraphMetricsTests.Case(name);
        AssertAll(NodeMetric(j, g, "closeness_networkx_wf_default"), Centrality.Closeness(g), 1e-12, 1e-14, $"{name} closeness (networkx WF)", g);
        AssertAll(NodeMetric(j, g, "closeness_igraph_normalized_default"), Centrality.Closeness(g, convention: ClosenessConvention.IgraphNormalized), 1e-12, 1e-14, $"{name} closeness (igraph normalized)", g);
        AssertAll(NodeMetric(j, g, "closeness_igraph_raw"), Centrality.Closeness(g, convention: ClosenessConvention.IgraphRaw), 1e-12, 1e-14, $"{name} closeness (igraph raw)", g);
        if (name is "karate" or "lesmis")
        {
            AssertAll(NodeMetric(j, g, "closeness_weighted_networkx_wf_default"), Centrality.Closeness(g, weighted: true), 1e-12, 1e-14, $"{name} weighted closeness 1/w (networkx)", g);
            AssertAll(NodeMetric(j, g, "closeness_weighted_igraph_normalized"), Centrality.Closeness(g, true, ClosenessConvention.IgraphNormalized), 1e-12, 1e-14, $"{name} weighted closeness 1/w (igraph)", g);
        }
    }

    [Theory, MemberData(nameof(Datasets))]
    public void Betweenness(string name)
    {
        var (g, j) = GraphMetricsTests.Case(name);
        AssertAll(NodeMetric(j, g, "betweenness_igraph_raw"), Centrality.Betweenness(g, normalized: false), 0, 1e-9, $"{name} betweenness raw (igraph)", g);
        AssertAll(NodeMetric(j, g, "betweenness_networkx_normalized"), Centrality.Betweenness(g), 0, 1e-9, $"{name} betweenness normalized (networkx)", g);
        if (name is "karate" or "lesmis")
        {
            AssertAll(NodeMetric(j, g, "betweenness_weighted_exact_rational_raw"), Centrality.Betweenness(g, weighted: true, normalized: false), 0, 1e-9, $"{name} weighted betweenness 1/w (exact rational)", g);
            AssertAll(NodeMetric(j, g, "betweenness_weighted_igraph_raw"), Centrality.Betweenness(g, weighted: true, normalized: false), 0, 1e-9, $"{name} weighted betweenness 1/w (igraph)", g);
        }
    }
}
