using System.Reflection;
using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Tests;

/// <summary>
/// The plan emitter writes the v3 records (node and pair tables, networks with periods, every network analysis and ERGM
/// term kind): the generated class, compiled and loaded, holds the very plan the front end binds.
/// </summary>
public sealed class NetworkPlanEmissionTests
{
    /// <summary>Every network construct once: optional columns left out, single-year periods, every term kind with its parameter.</summary>
    private const string EverySpec = """
        /// Every network construct.
        module EveryNetwork
        let cities = nodes "data/cities.csv" { id = city_id; label = city; longitude = longitude; latitude = latitude }
        let plain = nodes "data/cities.csv" { id = city_id }
        let cityYears = panel "data/city_years.csv" { id = city_id; time = year }
        let cityPairs = pairs "data/city_pairs.csv" { from = city_a; to = city_b }
        let bare = network "data/copatents.csv" { from = city_a; to = city_b }
        /// With everything.
        let full = network "data/copatents.csv" { from = city_a; to = city_b; weight = count; time = year; nodes = cities; attributes = cityYears; pairs = cityPairs }
        let stages = full |> periods [ 2011..2014; 2015; 2016..2021 ]
        let shape = bare |> metrics
        let central = stages |> centrality { top = 3; paths = strength; closeness = igraph }
        let groups = full |> periods [ 2011..2021 ] |> communities infomap
        let robust = stages |> resilience { weights = equal; coupling = alternative; top = 5; paths = strength; closeness = igraph }
        let breaks = stages |> classes jenks
        let model =
            stages
            |> ergm [
                edges
                nodecov gdp
                nodematch province
                absdiff st_spending
                edgecov distance
                edgecov adjacent
                triangle
                kstar 3
                gwesp 0.25
                gwdegree 0.7
            ] { samplesize = 10; burnin = 0; interval = 2; iterations = 1; gof = 0 }
        """;

    [Fact]
    public void TheEmittedPlanOfEveryNetworkConstructEqualsTheBoundPlan()
    {
        var (generated, bound) = GenerateAndBind("every_network.nevspec", EverySpec);

        Assert.Equal(6, bound.NetworkAnalyses.Count);
        Assert.Equal(10, ((ErgmPlan)bound.NetworkAnalyses[5]).Terms.Count);
        Assert.Equal(bound, generated);
        Assert.Equal(bound.NetworkAnalyses, generated.NetworkAnalyses);
    }

    [Fact]
    public void TheEmittedPlanOfTheNetworkSpecEqualsTheBoundPlan()
    {
        var (generated, bound) = GenerateAndBind("network_resilience.nevspec", File.ReadAllText(Path.Combine(RepoPaths.Specs, "network_resilience.nevspec")));

        Assert.Equal(bound, generated);
        Assert.Equal(bound.Networks, generated.Networks);
        Assert.Equal(bound.NetworkAnalyses, generated.NetworkAnalyses);
    }

    /// <summary>Runs the generator on <paramref name="text"/>, compiles and loads the output, and binds the same text with the same headers.</summary>
    private static (StudyPlan Generated, StudyPlan Bound) GenerateAndBind(string fileName, string text)
    {
        var spec = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/" + fileName, text);
        var data = GeneratorHarness.DataFiles().ToList();
        var result = GeneratorHarness.RunOnce([spec, .. data], out var output);
        Assert.Empty(result.Diagnostics);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = Assembly.Load(image.ToArray());
        var module = assembly.GetTypes().Single(t => t.GetField("SpecPath") is { IsLiteral: true });
        var generated = (StudyPlan)module.GetProperty("Plan", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        var headers = data.ToDictionary(f => "data/" + Path.GetFileName(f.Path), f => CsvHeader.Read(new StringReader(f.GetText().ToString())));
        var bound = SpecCompiler.Compile(text, new DictionaryHeaderProvider(headers));
        Assert.True(bound.Plan is not null, string.Join("\n", bound.Diagnostics));
        return (generated, bound.Plan!);
    }

    private sealed class DictionaryHeaderProvider(Dictionary<string, DataHeader> headers) : IDataHeaderProvider
    {
        public DataHeader GetHeader(string pathAsWritten) => headers.TryGetValue(pathAsWritten, out var header) ? header : DataHeader.Missing;
    }
}
