using System.IO;
using System.Linq;
using NevSpec.Language.Plan;
using static NevSpec.Language.EquatableArray;

namespace NevSpec.Language.Tests;

/// <summary>
/// Networks (issue 8) and ERGM (issue 9): <c>nodes</c>, <c>pairs</c>, <c>network</c>, <c>periods</c> and the network analyses,
/// bound on small specs against fixed headers; each diagnostic at its position.
/// </summary>
public class NetworkBinderTests
{
    private const string Head = "module M\n"
        + "let cities = nodes \"cities.csv\" { id = city_id; label = city; longitude = lon; latitude = lat }\n"
        + "let years = panel \"years.csv\" { id = city_id; time = year }\n"
        + "let cityPairs = pairs \"pairs.csv\" { from = a; to = b }\n"
        + "let g = network \"edges.csv\" { from = a; to = b; weight = n; time = year; nodes = cities; attributes = years; pairs = cityPairs }\n";

    private const ColumnKind N = ColumnKind.Numeric;
    private const ColumnKind T = ColumnKind.Text;

    private static readonly IDataHeaderProvider Headers = new PathHeaderProvider(
        ("cities.csv", new[] { ("city_id", N), ("city", T), ("province", T), ("lon", N), ("lat", N), ("pop", N), ("gdp2", N) }),
        ("years.csv", new[] { ("city_id", N), ("year", N), ("gdp", N), ("rd", N), ("party", T), ("gdp2", N) }),
        ("pairs.csv", new[] { ("a", N), ("b", N), ("adjacent", N), ("border_type", T) }),
        ("edges.csv", new[] { ("year", N), ("a", N), ("b", N), ("n", N), ("kind", T) }),
        ("bare.csv", new[] { ("a", N), ("b", N) }));

    private static readonly NetworkPlan G = new("g", "edges.csv", "a", "b", "n", "year", "cities", "years", "cityPairs",
        EquatableArray<PeriodPlan>.Empty, null);

    private static SpecCompilation Compile(string lets, string head = Head) => SpecCompiler.Compile(head + lets, Headers);

    private static StudyPlan Plan(string lets, string head = Head)
    {
        var compilation = Compile(lets, head);
        Assert.True(compilation.Plan is not null, string.Join("\n", compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
        return compilation.Plan!;
    }

    private static T Analysis<T>(string lets) where T : NetworkAnalysisPlan => Assert.IsType<T>(Assert.Single(Plan(lets).NetworkAnalyses));

    /// <summary>Asserts one diagnostic <paramref name="id"/> at the first occurrence of <paramref name="at"/> in the user's lines; returns its message.</summary>
    private static string Reports(string lets, string id, string at, string head = Head)
    {
        var compilation = Compile(lets, head);
        var text = head + lets;
        var offset = text.IndexOf(at, head.Length, System.StringComparison.Ordinal);
        Assert.True(offset >= 0, "'" + at + "' is not in the spec");
        var line = text.Take(offset).Count(c => c == '\n') + 1;
        var column = offset - text.LastIndexOf('\n', offset - 1);
        var found = compilation.Diagnostics.Where(d => d.Id == id && d.Span.StartLine == line && d.Span.StartColumn == column).ToList();
        Assert.True(found.Count == 1, $"expected {id} @ {line}:{column}, got:\n" + string.Join("\n", compilation.Diagnostics.Select(d => d.Format("spec"))));
        Assert.Null(compilation.Plan);
        return found[0].Message;
    }

    // ---- binding ----------------------------------------------------------------------------------------------------

    [Fact]
    public void TablesAndTheNetworkBindToTheirPlansInDefinitionOrder()
    {
        var plan = Plan("/// Cut.\nlet stages = g |> periods [ 2011..2014; 2015..2017 ]\n");

        Assert.Equal(From(new NodeTablePlan("cities", "cities.csv", "city_id", "city", "lon", "lat", null)), plan.NodeTables);
        Assert.Equal(From(new PairTablePlan("cityPairs", "pairs.csv", "a", "b", null)), plan.PairTables);
        Assert.Equal("years", Assert.Single(plan.Sources).Name);
        Assert.Equal(From(G, G with
        {
            Name = "stages", Doc = "Cut.", Periods = From(new PeriodPlan("2011–2014", 2011, 2014), new PeriodPlan("2015–2017", 2015, 2017)),
        }), plan.Networks);
        Assert.Empty(plan.Models);
    }

    [Fact]
    public void OnlyFromAndToAreRequired()
    {
        var plan = Plan("let h = network \"bare.csv\" { from = a; to = b }\nlet s = h |> metrics\nlet t = nodes \"cities.csv\" { id = city_id }\n");

        var bare = new NetworkPlan("h", "bare.csv", "a", "b", null, null, null, null, null, EquatableArray<PeriodPlan>.Empty, null);
        Assert.Equal(bare, plan.Networks[1]);
        Assert.Equal(new NetworkMetricsPlan("s", null, bare), Assert.Single(plan.NetworkAnalyses));
        Assert.Equal(new NodeTablePlan("t", "cities.csv", "city_id", null, null, null, null), plan.NodeTables[1]);
    }

    [Fact]
    public void AnAnalysisRunsOnTheFullNetworkItIsPipedFrom()
    {
        var plan = Plan("let stages = g |> periods [ 2011..2014; 2015 ]\nlet direct = g |> metrics\nlet cut = stages |> metrics\n");

        Assert.Equal(G, plan.NetworkAnalyses[0].Network);
        Assert.Equal(plan.Networks[1], plan.NetworkAnalyses[1].Network);
        Assert.Equal(new[] { "2011–2014", "2015" }, plan.NetworkAnalyses[1].Network.Periods.Select(p => p.Label));
    }

    [Fact]
    public void InlinePeriodsKeepTheNetworksNameAndAddNoNetworkBinding()
    {
        var plan = Plan("let s = g |> periods [ 2011..2012; 2013..2021 ] |> metrics\n");

        Assert.Single(plan.Networks);
        var network = Assert.Single(plan.NetworkAnalyses).Network;
        Assert.Equal(G with { Periods = From(new PeriodPlan("2011–2012", 2011, 2012), new PeriodPlan("2013–2021", 2013, 2021)) }, network);
    }

    [Fact]
    public void AnInlineNetworkIsNamedAfterItsAnalysis()
    {
        var plan = Plan("let s = network \"bare.csv\" { from = a; to = b } |> metrics\n");

        Assert.Equal("s", Assert.Single(plan.NetworkAnalyses).Network.Name);
        Assert.Single(plan.Networks);
    }

    [Fact]
    public void NewPeriodsReplaceEarlierOnes()
    {
        var plan = Plan("let p1 = g |> periods [ 2011..2014 ]\nlet p2 = p1 |> periods [ 2011; 2012 ]\n");

        Assert.Equal(new[] { "2011", "2012" }, plan.Networks[2].Periods.Select(p => p.Label));
    }

    [Fact]
    public void AnAliasIsANetworkOfItsOwnName()
    {
        var plan = Plan("/// Same.\nlet h = g\nlet s = h |> metrics\nlet s2 = s\n");

        Assert.Equal(G with { Name = "h", Doc = "Same." }, plan.Networks[1]);
        Assert.Equal(new[] { "s", "s2" }, plan.NetworkAnalyses.Select(a => a.Name));
        Assert.Equal("h", plan.NetworkAnalyses[1].Network.Name);
    }

    [Fact]
    public void AnalysisOptionsTakeTheirDefaults()
    {
        var plan = Plan("let c = g |> centrality\nlet r = g |> resilience\nlet m = g |> communities infomap\nlet k = g |> classes jenks\nlet e = g |> ergm [ edges ]\n");

        Assert.Equal(new CentralityPlan("c", null, G, AnalysisDefaults.CentralityTop, PathMetric.Hops, ClosenessRule.Wf), plan.NetworkAnalyses[0]);
        Assert.Equal(new ResiliencePlan("r", null, G, ResilienceWeighting.Entropy, CouplingConvention.Standard, AnalysisDefaults.CentralityTop,
            PathMetric.Hops, ClosenessRule.Wf), plan.NetworkAnalyses[1]);
        Assert.Equal(new CommunitiesPlan("m", null, G, AnalysisDefaults.InfomapTrials, AnalysisDefaults.Seed, false), plan.NetworkAnalyses[2]);
        Assert.Equal(new ClassesPlan("k", null, G, AnalysisDefaults.JenksClasses), plan.NetworkAnalyses[3]);
        Assert.Equal(new ErgmPlan("e", null, G, From(new ErgmTermPlan(ErgmTermKind.Edges, null, null)), AnalysisDefaults.Seed, false,
            AnalysisDefaults.ErgmSampleSize, AnalysisDefaults.ErgmBurnin, AnalysisDefaults.ErgmInterval, AnalysisDefaults.ErgmIterations,
            AnalysisDefaults.ErgmGofSimulations), plan.NetworkAnalyses[4]);
    }

    [Fact]
    public void AnalysisOptionsAreRead()
    {
        var plan = Plan("let c = g |> centrality { top = 5; paths = strength; closeness = igraph }\n"
            + "let r = g |> resilience { weights = equal; coupling = alternative; top = 3; paths = strength; closeness = igraph }\n"
            + "let m = g |> communities infomap { trials = 4; seed = 123 }\n"
            + "let k = g |> classes jenks 7\n"
            + "let e = g |> ergm [ edges ] { seed = 1; samplesize = 100; burnin = 0; interval = 10; iterations = 3; gof = 0 }\n");

        Assert.Equal(new CentralityPlan("c", null, G, 5, PathMetric.Strength, ClosenessRule.Igraph), plan.NetworkAnalyses[0]);
        Assert.Equal(new ResiliencePlan("r", null, G, ResilienceWeighting.Equal, CouplingConvention.Alternative, 3, PathMetric.Strength,
            ClosenessRule.Igraph), plan.NetworkAnalyses[1]);
        Assert.Equal(new CommunitiesPlan("m", null, G, 4, 123UL, true), plan.NetworkAnalyses[2]);
        Assert.Equal(new ClassesPlan("k", null, G, 7), plan.NetworkAnalyses[3]);
        var ergm = Assert.IsType<ErgmPlan>(plan.NetworkAnalyses[4]);
        Assert.Equal((1UL, true, 100, 0, 10, 3, 0), (ergm.Seed, ergm.SeedGiven, ergm.SampleSize, ergm.Burnin, ergm.Interval, ergm.Iterations, ergm.GofSimulations));
    }

    [Fact]
    public void ErgmTermsBindInOrderWithStatnetLabels()
    {
        var ergm = Analysis<ErgmPlan>("let e = g |> ergm [ edges; nodecov gdp; nodecov pop; nodematch province; absdiff rd; edgecov distance; edgecov adjacent;"
            + " triangle; kstar 2; gwesp 0.5; gwdegree 0.25 ]\n");

        Assert.Equal(From(
            new ErgmTermPlan(ErgmTermKind.Edges, null, null), new ErgmTermPlan(ErgmTermKind.Nodecov, "gdp", null),
            new ErgmTermPlan(ErgmTermKind.Nodecov, "pop", null), new ErgmTermPlan(ErgmTermKind.Nodematch, "province", null),
            new ErgmTermPlan(ErgmTermKind.Absdiff, "rd", null), new ErgmTermPlan(ErgmTermKind.Edgecov, "distance", null),
            new ErgmTermPlan(ErgmTermKind.Edgecov, "adjacent", null), new ErgmTermPlan(ErgmTermKind.Triangle, null, null),
            new ErgmTermPlan(ErgmTermKind.Kstar, null, 2), new ErgmTermPlan(ErgmTermKind.Gwesp, null, 0.5),
            new ErgmTermPlan(ErgmTermKind.Gwdegree, null, 0.25)), ergm.Terms);
        Assert.Equal(new[] { "edges", "nodecov.gdp", "nodecov.pop", "nodematch.province", "absdiff.rd", "edgecov.distance", "edgecov.adjacent",
            "triangle", "kstar2", "gwesp.fixed.0.5", "gwdeg.fixed.0.25" }, ergm.Terms.Select(t => t.Label));
    }

    [Fact]
    public void ErgmTermsMayBeWrittenOnePerLine()
    {
        var ergm = Analysis<ErgmPlan>("let e =\n    g\n    |> ergm [\n        edges\n        nodecov gdp\n        gwesp 0.5\n    ] { seed = 2 }\n");

        Assert.Equal(new[] { "edges", "nodecov.gdp", "gwesp.fixed.0.5" }, ergm.Terms.Select(t => t.Label));
    }

    [Fact]
    public void WithoutHeadersNothingIsCheckedAgainstColumnsAndEachFileWarnsOnce()
    {
        var text = Head + "let e = g |> ergm [ nodecov anything; edgecov whatever ]\n";
        var compilation = SpecCompiler.Compile(text, new UnavailableHeaderProvider());

        Assert.NotNull(compilation.Plan);
        Assert.Equal(4, compilation.Diagnostics.Count(d => d.Id == "NEV0023"));
        Assert.All(compilation.Diagnostics, d => Assert.Equal("NEV0023", d.Id));
    }

    [Fact]
    public void DocumentationFlowsIntoEveryPlan()
    {
        var plan = Plan("/// Shape.\nlet s = g |> metrics\n", Head.Replace("let cities", "/// The cities.\nlet cities").Replace("let cityPairs", "/// Pairs.\nlet cityPairs"));

        Assert.Equal(("The cities.", "Pairs.", "Shape."), (plan.NodeTables[0].Doc, plan.PairTables[0].Doc, plan.NetworkAnalyses[0].Doc));
    }

    [Fact]
    public void TheNetworkSpecBindsToThePapersSections()
    {
        var path = Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec");
        var compilation = SpecCompiler.Compile(File.ReadAllText(path), new FileSystemHeaderProvider(RepositoryPaths.Specs));
        Assert.True(compilation.Plan is not null, string.Join("\n", compilation.Diagnostics.Select(d => d.Format(path))));
        var plan = compilation.Plan!;

        Assert.Equal("NetworkResilience", plan.Module);
        Assert.Contains("SYNTHETIC", plan.Doc);
        Assert.Equal(new NodeTablePlan("cities", "data/cities.csv", "city_id", "city", "longitude", "latitude", plan.NodeTables[0].Doc), Assert.Single(plan.NodeTables));
        Assert.Equal(new PairTablePlan("cityPairs", "data/city_pairs.csv", "city_a", "city_b", plan.PairTables[0].Doc), Assert.Single(plan.PairTables));
        var copatents = new NetworkPlan("copatents", "data/copatents.csv", "city_a", "city_b", "count", "year", "cities", "cityYears", "cityPairs",
            EquatableArray<PeriodPlan>.Empty, plan.Networks[0].Doc);
        var stages = copatents with
        {
            Name = "stages", Doc = plan.Networks[1].Doc,
            Periods = From(new PeriodPlan("2011–2014", 2011, 2014), new PeriodPlan("2015–2017", 2015, 2017), new PeriodPlan("2018–2021", 2018, 2021)),
        };
        Assert.Equal(From(copatents, stages), plan.Networks);
        Assert.All(plan.NetworkAnalyses, a => Assert.Equal(stages, a.Network));
        Assert.Equal(new[] { "structure", "centralities", "modules", "resilience", "classes", "table4" }, plan.NetworkAnalyses.Select(a => a.Name));
        Assert.Equal(new CommunitiesPlan("modules", plan.NetworkAnalyses[2].Doc, stages, 10, 123UL, true), plan.NetworkAnalyses[2]);
        Assert.Equal(5, Assert.IsType<ClassesPlan>(plan.NetworkAnalyses[4]).Classes);
        var ergm = Assert.IsType<ErgmPlan>(plan.NetworkAnalyses[5]);
        Assert.Equal(new[] { "edges", "nodecov.gdp", "nodecov.edu_spending", "nodecov.st_spending", "edgecov.distance", "edgecov.adjacent" },
            ergm.Terms.Select(t => t.Label));
        Assert.True(ergm.Terms.All(t => t.IsDyadIndependent));
    }

    [Fact]
    public void TheNetworkSpecIsInCanonicalForm()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec")).Replace("\r\n", "\n");

        Assert.Equal(text, SpecFormatter.Format(NevSpecParser.TryParse(text).Module!));
    }

    // ---- tables and the network: shape and columns ----------------------------------------------------------------

    [Fact]
    public void ANetworkWithoutFromIsMissingAnOption() =>
        Assert.Contains("Missing key 'from' in the network options",
            Reports("let h = network \"bare.csv\" { to = b }\n", "NEV0011", "{ to"));

    [Fact]
    public void AMisspeltNetworkKeyIsSuggested() =>
        Assert.Contains("did you mean 'weight'?", Reports("let h = network \"bare.csv\" { from = a; to = b; weigth = n }\n", "NEV0010", "weigth"));

    [Fact]
    public void ANetworkKeyGivenTwiceIsReported() =>
        Reports("let h = network \"bare.csv\" { from = a; to = b; from = b }\n", "NEV0012", "from = b");

    [Fact]
    public void ANetworkColumnMustBeInTheEdgeFile() =>
        Assert.Contains("not in the header of 'edges.csv'", Reports("let h = network \"edges.csv\" { from = a; to = bb }\n", "NEV0022", "bb"));

    [Fact]
    public void TheWeightMustBeNumeric() =>
        Assert.Contains("the network's weight needs a numeric column", Reports("let h = network \"edges.csv\" { from = a; to = b; weight = kind }\n", "NEV0028", "kind"));

    [Fact]
    public void FromAndToAreDifferentColumns() =>
        Reports("let h = network \"edges.csv\" { from = a; to = a }\n", "NEV0017", "a }");

    [Fact]
    public void NodesMustNameANodeTable() =>
        Assert.Contains("'years' is a data source, but a node table",
            Reports("let h = network \"edges.csv\" { from = a; to = b; nodes = years }\n", "NEV0006", "years }"));

    [Fact]
    public void AttributesMustNameAPanel() =>
        Assert.Contains("'cities' is a node table, but a panel data source",
            Reports("let h = network \"edges.csv\" { from = a; to = b; attributes = cities }\n", "NEV0006", "cities }"));

    [Fact]
    public void AnUnknownPairTableIsSuggested() =>
        Assert.Contains("did you mean 'cityPairs'?", Reports("let h = network \"edges.csv\" { from = a; to = b; pairs = cityPair }\n", "NEV0004", "cityPair }"));

    [Fact]
    public void LongitudeWithoutLatitudeIsMissingLatitude() =>
        Reports("let t = nodes \"cities.csv\" { id = city_id; longitude = lon }\n", "NEV0011", "{ id");

    [Fact]
    public void ANodeCoordinateMustBeNumeric() =>
        Reports("let t = nodes \"cities.csv\" { id = city_id; longitude = city; latitude = lat }\n", "NEV0028", "city;");

    [Fact]
    public void APairTableNeedsTo() =>
        Reports("let p = pairs \"pairs.csv\" { from = a }\n", "NEV0011", "{ from");

    [Fact]
    public void AMissingEdgeFileIsReported() =>
        Reports("let h = network \"none.csv\" { from = a; to = b }\n", "NEV0021", "\"none.csv\"");

    [Fact]
    public void ThePathIsAString() =>
        Reports("let h = network none { from = a; to = b }\n", "NEV0006", "none");

    [Fact]
    public void ABareNetworkWordTakesArguments() =>
        Reports("let h = network\n", "NEV0009", "network");

    [Fact]
    public void AMisspeltNetworkFunctionIsSuggested() =>
        Assert.Contains("did you mean 'network'?", Reports("let h = netwrok \"bare.csv\" { from = a; to = b }\n", "NEV0007", "netwrok"));

    [Fact]
    public void ANodeTableIsNotAModel() =>
        Assert.Contains("is a node table, but a model is expected here",
            Reports("let m = nodes \"cities.csv\" { id = city_id } |> fe [ pop ]\n", "NEV0006", "nodes"));

    [Fact]
    public void ATableNamedLikeItsFunctionCanBeAliased()
    {
        var plan = Plan("let pairs = pairs \"pairs.csv\" { from = a; to = b }\nlet p2 = pairs\n");

        Assert.Equal(new[] { "cityPairs", "pairs", "p2" }, plan.PairTables.Select(p => p.Name));
    }

    // ---- periods ---------------------------------------------------------------------------------------------------

    [Fact]
    public void PeriodsNeedATimeColumn() =>
        Assert.Contains("Missing key 'time' in the options of network 'h'",
            Reports("let h = network \"bare.csv\" { from = a; to = b }\nlet s = h |> periods [ 2011..2014 ]\n", "NEV0011", "periods"));

    [Theory]
    [InlineData("[ 2011..2014; 2014..2016 ]", "2014..2016", "overlaps '2011..2014'")]
    [InlineData("[ 2015..2017; 2011..2014 ]", "2011..2014", "comes before '2015..2017'")]
    [InlineData("[ 2014..2011 ]", "2014..2011", "is empty")]
    [InlineData("[ 2011.5..2014 ]", "2011.5..2014", "whole numbers")]
    public void PeriodsAreIncreasingDisjointWholeNumberRanges(string list, string at, string problem) =>
        Assert.Contains(problem, Reports("let s = g |> periods " + list + "\n", "NEV0048", at));

    [Fact]
    public void AnEmptyPeriodListIsReported() => Reports("let s = g |> periods []\n", "NEV0033", "[]");

    [Fact]
    public void PeriodsAreAList() => Reports("let s = g |> periods 2011\n", "NEV0006", "2011");

    // ---- pipelines and kinds ---------------------------------------------------------------------------------------

    [Fact]
    public void NothingFollowsANetworkAnalysis()
    {
        Reports("let s = g |> metrics |> periods [ 2011 ]\n", "NEV0031", "periods");
        Reports("let s = g |> metrics\nlet t = s |> centrality\n", "NEV0031", "centrality");
    }

    [Fact]
    public void AModelStageAfterANetworkIsTheWrongKind() =>
        Assert.Contains("'fe' is a stage of models, but a network stage", Reports("let s = g |> fe [ a ]\n", "NEV0006", "fe"));

    [Fact]
    public void AMisspeltNetworkStageIsSuggested() =>
        Assert.Contains("did you mean 'metrics'?", Reports("let s = g |> metric\n", "NEV0008", "metric"));

    [Fact]
    public void AModelIsNotANetwork() =>
        Assert.Contains("'m' is a model, but a network",
            Reports("let m = regress gdp [ rd ]\nlet s = m |> metrics\n", "NEV0006", "m |>"));

    [Fact]
    public void APanelIsNotANetwork() => Reports("let s = years |> metrics\n", "NEV0006", "years |>");

    [Fact]
    public void ANetworkIsNotAModelsDataSource()
    {
        Reports("let m = regress gdp [ rd ] |> using g\n", "NEV0020", "g\n");
        Reports("let d = describe g [ gdp ]\n", "NEV0006", "g [");
    }

    [Fact]
    public void AnUnknownNetworkNameIsSuggested() =>
        Assert.Contains("did you mean 'g'?", Reports("let h = network \"bare.csv\" { from = a; to = b }\nlet s = gg |> metrics\n", "NEV0004", "gg"));

    // ---- analysis options -----------------------------------------------------------------------------------------

    [Fact]
    public void MetricsTakesNoArguments() => Reports("let s = g |> metrics { top = 3 }\n", "NEV0009", "metrics");

    [Fact]
    public void CommunitiesKnowsOnlyInfomap() =>
        Assert.Contains("expected infomap; did you mean 'infomap'?", Reports("let s = g |> communities infomapp\n", "NEV0025", "infomapp"));

    [Fact]
    public void CommunitiesNeedsAMethod() => Reports("let s = g |> communities { seed = 1 }\n", "NEV0009", "communities");

    [Theory]
    [InlineData("classes jenks 21", "NEV0026", "21")]
    [InlineData("classes jenks 1", "NEV0026", "1")]
    [InlineData("classes jenks 2.5", "NEV0026", "2.5")]
    [InlineData("classes 5", "NEV0025", "5")]
    [InlineData("classes quantile 5", "NEV0025", "quantile")]
    public void ClassesAreJenksWithTwoToTwentyClasses(string stage, string id, string at) => Reports("let s = g |> " + stage + "\n", id, at);

    [Fact]
    public void AMisspeltPathMetricIsSuggested() =>
        Assert.Contains("did you mean 'hops'?", Reports("let s = g |> centrality { paths = hop }\n", "NEV0025", "hop }"));

    [Fact]
    public void AnUnknownResilienceOptionIsReported() => Reports("let s = g |> resilience { weight = equal }\n", "NEV0010", "weight");

    [Fact]
    public void ACentralityTopOfZeroIsOutOfRange() => Reports("let s = g |> centrality { top = 0 }\n", "NEV0026", "0 }");

    // ---- ERGM terms ----------------------------------------------------------------------------------------------

    [Fact]
    public void AnUnknownErgmTermIsSuggested() =>
        Assert.Contains("did you mean 'nodecov'?", Reports("let e = g |> ergm [ edges; nodecovv gdp ]\n", "NEV0044", "nodecovv"));

    [Theory]
    [InlineData("mutual", "'edges'")]
    [InlineData("istar 2", "'kstar <k>'")]
    [InlineData("nodeicov gdp", "'nodecov <attribute>'")]
    [InlineData("transitive", "'triangle' or 'gwesp <decay>'")]
    public void ADirectedTermIsRefusedWithItsUndirectedCounterpart(string term, string counterpart)
    {
        var message = Reports("let e = g |> ergm [ edges; " + term + " ]\n", "NEV0045", term);

        Assert.Contains("needs a directed network; NevSpec's networks are undirected", message);
        Assert.EndsWith(counterpart, message);
    }

    [Fact]
    public void ANodeAttributeMustBeAColumnOfTheNodeTableOrThePanel()
    {
        var message = Reports("let e = g |> ergm [ nodecov gpd ]\n", "NEV0046", "gpd");

        Assert.Contains("is not a column of 'cities.csv' or 'years.csv'", message);
        Assert.Contains("did you mean 'gdp'?", message);
    }

    [Fact]
    public void AKeyColumnIsNotANodeAttribute() =>
        Assert.Contains("is a key column", Reports("let e = g |> ergm [ nodecov city_id ]\n", "NEV0046", "city_id"));

    [Fact]
    public void AnAttributeInBothTablesIsAmbiguous() =>
        Assert.Contains("is a column of both 'cities.csv' and 'years.csv'", Reports("let e = g |> ergm [ absdiff gdp2 ]\n", "NEV0046", "gdp2"));

    [Fact]
    public void NodecovNeedsANumericAttribute() =>
        Assert.Contains("'nodecov' needs a numeric column", Reports("let e = g |> ergm [ nodecov province ]\n", "NEV0028", "province"));

    [Fact]
    public void NodematchOfAPanelColumnNeedsANumericColumn() =>
        Reports("let e = g |> ergm [ nodematch party ]\n", "NEV0028", "party");

    [Fact]
    public void NodeAttributesNeedANodeTableOrAPanel() =>
        Assert.Contains("needs node attributes, but network 'h' has none",
            Reports("let h = network \"bare.csv\" { from = a; to = b }\nlet e = h |> ergm [ edges; nodecov gdp ]\n", "NEV0047", "nodecov gdp"));

    [Fact]
    public void DistanceNeedsNodeCoordinates() =>
        Assert.Contains("needs node coordinates",
            Reports("let t = nodes \"cities.csv\" { id = city_id }\nlet h = network \"bare.csv\" { from = a; to = b; nodes = t }\nlet e = h |> ergm [ edgecov distance ]\n",
                "NEV0047", "edgecov distance"));

    [Fact]
    public void AnEdgeCovariateNeedsAPairTable() =>
        Assert.Contains("needs a pair table",
            Reports("let h = network \"bare.csv\" { from = a; to = b }\nlet e = h |> ergm [ edgecov adjacent ]\n", "NEV0047", "edgecov adjacent"));

    [Fact]
    public void AnEdgeCovariateMustBeAColumnOfThePairTable() =>
        Assert.Contains("did you mean 'adjacent'?", Reports("let e = g |> ergm [ edgecov adjacnt ]\n", "NEV0046", "adjacnt"));

    [Fact]
    public void AnEdgeCovariateMustBeNumeric() => Reports("let e = g |> ergm [ edgecov border_type ]\n", "NEV0028", "border_type");

    [Theory]
    [InlineData("kstar 1", "NEV0026", "1 ]")]
    [InlineData("kstar 2.5", "NEV0026", "2.5")]
    [InlineData("gwesp -0.5", "NEV0026", "-0.5")]
    [InlineData("gwdegree fixed", "NEV0025", "fixed")]
    [InlineData("edges 1", "NEV0009", "edges")]
    [InlineData("nodecov", "NEV0009", "nodecov")]
    [InlineData("kstar", "NEV0009", "kstar")]
    [InlineData("nodecov 3", "NEV0006", "3 ]")]
    [InlineData("42", "NEV0006", "42")]
    public void ErgmTermArgumentsAreChecked(string term, string id, string at) =>
        Reports("let e = g |> ergm [ " + term + " ]\n", id, at);

    [Fact]
    public void ATermListedTwiceIsReported() =>
        Reports("let e = g |> ergm [ edges; nodecov gdp; edges ]\n", "NEV0017", "edges ]");

    [Fact]
    public void AnEmptyTermListIsReported() => Reports("let e = g |> ergm []\n", "NEV0033", "[]");

    [Fact]
    public void ErgmTakesAList() => Reports("let e = g |> ergm edges\n", "NEV0006", "edges");

    [Fact]
    public void AnErgmSampleSizeOfZeroIsOutOfRange() => Reports("let e = g |> ergm [ edges ] { samplesize = 0 }\n", "NEV0026", "0 }");
}
