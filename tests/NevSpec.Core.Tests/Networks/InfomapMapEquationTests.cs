using NevSpec.Core.Networks;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// <see cref="MapEquation"/> against shared/reference/network/infomap (official Infomap 2.15.1 and the recomputation
/// in scripts/infomap_reference.py; README "Conventions — Infomap", standard definition). Tolerance: README
/// "map-equation codelength of a given partition" = 1e-12 bits absolute; published 8-decimal values ±0.5e-8.
/// </summary>
public class InfomapMapEquationTests
{
    private const double Tol = 1e-12;

    [Theory]
    [InlineData("partition1", "standard_formula_partition1", "infomap_cli_partition1")]
    [InlineData("partition2", "standard_formula_partition2", "infomap_cli_partition2")]
    public void EvaluatePartitionCheck(string partition, string formula, string cli)
    {
        // Source: infomap/evaluate_partition_check.json (network parsed from published/evaluate-partition.py).
        var json = InfomapReference.Json("evaluate_partition_check.json");
        var g = InfomapReference.PublishedNetwork();
        var r = MapEquation.Evaluate(g, InfomapReference.IntArray(json.GetProperty(partition)));
        var f = json.GetProperty(formula);
        Assert.Equal(f.GetProperty("codelength").GetDouble(), r.Codelength, Tol);
        Assert.Equal(f.GetProperty("index_codelength").GetDouble(), r.IndexCodelength, Tol);
        Assert.Equal(f.GetProperty("module_codelength").GetDouble(), r.ModuleCodelength, Tol);
        Assert.Equal(f.GetProperty("one_level_codelength").GetDouble(), r.OneLevelCodelength, Tol);
        Assert.Equal(f.GetProperty("one_level_codelength").GetDouble(), MapEquation.OneLevelCodelength(g), Tol);
        Assert.Equal(json.GetProperty(cli).GetDouble(), r.Codelength, Tol);
    }

    [Fact]
    public void PublishedEvaluatePartitionValues()
    {
        // Source: infomap/published/evaluate-partition.py "# Output:" (8 decimals printed → ±0.5e-8).
        var json = InfomapReference.Json("evaluate_partition_check.json");
        var g = InfomapReference.PublishedNetwork();
        var printed = InfomapReference.PublishedCodelengths();
        Assert.Equal(2, printed.Length);
        string[] keys = { "partition1", "partition2" };
        for (int k = 0; k < 2; k++)
        {
            double l = MapEquation.Evaluate(g, InfomapReference.IntArray(json.GetProperty(keys[k]))).Codelength;
            Assert.True(Math.Abs(l - printed[k]) <= 0.5e-8, $"{keys[k]}: {l:R} vs printed {printed[k]}");
        }
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("karate_unweighted")]
    [InlineData("lesmis")]
    public void StoredPartitionsStandardDefinition(string dataset)
    {
        // Source: infomap/<dataset>_infomap.json; standard definition (igraph's own number uses another definition).
        var json = InfomapReference.Json(dataset + "_infomap.json");
        var g = InfomapReference.Graph(dataset);
        var official = json.GetProperty("infomap_official");
        var r = MapEquation.Evaluate(g, InfomapReference.Membership(official.GetProperty("membership"), g));
        var rec = official.GetProperty("codelength_standard_definition_recomputed");
        Assert.Equal(rec.GetProperty("codelength").GetDouble(), r.Codelength, Tol);
        Assert.Equal(rec.GetProperty("index_codelength").GetDouble(), r.IndexCodelength, Tol);
        Assert.Equal(rec.GetProperty("module_codelength").GetDouble(), r.ModuleCodelength, Tol);
        Assert.Equal(rec.GetProperty("one_level_codelength").GetDouble(), r.OneLevelCodelength, Tol);
        Assert.Equal(official.GetProperty("codelength_summary_json").GetDouble(), r.Codelength, Tol);
        Assert.Equal(official.GetProperty("n_modules").GetInt32(), r.ModuleCount);

        var ig = json.GetProperty("igraph_community_infomap");
        var ri = MapEquation.Evaluate(g, InfomapReference.Membership(ig.GetProperty("membership"), g));
        Assert.Equal(ig.GetProperty("codelength_standard_definition_same_partition").GetProperty("codelength").GetDouble(), ri.Codelength, Tol);
        Assert.Equal(json.GetProperty("infomap_official_scores_igraph_partition").GetProperty("codelength_summary_json").GetDouble(), ri.Codelength, Tol);
    }

    [Fact]
    public void EdgelessGraphHasZeroCodelength()
    {
        var r = MapEquation.Evaluate(WeightedGraph.FromEdges(3, Array.Empty<(int, int, double)>()), new[] { 0, 1, 1 });
        Assert.Equal(0.0, r.Codelength);
        Assert.Equal(2, r.ModuleCount);
    }
}
