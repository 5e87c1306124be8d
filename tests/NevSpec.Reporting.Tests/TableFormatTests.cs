using System.Text.Json;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

/// <summary>Golden files for every table format, all rendered from one report of the Grunfeld spec.</summary>
public sealed class TableFormatTests
{
    private static readonly Report GrunfeldReport = BuildReport();

    private static Report BuildReport()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        return new ReportBuilder().Build(new StudyRunner(RepositoryPaths.Specs).Run(plan));
    }

    [Fact]
    public void LatexUsesBooktabsAndSuperscriptStars()
    {
        var latex = LatexRenderer.Render(GrunfeldReport);
        Assert.Contains("\\toprule", latex);
        Assert.Contains("$^{***}$", latex);
        Snapshot.Match("grunfeld.tables.tex", latex);
    }

    [Fact]
    public void HtmlIsWellFormedWithOneTablePerReportTable()
    {
        var html = HtmlRenderer.Render(GrunfeldReport);
        Assert.Equal(GrunfeldReport.Tables.Count, System.Text.RegularExpressions.Regex.Matches(html, "<table>").Count);
        Assert.Equal(GrunfeldReport.Tables.Count, System.Text.RegularExpressions.Regex.Matches(html, "</table>").Count);
        Assert.DoesNotContain("<script", html);
        Snapshot.Match("grunfeld.tables.html", html);
    }

    [Fact]
    public void CsvQuotesCellsWithCommas() =>
        Snapshot.Match("grunfeld.tables.csv", CsvRenderer.Render(GrunfeldReport));

    [Fact]
    public void JsonTablesCarryTheSameCellsAsTheOtherFormats()
    {
        var json = TableJsonRenderer.Render(GrunfeldReport);
        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("tables")[0];
        Assert.Equal(GrunfeldReport.Tables[0].Rows[0][1], first.GetProperty("rows")[0][1].GetString());
        Snapshot.Match("grunfeld.tables.json", json);
    }

    [Fact]
    public void LatexEscapesSpecialCharacters()
    {
        var report = new Report("M", [new ReportTable("a_b & 50%", ["", "(1)"], [["x_1", "1.0***"]], "note #1")], []);
        var latex = LatexRenderer.Render(report);
        Assert.Contains("a\\_b \\& 50\\%", latex);
        Assert.Contains("x\\_1 & 1.0$^{***}$", latex);
        Assert.Contains("note \\#1", latex);
    }
}
