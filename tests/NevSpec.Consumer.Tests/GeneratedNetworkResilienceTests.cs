using NevSpec.Consumer.Tests.Studies;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Consumer.Tests;

/// <summary>
/// The network spec (paper 2, issue 8) through its generated class: each typed network result has a property per stage
/// of <c>stages</c> (<c>P2011_2014</c>, <c>P2015_2017</c>, <c>P2018_2021</c>, used here at compile time) holding the
/// per-period record that the CLI path (<see cref="SpecCompiler"/> + <see cref="StudyRunner"/>, a runner of its own)
/// computes for the same plan on the bundled synthetic data, bit for bit.
/// </summary>
public sealed class GeneratedNetworkResilienceTests
{
    private static readonly Lazy<StudyPlan> CliPlan = new(() =>
    {
        var compilation = SpecCompiler.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec")),
            new FileSystemHeaderProvider(RepositoryPaths.Specs));
        Assert.False(compilation.HasErrors);
        return compilation.Plan!;
    });

    /// <summary>What <c>nevspec run</c> computes for one network analysis.</summary>
    private static NetworkAnalysisResult Engine(string name) =>
        new StudyRunner(RepositoryPaths.Specs).RunNetworkAnalysis(CliPlan.Value, CliPlan.Value.NetworkAnalyses.Single(a => a.Name == name));

    private static T Cli<T>(string name) where T : NetworkAnalysisResult
    {
        var result = Engine(name);
        Assert.Null(result.Error);
        return Assert.IsType<T>(result);
    }

    /// <summary>The spec's stages, in order: the labels the typed properties stand for.</summary>
    private static string[] StageLabels => CliPlan.Value.Networks.Single(n => n.Name == "stages").Periods.Select(p => p.Label).ToArray();

    [Fact]
    public void GeneratedNetworkPlanEqualsTheCliPlan()
    {
        Assert.Equal(CliPlan.Value.Networks, NetworkResilience.Plan.Networks);
        Assert.Equal(CliPlan.Value.NetworkAnalyses, NetworkResilience.Plan.NetworkAnalyses);
    }

    [Theory]
    [InlineData(typeof(NetworkResilience.StructureResult), typeof(PeriodMetrics))]
    [InlineData(typeof(NetworkResilience.CentralitiesResult), typeof(PeriodCentralities))]
    [InlineData(typeof(NetworkResilience.ModulesResult), typeof(PeriodCommunities))]
    [InlineData(typeof(NetworkResilience.ResilienceResult), typeof(PeriodResilience))]
    [InlineData(typeof(NetworkResilience.ClassesResult), typeof(PeriodClasses))]
    [InlineData(typeof(NetworkResilience.ResilienceResult.NetworkStages), typeof(NevSpec.Core.Networks.NetworkResilienceStage))]
    public void EachStageOfTheSpecIsOnePropertyAndNothingElseIs(Type record, Type period)
    {
        var properties = record.GetProperties().Where(p => p.PropertyType == period).Select(p => p.Name);

        Assert.Equal(["P2011_2014", "P2015_2017", "P2018_2021"], properties);
        Assert.Equal(["2011–2014", "2015–2017", "2018–2021"], StageLabels);
    }

    [Fact]
    public void StructureMetricsOfEveryStageEqualTheEngines()
    {
        var cli = Cli<NetworkMetricsResult>("structure");
        var r = NetworkResilience.Structure(RepositoryPaths.Specs);

        var typed = new[] { r.P2011_2014, r.P2015_2017, r.P2018_2021 };
        Assert.Equal(StageLabels, typed.Select(p => p.Label));
        Assert.Equal(cli.Periods.Count, typed.Length);
        foreach (var (e, t) in cli.Periods.Zip(typed))
        {
            Assert.Equal(e.Label, t.Label);
            Assert.Equal((e.Nodes, e.Isolates, e.Edges, e.Components, e.LargestComponent), (t.Nodes, t.Isolates, t.Edges, t.Components, t.LargestComponent));
            AssertBits([e.TotalWeight, e.InternalWeight, e.Density, e.AverageDegree, e.AverageStrength, e.AveragePathLength, e.GlobalEfficiency,
                        e.Transitivity, e.AverageClustering, e.DegreeSlope!.Slope, e.DegreeSlope.Intercept, e.DegreeSlope.RSquared],
                       [t.TotalWeight, t.InternalWeight, t.Density, t.AverageDegree, t.AverageStrength, t.AveragePathLength, t.GlobalEfficiency,
                        t.Transitivity, t.AverageClustering, t.DegreeSlope!.Slope, t.DegreeSlope.Intercept, t.DegreeSlope.RSquared]);
        }
        Assert.Equal(cli.Notes, r.Notes);
        Assert.Same(r.Raw.Periods[1], r.P2015_2017);
        Assert.Same(r.Period("2018–2021"), r.P2018_2021);
    }

    [Fact]
    public void CentralitiesOfEveryStageEqualTheEngines()
    {
        var cli = Cli<CentralityResult>("centralities");
        var r = NetworkResilience.Centralities(RepositoryPaths.Specs);

        foreach (var (e, t) in cli.Periods.Zip(new[] { r.P2011_2014, r.P2015_2017, r.P2018_2021 }))
        {
            Assert.Equal(e.Label, t.Label);
            Assert.Equal(e.NodeIds, t.NodeIds);
            Assert.Equal(e.DegreeCount, t.DegreeCount);
            AssertBits(e.Degree, t.Degree);
            AssertBits(e.Closeness, t.Closeness);
            AssertBits(e.Betweenness, t.Betweenness);
            Assert.Equal(e.TopByDegree(10), t.TopByDegree(10));
        }
    }

    [Fact]
    public void CommunitiesOfEveryStageEqualTheEngines()
    {
        var cli = Cli<CommunitiesResult>("modules");
        var r = NetworkResilience.Modules(RepositoryPaths.Specs);

        foreach (var (e, t) in cli.Periods.Zip(new[] { r.P2011_2014, r.P2015_2017, r.P2018_2021 }))
        {
            Assert.Equal(e.Label, t.Label);
            Assert.Equal(e.NodeIds, t.NodeIds);
            Assert.Equal(e.Infomap.Membership, t.Infomap.Membership);
            AssertBits([e.Codelength], [t.Codelength]);
            AssertBits(e.Infomap.TrialCodelengths, t.Infomap.TrialCodelengths);
        }
    }

    [Fact]
    public void NodeAndNetworkResilienceOfEveryStageEqualTheEngines()
    {
        var cli = Cli<ResilienceResult>("resilience");
        var r = NetworkResilience.Resilience(RepositoryPaths.Specs);

        var typed = new[] { (r.P2011_2014, r.Network.P2011_2014), (r.P2015_2017, r.Network.P2015_2017), (r.P2018_2021, r.Network.P2018_2021) };
        Assert.Equal(cli.Periods.Count, typed.Length);
        Assert.Equal(cli.Network!.Stages.Count, r.Network.Stages.Count);
        for (var i = 0; i < typed.Length; i++)
        {
            var (e, t) = (cli.Periods[i], typed[i].Item1);
            Assert.Equal(e.Label, t.Label);
            Assert.Equal(e.Nodes.NodeIds, t.Nodes.NodeIds);
            AssertBits(e.Nodes.Resilience, t.Nodes.Resilience);
            AssertBits(e.Nodes.Degree, t.Nodes.Degree);
            AssertBits(e.Nodes.Closeness, t.Nodes.Closeness);
            AssertBits(e.Nodes.Betweenness, t.Nodes.Betweenness);
            AssertBits(e.Indicators.ToArray(), t.Indicators.ToArray());

            // The coupling model: C, T, D, the normalised indicators and the level of each stage.
            var (stage, coupled) = (cli.Network.Stages[i], typed[i].Item2);
            AssertBits([stage.Coupling.C, stage.Coupling.T, stage.Coupling.D, stage.Resilience],
                       [coupled.Coupling.C, coupled.Coupling.T, coupled.Coupling.D, coupled.Resilience]);
            AssertBits(stage.Normalised.ToArray(), coupled.Normalised.ToArray());
            Assert.Equal(stage.Level, coupled.Level);
            Assert.Same(t.Network, coupled);
        }
        Assert.Equal(cli.Network.Options, r.Network.Options);
        Assert.Equal(cli.Network.Notes, r.Network.Notes);
        Assert.Equal(cli.Notes, r.Notes);
    }

    [Fact]
    public void NaturalBreakClassesOfEveryStageEqualTheEngines()
    {
        var cli = Cli<ClassesResult>("classes");
        var r = NetworkResilience.Classes(RepositoryPaths.Specs);

        foreach (var (e, t) in cli.Periods.Zip(new[] { r.P2011_2014, r.P2015_2017, r.P2018_2021 }))
        {
            Assert.Equal(e.Label, t.Label);
            Assert.Equal(e.InternalStrength, t.InternalStrength);
            AssertBits(e.InternalBreaks?.Breaks ?? [], t.InternalBreaks?.Breaks ?? []);
            Assert.Equal(e.Links, t.Links);
            AssertBits(e.LinkBreaks.Breaks, t.LinkBreaks.Breaks);
            Assert.Equal(e.LinkBreaks.ClassCounts, t.LinkBreaks.ClassCounts);
            Assert.Equal(e.Resilience, t.Resilience);
            AssertBits(e.ResilienceBreaks.Breaks, t.ResilienceBreaks.Breaks);
            AssertBits(e.NodeResilience.Resilience, t.NodeResilience.Resilience);
        }
    }

    private static void AssertBits(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
}
