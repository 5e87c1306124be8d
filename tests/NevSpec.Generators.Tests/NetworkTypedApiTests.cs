using System.Reflection;
using Microsoft.CodeAnalysis;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using NevSpec.Generators.Tests.Infrastructure;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Tests;

/// <summary>
/// Network results are typed by the spec's periods: <c>r.P2011_2014</c> compiles where the network has that period, a
/// network without periods has <c>All</c>, resilience's coupling model is nullable exactly when the network has one
/// period, and ERGM methods return the engine's untyped result for now. The emitted code is also run on the bundled
/// synthetic network (specs/data) and compared with the engine, for the shapes the repository's spec lacks.
/// </summary>
public sealed class NetworkTypedApiTests
{
    private const string NetsSpec = """
        module Nets
        let cities = nodes "data/cities.csv" { id = city_id; label = city; longitude = longitude; latitude = latitude }
        let cityYears = panel "data/city_years.csv" { id = city_id; time = year }
        let cityPairs = pairs "data/city_pairs.csv" { from = city_a; to = city_b }
        let links =
            network "data/copatents.csv"
                { from = city_a; to = city_b; weight = count; time = year; nodes = cities; attributes = cityYears; pairs = cityPairs }
        let stages = links |> periods [ 2011..2014; 2015; 2016..2021 ]
        let whole = links |> periods [ 2011..2021 ]
        let shape = links |> metrics
        let central = stages |> centrality
        let groups = whole |> communities infomap { trials = 2; seed = 7 }
        let robust = stages |> resilience
        let single = whole |> resilience
        let breaks = stages |> classes jenks 4
        let model = stages |> ergm [ edges; nodecov gdp; gwesp 0.5; kstar 2 ]
        """;

    private static (Diagnostic[] Errors, Diagnostic[] All) Compile(string body)
    {
        var user = "namespace Consumer.Studies { public static class Use { public static double M() { " + body + " } } }";
        var spec = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/nets.nevspec", NetsSpec);
        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out var output, sources: [user]);
        Assert.Empty(result.Diagnostics);
        var all = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        return (all.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray(), all);
    }

    [Fact]
    public void EveryPeriodOfEveryNetworkAnalysisIsAProperty()
    {
        var (_, all) = Compile(
            "var s = Nets.RunShape(\"specs\"); double x = s.All.Density + s.Period(\"all\").Edges + s.Periods.Count + s.Notes.Count + s.Raw.Periods.Count; " +
            "var c = Nets.RunCentral(\"specs\"); x += c.P2011_2014.Degree[0] + c.P2015.Closeness[0] + c.P2016_2021.Betweenness[0]; " +
            "var g = Nets.RunGroups(\"specs\"); x += g.P2011_2021.Count + g.P2011_2021.Codelength; " +
            "var r = Nets.RunRobust(\"specs\"); x += r.Network.P2015.Coupling.D + r.Network.P2011_2014.Level.Level + r.Network.Stages.Count + r.P2016_2021.Nodes.Resilience[0]; " +
            "x += Nets.RunSingle().P2011_2021.Indicators.Clustering + (Nets.RunSingle().Network?.P2011_2021.Resilience ?? 0); " +
            "var b = Nets.RunBreaks(\"specs\"); x += b.P2015.Links.Count + b.P2011_2014.ResilienceBreaks.Breaks.Count; " +
            "global::NevSpec.Engine.Networks.NetworkAnalysisResult m = Nets.RunModel(\"specs\"); x += m.Notes.Count; " +
            "return x;");

        Assert.Empty(all);
    }

    [Fact]
    public void APeriodTheNetworkDoesNotHaveIsACompileError()
    {
        var (errors, _) = Compile("return Nets.RunShape(\"specs\").P2011_2014.Density + Nets.RunCentral(\"specs\").P2011_2013.Degree[0] + Nets.RunCentral(\"specs\").All.Degree[0];");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'P2011_2014'"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'P2011_2013'"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'All'"));
    }

    [Fact]
    public void TheCouplingModelOfANetworkWithOnePeriodIsNullable()
    {
        var (errors, all) = Compile("return Nets.RunSingle(\"specs\").Network.P2011_2021.Coupling.D;");

        Assert.Empty(errors);
        Assert.Contains(all, d => d.Id == "CS8602");
    }

    [Fact]
    public void ErgmHasNoTypedRecordYet()
    {
        var (errors, _) = Compile("return Nets.RunModel(\"specs\").P2015.Edges;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'P2015'"));
    }

    // The emitted class, loaded, run on the repository's synthetic network; expected values: the engine (StudyRunner) on
    // the plan the front end binds from NetsSpec, on the same data (specs/data/copatents.csv, cities.csv, …).
    private static readonly Lazy<(Type Module, StudyPlan Plan)> Loaded = new(Load);

    [Fact]
    public void ANetworkWithoutPeriodsGivesTheEnginesOnlyPeriodAsAll()
    {
        var (module, plan) = Loaded.Value;
        var expected = (NetworkMetricsResult)new StudyRunner(RepoPaths.Specs).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "shape"));
        Assert.Null(expected.Error);

        var typed = Run(module, "RunShape");
        var all = (PeriodMetrics)typed.GetType().GetProperty("All")!.GetValue(typed)!;

        Assert.Equal(NetworkLoader.AllPeriodLabel, all.Label);
        var engine = expected.Periods.Single();
        Assert.Equal((engine.Nodes, engine.Edges), (all.Nodes, all.Edges));
        Assert.Equal(BitConverter.DoubleToInt64Bits(engine.Density), BitConverter.DoubleToInt64Bits(all.Density));
        Assert.Equal(BitConverter.DoubleToInt64Bits(engine.GlobalEfficiency), BitConverter.DoubleToInt64Bits(all.GlobalEfficiency));
    }

    [Fact]
    public void ResilienceOfASinglePeriodHasNodesButNoCouplingModel()
    {
        var (module, plan) = Loaded.Value;
        var expected = (ResilienceResult)new StudyRunner(RepoPaths.Specs).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "single"));
        Assert.Null(expected.Error);

        var typed = Run(module, "RunSingle");
        var period = (PeriodResilience)typed.GetType().GetProperty("P2011_2021")!.GetValue(typed)!;

        Assert.Null(typed.GetType().GetProperty("Network")!.GetValue(typed));
        Assert.Equal(expected.Periods.Single().Nodes.Resilience.Select(BitConverter.DoubleToInt64Bits), period.Nodes.Resilience.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void AFailingNetworkAnalysisThrowsWithTheEnginesError()
    {
        var (module, plan) = Loaded.Value;

        // A folder without the data: the engine reports the missing edge file, and the method throws with its message.
        var missing = Path.Combine(RepoPaths.Root, "no-such-folder");
        var failed = new StudyRunner(missing).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "shape"));
        Assert.NotNull(failed.Error);

        var thrown = Assert.Throws<TargetInvocationException>(() => module.GetMethod("RunShape", [typeof(string)])!.Invoke(null, [missing]));

        var error = Assert.IsType<InvalidOperationException>(thrown.InnerException);
        Assert.Contains("'shape'", error.Message);
        Assert.Contains(failed.Error, error.Message);
    }

    private static object Run(Type module, string method) => module.GetMethod(method, [typeof(string)])!.Invoke(null, [RepoPaths.Specs])!;

    private static (Type, StudyPlan) Load()
    {
        var spec = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/nets.nevspec", NetsSpec);
        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out var output);
        Assert.Empty(result.Diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var module = Assembly.Load(image.ToArray()).GetTypes().Single(t => t.GetField("SpecPath") is { IsLiteral: true });

        var compiled = SpecCompiler.Compile(NetsSpec, new FileSystemHeaderProvider(RepoPaths.Specs));
        Assert.True(compiled.Plan is not null, string.Join("\n", compiled.Diagnostics));
        return (module, compiled.Plan!);
    }
}
