using System.Text.Json;
using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Graph-level metrics against networkx 2.8.8 / python-igraph 0.10.2 (shared/reference/network/*_metrics.json).
/// Tolerances from the reference README: counts/density/average degree 1e-15 relative; APL, efficiency,
/// transitivity, clustering 1e-12 relative (1e-14 absolute near 0); OLS slope/intercept 1e-12, SEs and R² 1e-10.
/// </summary>
public class GraphMetricsTests
{
    public static TheoryData<string> Datasets => new() { "karate", "karate_unweighted", "florentine", "lesmis" };

    internal static (WeightedGraph G, JsonElement J) Case(string name) => name switch
    {
        "karate" => (Karate(true), Json("karate_metrics.json")),
        "karate_unweighted" => (Karate(false), Json("karate_unweighted_metrics.json")),
        "florentine" => (Florentine(), Json("florentine_metrics.json")),
        _ => (LesMis(true), Json("lesmis_metrics.json")),
    };

    private static double G(JsonElement j, string metric, string key) => j.GetProperty("graph").GetProperty(metric).GetProperty(key).GetDouble();

    [Theory, MemberData(nameof(Datasets))]
    public void CountsDensityAverageDegree(string name)
    {
        var (g, j) = Case(name);
        Assert.Equal(j.GetProperty("n_nodes").GetInt32(), g.NodeCount);
        Assert.Equal(j.GetProperty("n_edges").GetInt32(), g.EdgeCount);
        AssertRelative(G(j, "density", "networkx"), GraphMetrics.Density(g), 1e-15, 0, $"{name} density (networkx)");
        AssertRelative(G(j, "average_degree", "networkx"), GraphMetrics.AverageDegree(g), 1e-15, 0, $"{name} average degree (networkx)");
        if (j.GetProperty("graph").TryGetProperty("average_strength", out _))
            AssertRelative(G(j, "average_strength", "networkx"), GraphMetrics.AverageStrength(g), 1e-15, 0, $"{name} average strength (networkx)");
        var comps = GraphMetrics.ComponentLabels(g);
        Assert.Equal(j.GetProperty("n_components").GetInt32(), comps.Distinct().Count());
    }

    [Theory, MemberData(nameof(Datasets))]
    public void PathLengthsAndEfficiency(string name)
    {
        var (g, j) = Case(name);
        AssertRelative(G(j, "average_shortest_path_length", "igraph_unconn_true"), GraphMetrics.AveragePathLength(g), 1e-12, 1e-14, $"{name} APL reachable pairs (igraph unconn=True)");
        AssertRelative(G(j, "average_shortest_path_length", "networkx_largest_component"), GraphMetrics.AveragePathLengthLargestComponent(g), 1e-12, 1e-14, $"{name} APL largest component (networkx)");
        AssertRelative(G(j, "global_efficiency", "networkx"), GraphMetrics.GlobalEfficiency(g), 1e-12, 1e-14, $"{name} global efficiency (networkx)");
        if (j.GetProperty("graph").TryGetProperty("average_shortest_path_length_weighted_1_over_w", out _))
            AssertRelative(G(j, "average_shortest_path_length_weighted_1_over_w", "igraph_unconn_true"), GraphMetrics.AveragePathLength(g, weighted: true), 1e-12, 1e-14, $"{name} weighted APL, length 1/w (igraph)");
    }

    [Theory, MemberData(nameof(Datasets))]
    public void TransitivityAndClustering(string name)
    {
        var (g, j) = Case(name);
        AssertRelative(G(j, "transitivity_global", "networkx"), GraphMetrics.Transitivity(g), 1e-12, 1e-14, $"{name} transitivity (networkx)");
        AssertRelative(G(j, "average_clustering", "networkx_default_count_zeros"), GraphMetrics.AverageClustering(g), 1e-12, 1e-14, $"{name} average clustering (networkx)");
        AssertRelative(G(j, "average_clustering", "igraph_mode_nan_default"), GraphMetrics.AverageClustering(g, excludeDegreeBelowTwo: true), 1e-12, 1e-14, $"{name} average clustering (igraph mode=nan)");
        AssertAll(NodeMetric(j, g, "clustering_networkx"), GraphMetrics.LocalClustering(g), 1e-12, 1e-14, $"{name} local clustering (networkx)", g);
    }

    [Theory, MemberData(nameof(Datasets))]
    public void DegreeDistributionSlope(string name)
    {
        var (g, j) = Case(name);
        var r = j.GetProperty("graph").GetProperty("degree_distribution_powerlaw_ols");
        foreach (var (key, b) in new[] { ("ols_log10", 10.0), ("ols_ln", Math.E) })
        {
            var fit = GraphMetrics.DegreeDistributionSlope(g, b);
            var e = r.GetProperty(key);
            Assert.Equal(r.GetProperty("k").EnumerateArray().Select(x => x.GetInt32()), fit.Degrees);
            AssertAll(r.GetProperty("P_k").EnumerateArray().Select(x => x.GetDouble()).ToArray(), fit.Probabilities, 1e-15, 0, $"{name} P(k)", g);
            AssertRelative(e.GetProperty("slope").GetDouble(), fit.Slope, 1e-12, 0, $"{name} {key} slope (statsmodels)");
            AssertRelative(e.GetProperty("intercept").GetDouble(), fit.Intercept, 1e-12, 0, $"{name} {key} intercept (statsmodels)");
            AssertRelative(e.GetProperty("slope_se").GetDouble(), fit.SlopeStandardError, 1e-10, 0, $"{name} {key} slope SE (statsmodels)");
            AssertRelative(e.GetProperty("intercept_se").GetDouble(), fit.InterceptStandardError, 1e-10, 0, $"{name} {key} intercept SE (statsmodels)");
            AssertRelative(e.GetProperty("r_squared").GetDouble(), fit.RSquared, 1e-10, 0, $"{name} {key} R² (statsmodels)");
        }
    }
}
