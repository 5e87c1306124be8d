using System.Text.Json;
using System.Xml.Linq;
using NevSpec.Core.Ergm;
using NevSpec.Engine;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

/// <summary>
/// Paper 2's whole network report (specs/network_resilience.nevspec on the bundled synthetic co-patent data: structure,
/// centralities, communities, resilience, classes and the ERGM of Table 4 with its goodness of fit) as a snapshot — any
/// change in a digit shows up for review — plus the ERGM's results.json section at full precision and its figures.
/// </summary>
public sealed class NetworkResilienceReportTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly Lazy<(StudyPlan Plan, StudyResult Study)> Run = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec"));
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        return (plan, new StudyRunner(RepositoryPaths.Specs).Run(plan));
    });

    private static ErgmAnalysisResult Table4 => Run.Value.Study.NetworkAnalysis<ErgmAnalysisResult>("table4");

    [Fact]
    public void PaperTwoTablesAreStable()
    {
        var (plan, study) = Run.Value;
        Assert.True(study.AllSucceeded, string.Join("\n", study.NetworkAnalyses.Where(a => !a.Succeeded).Select(a => a.Error)));
        var report = new ReportBuilder().Build(study, plan.Tables);
        Snapshot.Match("network_resilience.tables.md", MarkdownRenderer.Render(report));

        // Table 4's cells are the fits' numbers with statnet's stars (*** p < 0.001, ** p < 0.01, * p < 0.05).
        var table = report.Tables.Single(t => t.Title == "table4: ERGM by period");
        Assert.Equal(["", "2011–2014", "2015–2017", "2018–2021"], table.Header);
        Assert.Equal(["edges", "nodecov.gdp", "nodecov.edu_spending", "nodecov.st_spending", "edgecov.distance", "edgecov.adjacent"],
            table.Rows.Where((r, i) => i % 2 == 0 && i < 12).Select(r => r[0]));
        for (int s = 0; s < 3; s++)
        {
            var fit = Table4.Periods[s].Fit;
            for (int k = 0; k < fit.Coefficients.Count; k++)
            {
                var c = fit.Coefficients[k];
                string stars = c.P < 0.001 ? "***" : c.P < 0.01 ? "**" : c.P < 0.05 ? "*" : "";
                Assert.Equal(NumberFormat.Fixed(c.Estimate) + stars, table.Rows[2 * k][s + 1]);
                Assert.Equal("(" + NumberFormat.Fixed(c.StdErr) + ")", table.Rows[2 * k + 1][s + 1]);
            }
        }
        Assert.Equal(["Method", "exact MLE", "exact MLE", "exact MLE"], table.Rows.Single(r => r[0] == "Method"));
        Assert.Equal(["Nodes", "92", "160", "292"], table.Rows.Single(r => r[0] == "Nodes"));
        Assert.Equal(["Convergence", "converged", "converged", "converged"], table.Rows.Single(r => r[0] == "Convergence"));
        Assert.Contains("* p < 0.05, ** p < 0.01, *** p < 0.001", table.Note);
        var gof = report.Tables.Single(t => t.Title == "table4: goodness of fit, 2018–2021");
        // Stage 3's degree distribution runs to the hub's degree; the table keeps the first 20 values and says where the rest are.
        Assert.Equal(20, gof.Rows.Count(r => r[0] == "degree"));
        Assert.Contains("Only the first 20 values of each distribution are shown; cut here, in results.json: degree 20–", gof.Note);
    }

    [Fact]
    public void ResultsJsonHasTheErgmAtFullPrecision()
    {
        using var json = JsonDocument.Parse(ResultsJsonWriter.Write(Run.Value.Study));
        var written = json.RootElement.GetProperty("networks").GetProperty("table4");
        Assert.Equal("ergm", written.GetProperty("kind").GetString());
        Assert.Equal("stages", written.GetProperty("network").GetString());
        Assert.Equal(100, written.GetProperty("gof").GetInt32());
        for (int s = 0; s < 3; s++)
        {
            var fit = Table4.Periods[s].Fit;
            var period = written.GetProperty("periods")[s];
            Assert.Equal(Table4.Periods[s].Label, period.GetProperty("label").GetString());
            Assert.Equal(("exact_mle", "converged"), (period.GetProperty("method").GetString(), period.GetProperty("status").GetString()));
            Assert.Equal(fit.Coefficients.Select(c => c.Estimate), period.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("estimate").GetDouble()));
            Assert.Equal(fit.Coefficients.Select(c => c.StdErr), period.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("stderr").GetDouble()));
            Assert.Equal(fit.LogLikelihood, period.GetProperty("log_likelihood").GetDouble());
            Assert.Equal(fit.Bic, period.GetProperty("bic").GetDouble());
            Assert.Equal(fit.Seed, period.GetProperty("seed").GetUInt64());
            // Every row of the distributions, not the tables' cut.
            var degree = period.GetProperty("gof").GetProperty("degree");
            Assert.Equal(fit.GoodnessOfFit!.Degree.Rows.Count, degree.GetArrayLength());
            Assert.Equal(fit.GoodnessOfFit.Degree.Rows.Select(r => r.Mean), degree.EnumerateArray().Select(r => r.GetProperty("mean").GetDouble()));
            Assert.Equal("Inf", period.GetProperty("gof").GetProperty("distance").EnumerateArray().Last().GetProperty("k").GetString());
        }
    }

    [Fact]
    public void GoodnessOfFitFiguresArePngAndSvgPerPeriod()
    {
        var folder = Directory.CreateTempSubdirectory("nevspec-ergmfig-").FullName;
        try
        {
            var written = ErgmFigures.Write(Run.Value.Study, folder);
            var stems = new[] { "table4.gof.2011-2014", "table4.gof.2015-2017", "table4.gof.2018-2021" };
            Assert.Equal(stems.SelectMany(s => new[] { s + ".png", s + ".svg" }).Select(s => Path.Combine(folder, s)), written);
            foreach (var png in written.Where(f => f.EndsWith(".png")))
            {
                var bytes = File.ReadAllBytes(png);
                Assert.Equal(PngSignature, bytes.Take(8));
                Assert.Equal(3 * ErgmFigures.PanelWidth, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
                Assert.Equal(ErgmFigures.Height, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
            }
            foreach (var svg in written.Where(f => f.EndsWith(".svg")))
            {
                var text = File.ReadAllText(svg);
                Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), XDocument.Parse(text).Root!.Name);
                // All three panels are drawn (each clears only its own third of the canvas).
                foreach (var panel in new[] { ": degree", "edgewise shared partners", "geodesic distance" }) Assert.Contains(panel, text);
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void AFitThatIsNotFinalIsFlaggedInTable4()
    {
        // A complete graph on three nodes: the edges MLE is +∞ (separation); statnet would print Inf with no SE.
        using var net = new SmallNetwork();
        var period = net.Study.NetworkAnalysis<NetworkMetricsResult>("structure").Periods[0].Data;
        var fit = ErgmEstimator.Fit(ErgmNetwork.FromEdges([("A", "B"), ("B", "C"), ("A", "C")]), [new EdgesTerm()], new ErgmOptions { GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Separation, fit.Status);
        var plan = new ErgmPlan("e", null, net.Network, EquatableArray.From(new ErgmTermPlan(ErgmTermKind.Edges, null, null)), 1, true, 1024, 16384, 1024, 20, 0);
        var result = new ErgmAnalysisResult(plan, [new PeriodErgm("2011–2012", period, fit)], null);
        var report = new ReportBuilder().Build(new StudyResult("M", []) { NetworkAnalyses = [result] });
        var table = Assert.Single(report.Tables);
        Assert.Equal(["edges", "∞"], table.Rows[0]);
        Assert.Equal(["", "(—)"], table.Rows[1]);
        Assert.Equal(["Convergence", "separation"], table.Rows.Single(r => r[0] == "Convergence"));
        Assert.Equal(["Log-likelihood", "—"], table.Rows.Single(r => r[0] == "Log-likelihood"));
        Assert.StartsWith("WARNING — estimates not final in 2011–2012: separation", table.Note);
    }
}
