using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using NevSpec.Tests;

namespace NevSpec.Cli.Tests;

/// <summary>
/// <c>nevspec run specs/network_resilience.nevspec</c> end to end (paper 2 on the bundled synthetic co-patent data): exit 0,
/// every network analysis (Table 4's ERGM included) in results.json without an error, the tables in five formats, and the
/// network figures — degree distributions, maps and ERGM goodness of fit per stage, PNG and SVG — next to each other.
/// </summary>
public sealed class NetworkResilienceRunTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string[] Stages = ["2011-2014", "2015-2017", "2018-2021"];
    private readonly string _out = Directory.CreateTempSubdirectory("nevspec-netrun-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void PaperTwoRunsWithTable4AndWritesEveryOutput()
    {
        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("run", Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec"), "--out", _out);
        clock.Stop();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("## table4: ERGM by period", run.Stdout);
        Assert.DoesNotContain("warning:", run.Stderr);
        // The budget for this spec in CI (2 cores) is 30 s; it takes a few seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json")));
        var networks = results.RootElement.GetProperty("networks");
        foreach (var (name, kind) in new[] { ("structure", "network_metrics"), ("centralities", "centrality"), ("modules", "communities"),
                     ("resilience", "resilience"), ("classes", "classes"), ("table4", "ergm") })
        {
            Assert.Equal(kind, networks.GetProperty(name).GetProperty("kind").GetString());
            Assert.False(networks.GetProperty(name).TryGetProperty("error", out var error), $"{name}: {error}");
        }
        var table4 = networks.GetProperty("table4");
        Assert.Equal(3, table4.GetProperty("periods").GetArrayLength());
        foreach (var period in table4.GetProperty("periods").EnumerateArray())
        {
            Assert.Equal(6, period.GetProperty("coefficients").GetArrayLength());
            Assert.True(period.GetProperty("gof").GetProperty("degree").GetArrayLength() > 0);
        }
        foreach (var format in new[] { "md", "tex", "html", "csv", "json" })
            Assert.True(File.Exists(Path.Combine(_out, "tables." + format)), format);

        foreach (var stage in Stages)
            foreach (var stem in new[] { $"structure.degree.{stage}", $"classes.map.{stage}", $"table4.gof.{stage}" })
            {
                var png = Path.Combine(_out, stem + ".png");
                var svg = Path.Combine(_out, stem + ".svg");
                Assert.Contains($"wrote {png}", run.Stderr);
                Assert.Contains($"wrote {svg}", run.Stderr);
                Assert.Equal(PngSignature, File.ReadAllBytes(png).Take(8));
                Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), XDocument.Load(svg).Root!.Name);
            }
    }
}
