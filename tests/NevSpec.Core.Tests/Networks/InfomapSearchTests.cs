using NevSpec.Core.Networks;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// <see cref="Infomap"/> search against the official Infomap 2.15.1 runs in shared/reference/network/infomap
/// (<c>--two-level -N 10 --seed 123</c>). Tolerance (README "Infomap search result"): karate — the same 3-module
/// partition up to relabelling; Les Misérables — standard codelength ≤ igraph's partition's (4.2048401930211,
/// read from the JSON) + 1e-12, exact partitions across RNGs not required. Codelengths 1e-12 bits absolute.
/// </summary>
public class InfomapSearchTests
{
    [Theory]
    [InlineData("karate")]
    [InlineData("karate_unweighted")]
    public void KarateFindsOfficialPartition(string dataset)
    {
        // Source: infomap/<dataset>_infomap.json, infomap_official.membership / codelength_summary_json.
        var json = InfomapReference.Json(dataset + "_infomap.json");
        var g = InfomapReference.Graph(dataset);
        var official = json.GetProperty("infomap_official");
        var r = Infomap.Run(g, trials: 10, seed: 123);
        Assert.True(InfomapReference.SamePartition(InfomapReference.Membership(official.GetProperty("membership"), g), r.Membership),
            $"{dataset}: found {r.ModuleCount} modules, L = {r.Codelength.Codelength:R}");
        Assert.Equal(official.GetProperty("n_modules").GetInt32(), r.ModuleCount);
        Assert.Equal(official.GetProperty("codelength_summary_json").GetDouble(), r.Codelength.Codelength, 1e-12);
    }

    [Fact]
    public void LesMisAtLeastAsGoodAsIgraph()
    {
        // Source: infomap/lesmis_infomap.json; bound = official Infomap's score of igraph's partition.
        var json = InfomapReference.Json("lesmis_infomap.json");
        var g = InfomapReference.Graph("lesmis");
        double bound = json.GetProperty("infomap_official_scores_igraph_partition").GetProperty("codelength_summary_json").GetDouble();
        double officialL = json.GetProperty("infomap_official").GetProperty("codelength_summary_json").GetDouble();
        var r = Infomap.Run(g, trials: 10, seed: 123);
        Assert.True(r.Codelength.Codelength <= bound + 1e-12,
            $"L = {r.Codelength.Codelength:R} > igraph's {bound:R} (official {officialL:R}); {r.ModuleCount} modules");
        Assert.Equal(MapEquation.Evaluate(g, r.Membership).Codelength, r.Codelength.Codelength, 1e-12);
        // Not required by the README (RNGs differ), but deterministic for this seed: the official optimum is reached
        // (observed for seeds 1–15 with trials = 10 during development).
        Assert.Equal(officialL, r.Codelength.Codelength, 1e-12);
        Assert.True(InfomapReference.SamePartition(
            InfomapReference.Membership(json.GetProperty("infomap_official").GetProperty("membership"), g), r.Membership));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(2024UL)]
    public void KarateResultDoesNotDependOnSeed(ulong seed)
    {
        // Source: infomap/karate_infomap.json — official seeds 123, 1, 42 all give this partition
        // (infomap_official.same_partition_with_seeds_1_and_42); README tolerance: same partition.
        var json = InfomapReference.Json("karate_infomap.json");
        var g = InfomapReference.Graph("karate");
        var r = Infomap.Run(g, trials: 10, seed: seed);
        Assert.True(InfomapReference.SamePartition(
            InfomapReference.Membership(json.GetProperty("infomap_official").GetProperty("membership"), g), r.Membership));
    }

    [Fact]
    public void EdgelessGraphAndBadArguments()
    {
        var g = WeightedGraph.FromEdges(3, Array.Empty<(int, int, double)>());
        Assert.Equal(0.0, Infomap.Run(g, trials: 2, seed: 5).Codelength.Codelength);
        Assert.Throws<ArgumentOutOfRangeException>(() => Infomap.Run(g, trials: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Infomap.Run(g, maxSweeps: 0));
    }

    [Theory]
    [InlineData("karate", 7UL)]
    [InlineData("lesmis", 42UL)]
    public void SameSeedSamePartition(string dataset, ulong seed)
    {
        var g = InfomapReference.Graph(dataset);
        var a = Infomap.Run(g, trials: 3, seed: seed);
        var b = Infomap.Run(g, trials: 3, seed: seed);
        Assert.Equal(a.Membership, b.Membership);
        Assert.Equal(a.TrialCodelengths, b.TrialCodelengths);
    }

    [Fact]
    public void PublishedToyNetworkBestPartitionIsTheTwoTriangles()
    {
        // Source: infomap/evaluate_partition_check.json — partition1 (2.5556 bits) beats partition2; the search
        // must reach at most partition1's codelength (1e-12 bits).
        var json = InfomapReference.Json("evaluate_partition_check.json");
        double l1 = json.GetProperty("standard_formula_partition1").GetProperty("codelength").GetDouble();
        var r = Infomap.Run(InfomapReference.PublishedNetwork(), trials: 5, seed: 1);
        Assert.True(r.Codelength.Codelength <= l1 + 1e-12, $"L = {r.Codelength.Codelength:R} > {l1:R}");
        Assert.Equal(r.Membership.Select((m, i) => (m, i)).GroupBy(x => x.m).Count(), r.ModuleCount);
    }
}
