using System.Linq;
using NevSpec.Language.Plan;

namespace NevSpec.Language.Tests;

/// <summary>The <c>table</c> statement: <see cref="TablePlan"/> binding, defaults and diagnostics.</summary>
public class TableBinderTests
{
    private const string Source = "module M\nlet d = panel \"d.csv\" { id = unit; time = year }\n"
        + "let base = regress y [ x ] [ c1; c2 ] |> fe [ unit; year ] |> cluster unit\n"
        + "let ols = regress y [ x; z ] |> vcov hc1\n"
        + "let steps = base |> stepwise\n";

    private static readonly IDataHeaderProvider Headers =
        new KindedHeaderProvider(("unit", ColumnKind.Text), ("year", ColumnKind.Numeric), ("y", ColumnKind.Numeric),
            ("x", ColumnKind.Numeric), ("z", ColumnKind.Numeric), ("c1", ColumnKind.Numeric), ("c2", ColumnKind.Numeric));

    private static SpecCompilation Compile(string lets) => SpecCompiler.Compile(Source + lets, Headers);

    private static TablePlan Table(string lets)
    {
        var compilation = Compile(lets);
        Assert.True(compilation.Plan is not null, string.Join("\n", compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
        return Assert.Single(compilation.Plan!.Tables);
    }

    private static string Ids(string lets) => string.Join(" ", Compile(lets).Diagnostics.Select(d => d.Id));

    [Fact]
    public void DefaultsAreNumberedLabelsAllTermsConventionalStarsAndStandardErrors()
    {
        var table = Table("let t = table \"T\" [ ols; base ]");

        Assert.Equal(new TablePlan("t", null, "T", EquatableArray.From(new TableColumnPlan("ols"), new TableColumnPlan("base")),
            EquatableArray.From("(1)", "(2)"), EquatableArray<string>.Empty, EquatableArray.From(0.1, 0.05, 0.01), TableStatistic.StdErr, null), table);
    }

    [Fact]
    public void AStepwiseAnalysisStandsForAllItsColumns()
    {
        var table = Table("let t = table \"T\" [ steps; ols ] { labels = [ \"a\"; \"b\"; \"c\"; \"d\" ] }");

        Assert.Equal(new[] { new TableColumnPlan("steps", 0), new TableColumnPlan("steps", 1), new TableColumnPlan("steps", 2), new TableColumnPlan("ols") },
            table.Columns.ToArray());
    }

    [Fact]
    public void OptionsBind()
    {
        var table = Table("/// Doc.\nlet t =\n    table \"Table 4\" [ ols; base ]\n        { terms = [ z; x; _cons ]; stars = [ 0.05; 0.01 ]; se = t; note = \"N.\" }");

        Assert.Equal(("Doc.", "Table 4", TableStatistic.T, "N."), (table.Doc, table.Title, table.Statistic, table.Note));
        Assert.Equal(new[] { "z", "x", "_cons" }, table.Terms.ToArray());
        Assert.Equal(new[] { 0.05, 0.01 }, table.Stars.ToArray());
    }

    [Fact]
    public void EmptyStarsMeanNoStars() => Assert.True(Table("let t = table \"T\" [ ols ] { stars = [] }").Stars.IsEmpty);

    [Fact]
    public void SpecsWithoutTablesHaveTheDefaultTables() =>
        Assert.Equal(default, Compile("").Plan!.Tables);

    [Theory]
    [InlineData("let t = table \"T\" [ ols; nope ]", "NEV0040")]
    [InlineData("let t = table \"T\" [ ols; d ]", "NEV0040")]
    [InlineData("let t = table \"T\" [ later ]\nlet later = ols |> vcov iid", "NEV0005")]
    [InlineData("let t = table \"T\" [ steps ] { labels = [ \"(1)\"; \"(2)\" ] }", "NEV0041")]
    [InlineData("let t = table \"T\" [ base ] { terms = [ z ] }", "NEV0042")]
    [InlineData("let t = table \"T\" [ base ] { terms = [ _cons ] }", "NEV0042")]
    [InlineData("let t = table \"T\" [ ols ] { stars = [ 0.01; 0.05 ] }", "NEV0043")]
    [InlineData("let t = table \"T\" [ ols ] { stars = [ 0.1; 0 ] }", "NEV0043")]
    [InlineData("let t = table \"T\" [ ols ] { star = [ 0.1 ] }", "NEV0010")]
    [InlineData("let t = table \"T\" [ ols ] { se = tstat }", "NEV0025")]
    [InlineData("let t = table \"T\" [ ols ] { note = N }", "NEV0025")]
    [InlineData("let t = table T [ ols ]", "NEV0006")]
    [InlineData("let t = table \"T\" [ ]", "NEV0033")]
    [InlineData("let t = table \"T\"", "NEV0009")]
    [InlineData("let t = table \"T\" [ ols ]\nlet u = regress y [ t ]", "NEV0006")]
    public void BadTablesAreDiagnosed(string lets, string id) => Assert.Equal(id, Ids(lets));

    [Fact]
    public void AnAliasOfATableIsATableOfThatName() =>
        Assert.Equal("u", Assert.Single(Compile("let t = table \"T\" [ ols ]\nlet u = t").Plan!.Tables, t => t.Name == "u").Name);

    private sealed class KindedHeaderProvider(params (string Name, ColumnKind Kind)[] columns) : IDataHeaderProvider
    {
        public DataHeader GetHeader(string pathAsWritten) => DataHeader.Available(columns.Select(c => c.Name), columns.Select(c => c.Kind));
    }
}
