using System.Text.Json;
using System.Xml.Linq;
using NevSpec.Engine.Networks;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

/// <summary>
/// Network tables, results.json and figures on <see cref="SmallNetwork"/>: snapshots of the Markdown tables (reviewed by
/// hand; key cells are also asserted from hand calculations), full-precision JSON, and PNG/SVG figures.
/// </summary>
public sealed class NetworkReportTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly SmallNetwork _net = new();

    public void Dispose() => _net.Dispose();

    [Fact]
    public void MarkdownTablesOfEveryNetworkAnalysis()
    {
        Assert.True(_net.Study.AllSucceeded, string.Join("\n", _net.Study.NetworkAnalyses.Select(a => a.Error)));
        var report = new ReportBuilder().Build(_net.Study);
        Snapshot.Match("small_network.tables.md", MarkdownRenderer.Render(report));

        // Hand checks of the structure table: period 1 has 4 nodes and 4 links (density 8/12), period 2 has 6 and 6 (12/30).
        var structure = report.Tables.Single(t => t.Title == "structure: network structure by period");
        Assert.Equal(["Density", "0.6667", "0.4000"], structure.Rows.Single(r => r[0] == "Density"));
        Assert.Equal(["Average degree", "2.0000", "2.0000"], structure.Rows.Single(r => r[0] == "Average degree"));
        Assert.Equal(["Total link weight", "5", "11"], structure.Rows.Single(r => r[0] == "Total link weight"));
        Assert.Equal(["Internal strength", "3", "2"], structure.Rows.Single(r => r[0] == "Internal strength"));
        // Period 1: A–B–C triangle plus C–D: the top node by degree is C (3 partners, the only broker).
        var top = report.Tables.Single(t => t.Title == "central: top 3 nodes by degree, 2011–2012");
        Assert.Equal(["Gamma", "3", "1.0000", "1.0000", "0.6667"], top.Rows[0]);
    }

    [Fact]
    public void OtherFormatsRenderTheSameNetworkTables()
    {
        var report = new ReportBuilder().Build(_net.Study);
        Snapshot.Match("small_network.tables.csv", CsvRenderer.Render(report));
        Assert.Contains("resilience: network resilience by period (coupling coordination)", LatexRenderer.Render(report));
        Assert.Contains("resilience: node resilience of the top 3 nodes of 2013–2014", HtmlRenderer.Render(report));
    }

    [Fact]
    public void ResultsJsonHasANetworksSectionAtFullPrecision()
    {
        using var json = JsonDocument.Parse(ResultsJsonWriter.Write(_net.Study));
        var networks = json.RootElement.GetProperty("networks");
        Assert.Equal(["structure", "central", "groups", "resilience", "classes"], networks.EnumerateObject().Select(p => p.Name));
        var resilience = _net.Study.NetworkAnalysis<ResilienceResult>("resilience");
        var written = networks.GetProperty("resilience");
        Assert.Equal("resilience", written.GetProperty("kind").GetString());
        Assert.Equal("ties", written.GetProperty("network").GetString());
        for (int s = 0; s < 2; s++)
        {
            var period = written.GetProperty("periods")[s];
            Assert.Equal(resilience.Periods[s].Network!.Resilience, period.GetProperty("d").GetDouble());
            Assert.Equal(resilience.Periods[s].Indicators.Hierarchy, period.GetProperty("indicators").GetProperty("hierarchy").GetDouble());
            var nodes = period.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(resilience.Periods[s].Nodes.Resilience, nodes.Select(n => n.GetProperty("resilience").GetDouble()));
        }
        var metrics = networks.GetProperty("structure").GetProperty("periods")[1];
        Assert.Equal(0.4, metrics.GetProperty("density").GetDouble(), 1e-15);
        Assert.Equal(6, metrics.GetProperty("edges").GetInt32());
        var links = networks.GetProperty("classes").GetProperty("periods")[1].GetProperty("link_strength");
        Assert.Equal(6, links.GetProperty("items").GetInt32());
        Assert.Equal("A", links.GetProperty("values")[0].GetProperty("from").GetString());
        Assert.Equal(4, links.GetProperty("values")[0].GetProperty("weight").GetDouble());
        Assert.Contains(written.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("1 record repeats a pair with the same year"));
    }

    [Fact]
    public void AFailedNetworkAnalysisIsListedWithItsError()
    {
        using var net = new SmallNetwork(emptyThirdPeriod: true);
        Assert.False(net.Study.AllSucceeded);
        var report = new ReportBuilder().Build(net.Study);
        var failure = report.Failures.Single(f => f.Name == "structure");
        Assert.Equal("Network analysis 'structure': period 2015–2016 has no links between different nodes (no records), so there is nothing for structure metrics to analyse.", failure.Error);
        using var json = JsonDocument.Parse(ResultsJsonWriter.Write(net.Study));
        Assert.Equal(failure.Error, json.RootElement.GetProperty("networks").GetProperty("structure").GetProperty("error").GetString());
    }

    [Fact]
    public void FiguresAreWrittenAsPngAndSvgPerPeriod()
    {
        var folder = Path.Combine(_net.Folder, "out");
        Directory.CreateDirectory(folder);
        var written = NetworkFigures.Write(_net.Study, folder);
        var expected = new[] { "structure.degree.2011-2012", "structure.degree.2013-2014", "classes.map.2011-2012", "classes.map.2013-2014" };
        Assert.Equal(expected.SelectMany(s => new[] { s + ".png", s + ".svg" }).Select(s => Path.Combine(folder, s)), written);
        foreach (var png in written.Where(f => f.EndsWith(".png")))
        {
            var bytes = File.ReadAllBytes(png);
            Assert.Equal(PngSignature, bytes.Take(8));
            bool map = png.Contains(".map.");
            Assert.Equal(map ? NetworkFigures.MapWidth : NetworkFigures.Width, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
            Assert.Equal(map ? NetworkFigures.MapHeight : NetworkFigures.Height, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
        }
        foreach (var svg in written.Where(f => f.EndsWith(".svg")))
        {
            var root = XDocument.Load(svg).Root!;
            Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), root.Name);
        }
        Assert.Contains("slope", File.ReadAllText(Path.Combine(folder, "structure.degree.2011-2012.svg")));
    }

    [Fact]
    public void MapsNeedCoordinates()
    {
        using var net = new SmallNetwork(coordinates: false);
        var folder = Path.Combine(net.Folder, "out");
        Directory.CreateDirectory(folder);
        Assert.DoesNotContain(NetworkFigures.Write(net.Study, folder), f => f.Contains(".map."));
        Assert.Equal(Path.Combine("x", "r.map.2011-2014"), NetworkFigures.FileStem("x", "r", "map", "2011–2014"));
    }
}
