using System.Text.Json;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

/// <summary>
/// The <c>table</c> statement (<c>specs/examples/tables.nevspec</c>): golden files for all five formats, rendered from
/// one report, and the table's labels, term order, stars and statistic.
/// </summary>
public sealed class TableStatementTests
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Specs, "examples");
    private static readonly StudyPlan Plan = Compile();
    private static readonly Report Full = new ReportBuilder().Build(new StudyRunner(Examples).Run(Plan), Plan.Tables);
    /// <summary>Only the spec's tables, so the golden files hold just what the statement produces.</summary>
    private static readonly Report Tables = Full with { Tables = Full.Tables.Skip(Full.Tables.Count - Plan.Tables.Count).ToList() };

    private static StudyPlan Compile()
    {
        var text = File.ReadAllText(Path.Combine(Examples, "tables.nevspec"));
        return SpecCompiler.Compile(text, new FileSystemHeaderProvider(Examples)).Plan!;
    }

    [Fact]
    public void SpecTablesFollowTheAutomaticTablesInSpecOrder()
    {
        Assert.Empty(Full.Failures);
        Assert.Equal(new[] { "Table 1. Baseline regressions", "Table 2. Stepwise" }, Tables.Tables.Select(t => t.Title));
        Assert.Equal(Full.Tables.Count - 2, new ReportBuilder().Build(new StudyRunner(Examples).Run(Plan)).Tables.Count);
    }

    [Fact]
    public void LabelsTermsAndNoteAreTheSpecs()
    {
        var table = Tables.Tables[0];
        Assert.Equal(new[] { "", "OLS", "FE", "TWFE" }, table.Header);
        Assert.Equal(new[] { "value", "", "capital", "" }, table.Rows.Take(4).Select(r => r[0]));
        Assert.Equal("N", table.Rows[4][0]);
        Assert.Contains(table.Rows, r => r[0] == "firm FE" && r.SequenceEqual(new[] { "firm FE", "No", "Yes", "Yes" }));
        Assert.Equal("Grunfeld (1958) investment data. Standard errors in parentheses. * p < 0.10, ** p < 0.05, *** p < 0.01.", table.Note);
    }

    [Fact]
    public void AStepwiseColumnExpandsAndTStatisticsUseTheChosenStars()
    {
        var table = Tables.Tables[1];
        Assert.Equal(new[] { "", "(1)", "(2)", "(3)" }, table.Header);
        Assert.EndsWith("t statistics in parentheses. * p < 0.05, ** p < 0.01, *** p < 0.001.", table.Note);
        Assert.Contains("_cons", table.Rows.Select(r => r[0]));
    }

    [Theory]
    [InlineData(0.2, "")]
    [InlineData(0.07, "*")]
    [InlineData(0.03, "**")]
    [InlineData(0.001, "***")]
    [InlineData(double.NaN, "")]
    public void DefaultStarsAreTheConvention(double p, string stars)
    {
        Assert.Equal(stars, Significance.Stars(p));
        Assert.Equal(stars, Significance.Stars(p, Significance.DefaultThresholds));
    }

    [Fact]
    public void LegendForTheDefaultsIsTheConventionalLegend()
    {
        Assert.Equal(Significance.Legend, Significance.LegendFor(Significance.DefaultThresholds));
        Assert.Equal("", Significance.LegendFor([]));
        Assert.Equal("**", Significance.Stars(0.004, [0.05, 0.005, 0.0001]));
    }

    [Fact]
    public void Markdown() => Snapshot.Match("tables.tables.md", MarkdownRenderer.Render(Tables));

    [Fact]
    public void Latex() => Snapshot.Match("tables.tables.tex", LatexRenderer.Render(Tables));

    [Fact]
    public void Html() => Snapshot.Match("tables.tables.html", HtmlRenderer.Render(Tables));

    [Fact]
    public void Csv() => Snapshot.Match("tables.tables.csv", CsvRenderer.Render(Tables));

    [Fact]
    public void Json()
    {
        var json = TableJsonRenderer.Render(Tables);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetProperty("tables").GetArrayLength());
        Snapshot.Match("tables.tables.json", json);
    }
}
