using System.Text.Json;
using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Cross-check against R igraph 1.3.5 (shared/reference/network/r_igraph_crosscheck.json): the values computed with
/// <c>weights = NA</c> (unweighted) and with explicit length 1/weight — not R's default call, which silently uses the
/// weight as a length. Tolerances as in the reference README: density 1e-15; distances, transitivity, closeness 1e-12
/// relative (1e-14 absolute near 0); betweenness 1e-9 absolute on raw values (normalised: 1e-12 absolute).
/// </summary>
public class RIgraphCrossCheckTests
{
    public static TheoryData<string> Datasets => GraphMetricsTests.Datasets;

    private static double[] Nodes(JsonElement r, string key, WeightedGraph g)
    {
        var m = r.GetProperty(key);
        return g.NodeIds.Select(id => m.GetProperty(id) is var v && v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()).ToArray();
    }

    [Theory, MemberData(nameof(Datasets))]
    public void MatchesRIgraph(string name)
    {
        var (g, _) = GraphMetricsTests.Case(name);
        var r = Json("r_igraph_crosscheck.json").GetProperty(name);
        AssertRelative(r.GetProperty("density").GetDouble(), GraphMetrics.Density(g), 1e-15, 0, $"{name} density (R igraph)");
        AssertRelative(r.GetProperty("mean_distance_unconnected_TRUE_weights_NA").GetDouble(), GraphMetrics.AveragePathLength(g), 1e-12, 0, $"{name} mean_distance (R igraph)");
        AssertRelative(r.GetProperty("transitivity_global").GetDouble(), GraphMetrics.Transitivity(g), 1e-12, 1e-14, $"{name} transitivity (R igraph)");
        AssertRelative(r.GetProperty("transitivity_average_default").GetDouble(), GraphMetrics.AverageClustering(g, true), 1e-12, 1e-14, $"{name} avg local transitivity, isolates NaN (R igraph)");
        AssertRelative(r.GetProperty("transitivity_average_isolates_zero").GetDouble(), GraphMetrics.AverageClustering(g), 1e-12, 1e-14, $"{name} avg local transitivity, isolates zero (R igraph)");
        AssertAll(Nodes(r, "closeness_default_normalized_FALSE", g), Centrality.Closeness(g, false, ClosenessConvention.IgraphRaw), 1e-12, 1e-14, $"{name} closeness raw (R igraph)", g);
        AssertAll(Nodes(r, "closeness_normalized_TRUE", g), Centrality.Closeness(g, false, ClosenessConvention.IgraphNormalized), 1e-12, 1e-14, $"{name} closeness normalized (R igraph)", g);
        AssertAll(Nodes(r, "betweenness_default_raw", g), Centrality.Betweenness(g, false, false), 0, 1e-9, $"{name} betweenness raw (R igraph)", g);
        AssertAll(Nodes(r, "betweenness_normalized_TRUE", g), Centrality.Betweenness(g), 0, 1e-12, $"{name} betweenness normalized (R igraph)", g);
        if (r.TryGetProperty("mean_distance_weighted_1_over_w", out var md))
        {
            AssertRelative(md.GetDouble(), GraphMetrics.AveragePathLength(g, true), 1e-12, 0, $"{name} mean_distance 1/w (R igraph)");
            AssertAll(Nodes(r, "closeness_weighted_1_over_w_normalized_TRUE", g), Centrality.Closeness(g, true, ClosenessConvention.IgraphNormalized), 1e-12, 1e-14, $"{name} closeness 1/w normalized (R igraph)", g);
            AssertAll(Nodes(r, "betweenness_weighted_1_over_w_raw", g), Centrality.Betweenness(g, true, false), 0, 1e-9, $"{name} betweenness 1/w raw (R igraph)", g);
        }
    }
}
