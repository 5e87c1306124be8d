using System.Globalization;
using System.Text.Json;
using NevSpec.Core.Networks;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Networks;

/// <summary>Loads the network data (shared/data/network) and reference JSONs (shared/reference/network).</summary>
internal static class NetworkReference
{
    public static JsonElement Json(params string[] parts) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared(new[] { "reference", "network" }.Concat(parts).ToArray()))).RootElement;

    private static string[][] Csv(string file) =>
        File.ReadAllLines(RepositoryPaths.InShared("data", "network", file)).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    /// <summary>Graph with node order = row order of the nodes file; unit weights when <paramref name="weighted"/> is false.</summary>
    public static WeightedGraph Load(string nodesFile, string edgesFile, bool weighted)
    {
        var nodes = Csv(nodesFile).Select(r => r[1]).ToArray();
        var edges = Csv(edgesFile).Select(r => (r[0], r[1], weighted ? double.Parse(r[2], CultureInfo.InvariantCulture) : 1.0));
        return WeightedGraph.FromEdges(edges, nodes);
    }

    public static WeightedGraph Karate(bool weighted) => Load("karate_nodes.csv", "karate_edges.csv", weighted);
    public static WeightedGraph Florentine() => Load("florentine_nodes.csv", "florentine_marriage_edges.csv", false);
    public static WeightedGraph LesMis(bool weighted) => Load("lesmis_nodes.csv", "lesmis_edges.csv", weighted);

    /// <summary>Node metric from a *_metrics.json (null → NaN), in graph node order.</summary>
    public static double[] NodeMetric(JsonElement metrics, WeightedGraph g, string name)
    {
        var map = metrics.GetProperty("node").GetProperty(name);
        return g.NodeIds.Select(id => map.GetProperty(id) is var v && v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()).ToArray();
    }

    public static void AssertRelative(double expected, double actual, double rel, double absNearZero, string what)
    {
        if (double.IsNaN(expected)) { Assert.True(double.IsNaN(actual), $"{what}: expected NaN (null), got {actual:R}"); return; }
        double err = Math.Abs(actual - expected);
        Assert.True(err <= Math.Max(rel * Math.Abs(expected), absNearZero),
            $"{what}: expected {expected:R}, got {actual:R} (error {err:G3})");
    }

    public static void AssertAll(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double rel, double abs, string what, WeightedGraph g)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++) AssertRelative(expected[i], actual[i], rel, abs, $"{what}[{g.NodeIds[i]}]");
    }
}
