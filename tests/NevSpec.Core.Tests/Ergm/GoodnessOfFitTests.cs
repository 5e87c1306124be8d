using NevSpec.Core.Ergm;
using NevSpec.Tests;
using System.Text.Json;

namespace NevSpec.Core.Tests.Ergm;

/// <summary>
/// <see cref="ErgmGoodnessOfFit"/>: the observed distributions against shared/reference/network/florentine_metrics.json
/// (degrees, reachable-pair APL, global efficiency: 1e-12 relative as the README's metric tolerance), and the shape of
/// the tables (ranges, totals, quantile order, statnet's MC p-value rule).
/// </summary>
public class GoodnessOfFitTests
{
    private static readonly JsonElement Metrics =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "network", "florentine_metrics.json"))).RootElement;

    private static ErgmGoodnessOfFitResult FlorentineGof(int sims = 60, ulong seed = 3) =>
        ErgmGoodnessOfFit.Run(Florentine.Marriage(), [new EdgesTerm(), new NodeCovTerm("wealth", Florentine.Wealth)],
            [-2.5949290317863145, 0.010545912833820746], sims, seed, burnin: 2048, interval: 256);

    [Fact]
    public void ObservedDistributionsMatchNetworkMetrics()
    {
        // Source: florentine_metrics.json node.degree; graph.average_shortest_path_length.igraph_unconn_true;
        // graph.global_efficiency.networkx (mean of 1/d over pairs, 1/∞ = 0); graph.transitivity_global.
        var gof = FlorentineGof();
        var degrees = Metrics.GetProperty("node").GetProperty("degree").EnumerateObject().Select(p => p.Value.GetInt32()).ToArray();
        foreach (var row in gof.Degree.Rows)
            Assert.Equal(degrees.Count(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture) == row.Label), (int)row.Observed);

        var finite = gof.GeodesicDistance.Rows.Where(r => r.Label != "Inf").ToArray();
        double pairs = finite.Sum(r => r.Observed), lengths = finite.Sum(r => r.Observed * int.Parse(r.Label));
        double apl = Metrics.GetProperty("graph").GetProperty("average_shortest_path_length").GetProperty("igraph_unconn_true").GetDouble();
        Assert.Equal(apl, lengths / pairs, 12);
        double efficiency = finite.Sum(r => r.Observed / int.Parse(r.Label)) / 120;
        Assert.Equal(Metrics.GetProperty("graph").GetProperty("global_efficiency").GetProperty("networkx").GetDouble(), efficiency, 12);
        Assert.Equal("Inf", gof.GeodesicDistance.Rows[^1].Label);
        Assert.Equal(15, gof.GeodesicDistance.Rows[^1].Observed);   // the isolate Pucci is unreachable from the 15 others

        // ESP: 20 ties; Σ_k k·ESP_k = 3 × triangles, and triangles = transitivity × connected triples / 3.
        Assert.Equal(20, gof.EdgewiseSharedPartners.Rows.Sum(r => r.Observed));
        Assert.Equal(9, gof.EdgewiseSharedPartners.Rows.Sum(r => r.Observed * int.Parse(r.Label)));
        double triples = degrees.Sum(d => d * (d - 1) / 2.0);
        Assert.Equal(Metrics.GetProperty("graph").GetProperty("transitivity_global").GetProperty("networkx").GetDouble(), 3 * 3 / triples, 12);
    }

    [Fact]
    public void TablesHaveStatnetShape()
    {
        var gof = FlorentineGof();
        Assert.Equal(60, gof.Simulations);
        Assert.Null(gof.Note);
        Assert.Equal(["edges", "nodecov.wealth"], gof.ModelStatistics.Rows.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(0, gof.Degree.Rows.Count).Select(k => k.ToString()), gof.Degree.Rows.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(0, gof.EdgewiseSharedPartners.Rows.Count).Select(k => k.ToString()), gof.EdgewiseSharedPartners.Rows.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(1, gof.GeodesicDistance.Rows.Count - 1).Select(k => k.ToString()).Append("Inf"), gof.GeodesicDistance.Rows.Select(r => r.Label));
        // Every simulated network has 16 nodes and 120 pairs, so the simulated means add up (tables are only trimmed of all-zero rows).
        Assert.Equal(16, gof.Degree.Rows.Sum(r => r.Mean), 9);
        Assert.Equal(120, gof.GeodesicDistance.Rows.Sum(r => r.Mean), 9);
        Assert.Equal(gof.ModelStatistics.Rows[0].Mean, gof.EdgewiseSharedPartners.Rows.Sum(r => r.Mean), 9);
        foreach (var t in new[] { gof.ModelStatistics, gof.Degree, gof.EdgewiseSharedPartners, gof.GeodesicDistance })
            foreach (var r in t.Rows)
            {
                Assert.True(r.Minimum <= r.Lower && r.Lower <= r.Upper && r.Upper <= r.Maximum, $"{t.Statistic} {r.Label}: quantiles out of order");
                Assert.True(r.Minimum <= r.Mean && r.Mean <= r.Maximum);
                Assert.Equal(Math.Min(1, 2 * Math.Min(r.ShareAtLeastObserved, r.ShareAtMostObserved)), r.McPValue);
                Assert.True(r.ShareAtLeastObserved + r.ShareAtMostObserved >= 1 - 1e-12);
            }
        // At the exact MLE the model statistics are centred on the observed (moment equation): within 4 simulation SEs.
        foreach (var r in gof.ModelStatistics.Rows)
            Assert.True(Math.Abs(r.Mean - r.Observed) <= 4 * (r.Upper - r.Lower) / (2 * 1.96) / Math.Sqrt(60), $"{r.Label}: {r.Mean} vs {r.Observed}");
    }

    [Fact]
    public void SameSeedSameTablesAndFitAttachesGof()
    {
        Assert.Equal(FlorentineGof(20, 8).Degree.Rows, FlorentineGof(20, 8).Degree.Rows);
        var fit = ErgmEstimator.Fit(Florentine.Marriage(), [new EdgesTerm()], new ErgmOptions { GofSimulations = 25, Burnin = 1024, Interval = 128 });
        Assert.NotNull(fit.GoodnessOfFit);
        Assert.Equal(25, fit.GoodnessOfFit!.Simulations);
        Assert.Null(ErgmEstimator.Fit(Florentine.Marriage(), [new EdgesTerm()], new ErgmOptions { GofSimulations = 0 }).GoodnessOfFit);
    }

    [Fact]
    public void RejectsCoefficientsThatDoNotFit()
    {
        var g = Florentine.Marriage();
        var ex = Assert.Throws<ErgmException>(() => ErgmGoodnessOfFit.Run(g, [new EdgesTerm()], [1.0, 2.0], 10, 1));
        Assert.Contains("2 coefficients for 1 terms", ex.Message);
        ex = Assert.Throws<ErgmException>(() => ErgmGoodnessOfFit.Run(g, [new EdgesTerm()], [double.NegativeInfinity], 10, 1));
        Assert.Contains("edges", ex.Message);
    }
}
