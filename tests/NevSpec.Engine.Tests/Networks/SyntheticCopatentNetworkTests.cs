using System.Globalization;
using NevSpec.Core.Networks;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;
using static NevSpec.Engine.Tests.Networks.NetworkPlans;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>
/// End to end on the bundled synthetic co-patent network (specs/data/cities.csv, city_years.csv, copatents.csv) with
/// a hand-built plan of paper 2's three stages. Every number is checked for exact equality with a direct Core
/// computation on a graph this test builds itself from the CSV (plain parsing, not the engine's loader); stage sizes
/// against the "Bundled" column of docs/data.md's stage table; and the directions the issue asks for (resilience and
/// average degree rising).
/// </summary>
public sealed class SyntheticCopatentNetworkTests
{
    private static readonly (string Label, int First, int Last)[] Stages = [("2011–2014", 2011, 2014), ("2015–2017", 2015, 2017), ("2018–2021", 2018, 2021)];
    private static readonly Lazy<(StudyResult Study, WeightedGraph[] Graphs)> Run = new(RunStudy);

    private static (StudyResult, WeightedGraph[]) RunStudy()
    {
        var network = new NetworkPlan("stages", "data/copatents.csv", "city_a", "city_b", "count", "year", "cities", "cityYears", null,
            Stages.Select(s => new PeriodPlan(s.Label, s.First, s.Last)).ToEquatableArray(), null);
        var plan = Study(network,
            [Metrics(network), CentralityOf(network), Communities(network), Resilience(network), Resilience(network, "requal", ResilienceWeighting.Equal, CouplingConvention.Alternative), Classes(network)],
            new NodeTablePlan("cities", "data/cities.csv", "city_id", "city", "longitude", "latitude", null),
            new DataSourcePlan("cityYears", "data/city_years.csv", "city_id", "year", null));
        var study = new StudyRunner(RepositoryPaths.Specs).Run(plan);
        return (study, Stages.Select(s => IndependentGraph(s.First, s.Last)).ToArray());
    }

    /// <summary>The stage's graph of cities with inter-city records, built by plain parsing: counts summed per unordered pair,
    /// same-city counts as internal strength, nodes in cities.csv order.</summary>
    private static WeightedGraph IndependentGraph(int first, int last)
    {
        var order = File.ReadLines(RepositoryPaths.InRoot("specs", "data", "cities.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var sums = new Dictionary<(string, string), double>();
        foreach (var line in File.ReadLines(RepositoryPaths.InRoot("specs", "data", "copatents.csv")).Skip(1))
        {
            var f = line.Split(',');
            int year = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (year < first || year > last) continue;
            var key = string.CompareOrdinal(f[1], f[2]) <= 0 ? (f[1], f[2]) : (f[2], f[1]);
            sums[key] = sums.GetValueOrDefault(key) + double.Parse(f[3], CultureInfo.InvariantCulture);
        }
        var linked = sums.Keys.Where(k => k.Item1 != k.Item2).SelectMany(k => new[] { k.Item1, k.Item2 }).ToHashSet();
        var nodes = order.Where(linked.Contains).ToArray();
        var edges = sums.Where(kv => linked.Contains(kv.Key.Item1)).Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value));
        return WeightedGraph.FromEdges(edges, nodes);
    }

    private static T Analysis<T>(string name) where T : NetworkAnalysisResult
    {
        var result = Run.Value.Study.NetworkAnalysis<T>(name);
        Assert.True(result.Succeeded, result.Error);
        return result;
    }

    [Fact]
    public void EveryAnalysisSucceeds() => Assert.True(Run.Value.Study.AllSucceeded,
        string.Join("\n", Run.Value.Study.NetworkAnalyses.Where(a => !a.Succeeded).Select(a => a.Error)));

    [Fact]
    public void StageSizesMatchTheBundledFiguresOfDocsData()
    {
        // docs/data.md, stage table, "Bundled" column: cities / pairs / collaborations and internal counts.
        var m = Analysis<NetworkMetricsResult>("m");
        Assert.Equal([92, 160, 292], m.Periods.Select(p => p.Nodes));
        Assert.Equal([181, 431, 1161], m.Periods.Select(p => p.Edges));
        Assert.Equal([621.0, 2346, 19173], m.Periods.Select(p => p.TotalWeight));
        Assert.Equal([3322.0, 8902, 33099], m.Periods.Select(p => p.InternalWeight));
        Assert.Equal([208, 140, 8], m.Periods.Select(p => p.Isolates));
    }

    [Fact]
    public void MetricsEqualCoreOnTheIndependentlyBuiltGraphs()
    {
        var m = Analysis<NetworkMetricsResult>("m");
        for (int s = 0; s < 3; s++)
        {
            var g = Run.Value.Graphs[s];
            var p = m.Periods[s];
            Assert.Equal(g.NodeIds, p.Data.ActiveGraph.NodeIds);
            Assert.Equal(GraphMetrics.Density(g), p.Density);
            Assert.Equal(GraphMetrics.AverageDegree(g), p.AverageDegree);
            Assert.Equal(GraphMetrics.AverageStrength(g), p.AverageStrength);
            Assert.Equal(GraphMetrics.AveragePathLengthLargestComponent(g), p.AveragePathLength);
            Assert.Equal(GraphMetrics.GlobalEfficiency(g), p.GlobalEfficiency);
            Assert.Equal(GraphMetrics.AverageClustering(g), p.AverageClustering);
            Assert.Equal(GraphMetrics.Transitivity(g), p.Transitivity);
            Assert.Equal(GraphMetrics.DegreeDistributionSlope(g).Slope, p.DegreeSlope!.Slope);
        }
        // The network grows: more cities, higher average degree (docs/data.md calibrates both).
        Assert.True(m.Periods[0].Nodes < m.Periods[1].Nodes && m.Periods[1].Nodes < m.Periods[2].Nodes);
        Assert.True(m.Periods[0].AverageDegree < m.Periods[1].AverageDegree && m.Periods[1].AverageDegree < m.Periods[2].AverageDegree);
    }

    [Theory]
    [InlineData("r", NodeResilienceWeighting.Entropy, CouplingFormula.Standard)]
    [InlineData("requal", NodeResilienceWeighting.Equal, CouplingFormula.Alternative)]
    public void ResilienceEqualsCoreAndRisesAcrossStages(string name, NodeResilienceWeighting weighting, CouplingFormula coupling)
    {
        var r = Analysis<ResilienceResult>(name);
        var indicators = new List<ResilienceIndicators>();
        for (int s = 0; s < 3; s++)
        {
            var g = Run.Value.Graphs[s];
            var nodes = NodeResilience.Compute(g, new NodeResilienceOptions(weighting));
            Assert.Equal(nodes.Resilience, r.Periods[s].Nodes.Resilience);
            Assert.Equal(nodes.Weights, r.Periods[s].Nodes.Weights);
            indicators.Add(NetworkResilience.Indicators(g));
            Assert.Equal(indicators[s], r.Periods[s].Indicators);
        }
        var across = NetworkResilience.Compute(indicators, new NetworkResilienceOptions(coupling));
        Assert.Equal(across.Stages, r.Network!.Stages);
        Assert.Equal(across.Stages, r.Periods.Select(p => p.Network));
        var d = r.Periods.Select(p => p.Network!.Resilience).ToArray();
        Assert.True(d[0] < d[1] && d[1] < d[2], $"network resilience should rise: {string.Join(", ", d)}");
        Assert.All(d, v => Assert.InRange(v, 0, 1));
        // Blank (null) for a city without links in a stage, as in the paper's Table 3.
        var isolated = r.Periods[0].Data.NodeIds.First(id => !r.Periods[0].Nodes.NodeIds.Contains(id));
        Assert.Null(r.Periods[0].NodeResilience(isolated));
    }

    [Fact]
    public void CentralitiesAndCommunitiesEqualCore()
    {
        var c = Analysis<CentralityResult>("c");
        var i = Analysis<CommunitiesResult>("i");
        for (int s = 0; s < 3; s++)
        {
            var g = Run.Value.Graphs[s];
            Assert.Equal(Centrality.Degree(g), c.Periods[s].Degree);
            Assert.Equal(Centrality.Closeness(g), c.Periods[s].Closeness);
            Assert.Equal(Centrality.Betweenness(g), c.Periods[s].Betweenness);
            int top = c.Periods[s].TopByDegree(1)[0];
            Assert.Equal(Enumerable.Range(0, g.NodeCount).Max(g.Degree), c.Periods[s].DegreeCount[top]);
            var infomap = Infomap.Run(g, 10, 123);
            Assert.Equal(infomap.Membership, i.Periods[s].Infomap.Membership);
            Assert.Equal(infomap.Codelength.Codelength, i.Periods[s].Codelength);
            Assert.Equal(g.NodeCount, i.Periods[s].Sizes.Sum());
        }
    }

    [Fact]
    public void ClassesEqualJenksOnTheStageValues()
    {
        var k = Analysis<ClassesResult>("k");
        for (int s = 0; s < 3; s++)
        {
            var g = Run.Value.Graphs[s];
            var p = k.Periods[s];
            var weights = new List<double>();
            for (int u = 0; u < g.NodeCount; u++)
                for (int q = g.Offsets[u]; q < g.Offsets[u + 1]; q++)
                    if (g.Neighbors[q] > u) weights.Add(g.Weights[q]);
            Assert.Equal(JenksBreaks.Classify(weights, 5).Breaks, p.LinkBreaks.Breaks);
            Assert.Equal(JenksBreaks.Classify(NodeResilience.Compute(g).Resilience, 5).Breaks, p.ResilienceBreaks.Breaks);
            Assert.Equal(JenksBreaks.Classify(g.InternalStrength.Where(v => v > 0), 5).Breaks, p.InternalBreaks!.Breaks);
            Assert.Equal(p.LinkBreaks.ClassCounts, Enumerable.Range(1, 5).Select(c => p.Links.Count(l => l.Class == c)));
            Assert.Equal(g.EdgeCount, p.Links.Count);
        }
    }

    [Fact]
    public void AttributesAreStageMeansOfTheCityYearsPanel()
    {
        var m = Analysis<NetworkMetricsResult>("m");
        // Beijing (city 1): the mean of its four 2011–2014 gdp values, parsed here from city_years.csv.
        var gdp = File.ReadLines(RepositoryPaths.InRoot("specs", "data", "city_years.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "1" && int.Parse(f[1], CultureInfo.InvariantCulture) <= 2014)
            .Select(f => double.Parse(f[2], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, gdp.Length);
        Assert.Equal(gdp.Average(), m.Periods[0].Data.Attributes["gdp"][0], 1e-12);
        Assert.Equal(["gdp", "edu_spending", "st_spending"], m.Periods[0].Data.Attributes.Keys);
    }
}
