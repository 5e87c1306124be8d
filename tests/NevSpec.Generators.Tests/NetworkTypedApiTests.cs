using System.Reflection;
using Microsoft.CodeAnalysis;
using NevSpec.Engine;
using NevSpec.Core.Ergm;
using NevSpec.Engine.Networks;
using NevSpec.Generators.Naming;
using NevSpec.Generators.Tests.Infrastructure;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Tests;

/// <summary>
/// Network results are typed by the spec's periods: <c>r.P2011_2014</c> compiles where the network has that period, a
/// network without periods has <c>All</c>, resilience's coupling model is nullable exactly when the network has one
/// period, and an ERGM's period has one coefficient property per term of the spec (<c>r.P2015.NodecovGdp</c>). The
/// emitted code is also run on the bundled synthetic network (specs/data) and compared with the engine, for the shapes
/// the repository's spec lacks.
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
        let plain = links |> ergm [ edges; edgecov adjacent; edgecov distance ] { gof = 0 }
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
            "var s = Nets.Shape(\"specs\"); double x = s.All.Density + s.Period(\"all\").Edges + s.Periods.Count + s.Notes.Count + s.Raw.Periods.Count; " +
            "var c = Nets.Central(\"specs\"); x += c.P2011_2014.Degree[0] + c.P2015.Closeness[0] + c.P2016_2021.Betweenness[0]; " +
            "var g = Nets.Groups(\"specs\"); x += g.P2011_2021.Count + g.P2011_2021.Codelength; " +
            "var r = Nets.Robust(\"specs\"); x += r.Network.P2015.Coupling.D + r.Network.P2011_2014.Level.Level + r.Network.Stages.Count + r.P2016_2021.Nodes.Resilience[0]; " +
            "x += Nets.Single().P2011_2021.Indicators.Clustering + (Nets.Single().Network?.P2011_2021.Resilience ?? 0); " +
            "var b = Nets.Breaks(\"specs\"); x += b.P2015.Links.Count + b.P2011_2014.ResilienceBreaks.Breaks.Count; " +
            "var m = Nets.Model(\"specs\"); x += m.P2011_2014.Edges.Estimate + m.P2015.NodecovGdp.StdErr + m.P2016_2021.GwespFixed0_5.Z + m.Period(\"2015\").Kstar2.P; " +
            "x += (m.P2015.LogLikelihood ?? 0) + (m.P2015.Aic ?? 0) + (m.P2015.Bic ?? 0) + m.Periods[0].Fit.Coefficients.Count + m.Notes.Count + m.Raw.NonConverged.Count; " +
            "global::NevSpec.Core.Ergm.ErgmCoefficient k = m.P2015.Kstar2; global::NevSpec.Core.Ergm.ErgmMethod how = m.P2015.Method; " +
            "global::NevSpec.Engine.Networks.PeriodErgm raw = m.P2015.Raw; global::NevSpec.Core.Ergm.ErgmGoodnessOfFitResult? gof = m.P2015.GoodnessOfFit; " +
            "x += Nets.Plain().All.EdgecovAdjacent.McmcPercent + Nets.Plain().All.EdgecovDistance.McmcStdErr + (m.P2015.Converged ? 1 : 0) + m.P2015.Label.Length + m.P2015.Notes.Count; " +
            "return x;");

        Assert.Empty(all);
    }

    [Fact]
    public void APeriodTheNetworkDoesNotHaveIsACompileError()
    {
        var (errors, _) = Compile("return Nets.Shape(\"specs\").P2011_2014.Density + Nets.Central(\"specs\").P2011_2013.Degree[0] + Nets.Central(\"specs\").All.Degree[0];");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'P2011_2014'"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'P2011_2013'"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'All'"));
    }

    [Fact]
    public void TheCouplingModelOfANetworkWithOnePeriodIsNullable()
    {
        var (errors, all) = Compile("return Nets.Single(\"specs\").Network.P2011_2021.Coupling.D;");

        Assert.Empty(errors);
        Assert.Contains(all, d => d.Id == "CS8602");
    }

    [Fact]
    public void AnErgmTermThatIsNotInTheSpecIsACompileError()
    {
        var (errors, _) = Compile(
            "var m = Nets.Model(\"specs\"); return m.P2015.NodecovPopulation.Estimate + m.P2015.GwespFixed0_7.Estimate + m.P2015.Triangle.Estimate + " +
            "Nets.Plain().All.NodecovGdp.Estimate + m.P2015.Nodecov_gdp.Estimate;");

        Assert.Equal(["GwespFixed0_7", "NodecovGdp", "NodecovPopulation", "Nodecov_gdp", "Triangle"],
            errors.Where(e => e.Id == "CS1061").Select(e => e.GetMessage().Split('\'')[3]).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("CS1061", e.Id));
    }

    [Fact]
    public void AnErgmCoefficientIsTheCoresTypeNotAModelCoefficient()
    {
        var (errors, _) = Compile("var c = Nets.Model(\"specs\").P2015.Edges; return c.T + c.CiLow;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'T'"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'CiLow'"));
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

        var typed = Run(module, "Shape");
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

        var typed = Run(module, "Single");
        var period = (PeriodResilience)typed.GetType().GetProperty("P2011_2021")!.GetValue(typed)!;

        Assert.Null(typed.GetType().GetProperty("Network")!.GetValue(typed));
        Assert.Equal(expected.Periods.Single().Nodes.Resilience.Select(BitConverter.DoubleToInt64Bits), period.Nodes.Resilience.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void AnErgmOfANetworkWithoutPeriodsHasTheEnginesCoefficientsUnderAll()
    {
        var (module, plan) = Loaded.Value;
        var expected = (ErgmAnalysisResult)new StudyRunner(RepoPaths.Specs).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "plain"));
        Assert.Null(expected.Error);
        var engine = expected.Periods.Single();

        var typed = Run(module, "Plain");
        var all = typed.GetType().GetProperty("All")!.GetValue(typed)!;
        ErgmCoefficient Term(string property) => (ErgmCoefficient)all.GetType().GetProperty(property)!.GetValue(all)!;

        Assert.Equal(NetworkLoader.AllPeriodLabel, all.GetType().GetProperty("Label")!.GetValue(all));
        // Expected: the engine's fit of the same plan on the same data, term by term (statnet labels), every field exact.
        Assert.Equal(engine.Fit["edges"], Term("Edges"));
        Assert.Equal(engine.Fit["edgecov.adjacent"], Term("EdgecovAdjacent"));
        Assert.Equal(engine.Fit["edgecov.distance"], Term("EdgecovDistance"));
        Assert.Equal(engine.Fit.LogLikelihood, (double?)all.GetType().GetProperty("LogLikelihood")!.GetValue(all));
        Assert.Null(all.GetType().GetProperty("GoodnessOfFit")!.GetValue(all));  // gof = 0 in the spec
    }

    [Fact]
    public void TheErgmPeriodRecordHasNoFixedMemberATermCouldNeedToAvoid()
    {
        var (module, _) = Loaded.Value;
        var period = module.GetNestedType("ModelResult")!.GetNestedType("PeriodFit")!;
        var terms = new[] { "Edges", "NodecovGdp", "GwespFixed0_5", "Kstar2" };

        var fixedMembers = period.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo or FieldInfo || m is MethodInfo { IsSpecialName: false })
            .Select(m => m.Name).Except(terms).Distinct().ToArray();

        Assert.All(terms, t => Assert.Equal(typeof(ErgmCoefficient), period.GetProperty(t)!.PropertyType));
        Assert.Empty(fixedMembers.Except(NameAssigner.ErgmPeriodMembers).Except(["ToString", "GetHashCode", "Equals", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "<Clone>$"]));
        Assert.Contains("Fit", fixedMembers);
        Assert.Contains("GoodnessOfFit", fixedMembers);
    }

    [Fact]
    public void AFailingNetworkAnalysisThrowsWithTheEnginesError()
    {
        var (module, plan) = Loaded.Value;

        // A folder without the data: the engine reports the missing edge file, and the method throws with its message.
        var missing = Path.Combine(RepoPaths.Root, "no-such-folder");
        var failed = new StudyRunner(missing).RunNetworkAnalysis(plan, plan.NetworkAnalyses.Single(a => a.Name == "shape"));
        Assert.NotNull(failed.Error);

        var thrown = Assert.Throws<TargetInvocationException>(() => module.GetMethod("Shape", [typeof(string)])!.Invoke(null, [missing]));

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
