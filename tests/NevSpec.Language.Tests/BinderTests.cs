using System.Linq;
using NevSpec.Language.Plan;
using static NevSpec.Language.EquatableArray;

namespace NevSpec.Language.Tests;

/// <summary>The semantics of pipes and names, on small specs against a fixed header.</summary>
public class BinderTests
{
    private const string Source = "module M\nlet d = panel \"d.csv\" { id = firm; time = year }\n";
    private static readonly FixedHeaderProvider Headers = new("firm", "year", "inv", "value", "capital");

    private static SpecCompilation Compile(string lets, IDataHeaderProvider? headers = null) =>
        SpecCompiler.Compile(Source + lets, headers ?? Headers);

    private static ModelPlan Model(string lets, string name)
    {
        var compilation = Compile(lets);
        Assert.True(compilation.Plan is not null, string.Join("\n", compilation.Diagnostics));
        return compilation.Plan!.Models.Single(m => m.Name == name);
    }

    [Fact]
    public void DefaultCovarianceIsIid() =>
        Assert.Equal(VcovKind.Iid, Model("let m = regress inv [ value ]", "m").Vcov);

    [Fact]
    public void ClusterSetsCr1AndTheClusterColumns()
    {
        var model = Model("let m = regress inv [ value ] |> cluster [ firm; year ]", "m");

        Assert.Equal((VcovKind.Cr1, From("firm", "year")), (model.Vcov, model.ClusterBy));
    }

    [Fact]
    public void Hc1AfterClusterClearsTheClusters()
    {
        var model = Model("let m = regress inv [ value ] |> cluster firm |> vcov hc1", "m");

        Assert.Equal((VcovKind.Hc1, EquatableArray<string>.Empty), (model.Vcov, model.ClusterBy));
    }

    [Fact]
    public void Cr1AfterClusterKeepsTheClusters() =>
        Assert.Equal(From("firm"), Model("let m = regress inv [ value ] |> cluster firm |> vcov cr1", "m").ClusterBy);

    [Fact]
    public void ALaterFixedEffectStageReplacesTheEarlierOne() =>
        Assert.Equal(From("year"), Model("let m = regress inv [ value ] |> fe [ firm ] |> fe [ year ]", "m").FixedEffects);

    [Fact]
    public void DerivingWithWhereAndsTheFilters()
    {
        var model = Model("let a = regress inv [ value ] |> where (year > 1940)\nlet b = a |> where (firm <> 3)", "b");

        var expected = new LogicalFilter(LogicalOperator.And,
            new ComparisonFilter(ComparisonOperator.Greater, new ColumnFilterValue("year"), new NumberFilterValue(1940)),
            new ComparisonFilter(ComparisonOperator.NotEqual, new ColumnFilterValue("firm"), new NumberFilterValue(3)));
        Assert.Equal(expected, model.Where);
    }

    [Fact]
    public void NotAndStringsBindToFilterRecords()
    {
        var model = Model("let m = regress inv [ value ] |> where (not (firm == \"GM\"))", "m");

        Assert.Equal(new NotFilter(new ComparisonFilter(ComparisonOperator.Equal, new ColumnFilterValue("firm"), new TextFilterValue("GM"))),
            model.Where);
    }

    [Fact]
    public void ListNamesAreSplicedIntoLists()
    {
        var model = Model("let base = [ capital ]\nlet more = [ base; firm ]\nlet m = regress inv [ value ] more", "m");

        Assert.Equal(From("capital", "firm"), model.Controls);
    }

    [Fact]
    public void AModelNameAloneMakesACopyUnderTheNewName()
    {
        var plan = Compile("let a = regress inv [ value ]\n/// Same as a.\nlet b = a").Plan!;

        Assert.Equal(plan.Models[0] with { Name = "b", Doc = "Same as a." }, plan.Models[1]);
    }

    [Fact]
    public void WithSeveralSourcesUsingChoosesOne()
    {
        var plan = Compile("let e = panel \"e.csv\" { id = firm; time = year }\nlet m = regress inv [ value ] |> using e").Plan!;

        Assert.Equal("e", plan.Models.Single().Source);
        Assert.Equal(new[] { "d", "e" }, plan.Sources.Select(s => s.Name));
    }

    [Fact]
    public void UnknownColumnIsReportedAtItsLineWithASuggestion()
    {
        var error = Assert.Single(Compile("let m = regress inv [ value; captial ]").Diagnostics);

        Assert.Equal(("NEV0022", 3, 30), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal("Column 'captial' is not in the header of 'd.csv'; did you mean 'capital'?", error.Message);
    }

    [Fact]
    public void AFarOffColumnNameGetsNoSuggestion() =>
        Assert.Equal("Column 'zzz' is not in the header of 'd.csv'",
            Assert.Single(Compile("let m = regress inv [ zzz ]").Diagnostics).Message);

    [Fact]
    public void UnknownColumnInAListIsReportedOnceAtTheListItem()
    {
        var diagnostics = Compile("let c = [ capitl ]\nlet a = regress inv [ value ] c\nlet b = regress inv [ firm ] c").Diagnostics;

        var error = Assert.Single(diagnostics);
        Assert.Equal((3, 11), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void UnavailableHeaderWarnsOnceAndSkipsColumnChecks()
    {
        var compilation = Compile("let m = regress inv [ nonsense ]\nlet n = m", new UnavailableHeaderProvider());

        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal("NEV0023", warning.Id);
        Assert.NotNull(compilation.Plan);
    }

    [Fact]
    public void WithoutAHeaderProviderColumnsAreNotChecked()
    {
        var compilation = SpecCompiler.Compile(Source + "let m = regress inv [ nonsense ]");

        Assert.Empty(compilation.Diagnostics);
    }

    [Fact]
    public void TheHeaderOfEachSourceIsRequestedOnce()
    {
        var headers = new FixedHeaderProvider("firm", "year", "inv", "value");
        SpecCompiler.Compile(Source + "let a = regress inv [ value ]\nlet b = a\nlet c = a |> fe [ firm ]", headers);

        Assert.Equal(1, headers.Calls);
    }

    [Fact]
    public void AnErrorInABaseModelIsNotRepeatedForDerivedModels()
    {
        var diagnostics = Compile("let a = regress inv [ valu ]\nlet b = a |> vcov hc1\nlet c = b |> fe [ firm ]").Diagnostics;

        Assert.Single(diagnostics);
    }

    [Fact]
    public void ForwardReferenceSaysWhereTheNameIsDefined() =>
        Assert.Equal("'b' is used before its definition at line 4; move that definition above this use",
            Assert.Single(Compile("let a = b |> vcov hc1\nlet b = regress inv [ value ]").Diagnostics).Message);

    [Fact]
    public void DuplicateNameMentionsTheFirstDefinitionsLine() =>
        Assert.Equal("'a' is already defined at line 3; choose a different name",
            Assert.Single(Compile("let a = regress inv [ value ]\nlet a = regress inv [ capital ]").Diagnostics).Message);

    [Fact]
    public void DiagnosticsComeInTextOrder()
    {
        var diagnostics = Compile("let a = regress inv [ valu ]\nlet b = regres inv [ value ]\nlet c = a |> fixed [ firm ]").Diagnostics;

        Assert.Equal(new[] { "NEV0022", "NEV0007", "NEV0008" }, diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void AThrowingHeaderProviderBecomesAnInternalErrorDiagnostic()
    {
        var compilation = Compile("let m = regress inv [ value ]", new ThrowingHeaderProvider());

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("NEV0024", error.Id);
        Assert.Contains("header provider failed", error.Message);
        Assert.Null(compilation.Plan);
    }
}
