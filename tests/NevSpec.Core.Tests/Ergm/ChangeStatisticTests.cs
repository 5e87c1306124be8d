using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Core.Ergm.Internal;
using NevSpec.Core.Randomness;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Ergm;

/// <summary>
/// Change statistics: against the 120-row dyad design of shared/reference/network/florentine_mple_design.csv (exact:
/// integer-valued statistics of integer wealth), and incrementally against recomputing g(y) after toggles on random
/// graphs for every term (Δ_ij g = g(y⁺) − g(y⁻) to 1e-9 relative; the gw terms are sums of powers of r).
/// </summary>
public class ChangeStatisticTests
{
    [Fact]
    public void FlorentineDesignMatchesReferenceCsv()
    {
        // Source: florentine_mple_design.csv (columns i, j, y, edges, nodecov.wealth, edgecov.absdiffwealth, edgecov.flobusiness, triangle).
        var lines = File.ReadAllLines(RepositoryPaths.InShared("reference", "network", "florentine_mple_design.csv"));
        var header = lines[0].Split(',');
        var g = Florentine.Marriage();
        var terms = header.Skip(3).Select(Florentine.Term).ToArray();
        Assert.Equal(header.Skip(3), terms.Select(t => t.Name));
        Assert.Equal(120, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            int i = Array.IndexOf(Florentine.Families, f[0]), j = Array.IndexOf(Florentine.Families, f[1]);
            Assert.Equal(f[2] == "1", g.HasEdge(i, j));
            for (int k = 0; k < terms.Length; k++)
                Assert.True(double.Parse(f[3 + k], CultureInfo.InvariantCulture) == terms[k].ChangeStatistic(g, i, j),
                    $"{terms[k].Name} for ({f[0]}, {f[1]}): csv {f[3 + k]}, computed {terms[k].ChangeStatistic(g, i, j)}");
        }
    }

    [Fact]
    public void FlorentineObservedStatisticsMatchReference()
    {
        // Source: florentine_ergm_mple.json, observed_statistics. The file gives Σ_ij y_ij Δ_ij (the design's X'y): for the
        // dyad-independent terms that is g(y_obs); for triangle every triangle is counted once from each of its three ties,
        // so the file's 9 is 3 × the 3 triangles statnet's summary(flomarriage ~ triangle) reports.
        var obs = Florentine.Reference.GetProperty("observed_statistics");
        var g = Florentine.Marriage();
        foreach (var p in obs.EnumerateObject())
        {
            var term = Florentine.Term(p.Name);
            double xty = g.Edges().Sum(e => term.ChangeStatistic(g, e.I, e.J));
            Assert.Equal(p.Value.GetDouble(), xty);
            Assert.Equal(term.IsDyadIndependent ? xty : xty / 3, term.Statistic(g));
        }
    }

    [Theory]
    [InlineData(12, 0.15, 1UL)]
    [InlineData(25, 0.3, 2UL)]
    [InlineData(40, 0.6, 3UL)]
    public void IncrementalChangeEqualsRecomputedStatistic(int n, double density, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var g = RandomGraph(n, density, rng);
        foreach (var term in AllTerms(n, rng))
        {
            for (int t = 0; t < 150; t++)
            {
                int i = rng.NextInt(n), j = rng.NextInt(n - 1);
                if (j >= i) j++;
                bool present = g.HasEdge(i, j);
                double change = term.ChangeStatistic(g, i, j);
                double before = term.Statistic(g);
                g.Toggle(i, j);
                double after = term.Statistic(g);
                double expected = present ? before - after : after - before;
                Assert.True(Math.Abs(change - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
                    $"{term.Name}, n = {n}, dyad ({i}, {j}) {(present ? "present" : "absent")}: Δ = {change:R}, recomputed {expected:R}");
                // The change statistic must not depend on the dyad's own state.
                Assert.True(Math.Abs(term.ChangeStatistic(g, i, j) - change) <= 1e-12 * Math.Max(1, Math.Abs(change)), $"{term.Name}: Δ depends on y_ij");
            }
        }
    }

    [Fact]
    public void SamplerKeepsStatisticsInStepWithTheNetwork()
    {
        // After thousands of accepted toggles the incrementally updated g equals g recomputed from scratch.
        var rng = new SeededRandom(11);
        int n = 30;
        var g = RandomGraph(n, 0.2, rng);
        var model = new ErgmModel(AllTerms(n, rng), n);
        var sampler = new TntSampler(model, g, model.Statistics(g), new SeededRandom(5), g.Density);
        var theta = new double[model.Count];
        theta[0] = -1.0;   // edges; all else 0: a well-mixing Bernoulli chain that accepts often
        Assert.True(sampler.Run(theta, 20_000));
        Assert.True(sampler.Accepted > 2_000, $"only {sampler.Accepted} accepted toggles");
        var recomputed = model.Statistics(sampler.Network);
        for (int k = 0; k < model.Count; k++)
            Assert.True(Math.Abs(recomputed[k] - sampler.Statistics[k]) <= 1e-8 * Math.Max(1, Math.Abs(recomputed[k])),
                $"{model.Names[k]}: running {sampler.Statistics[k]:R}, recomputed {recomputed[k]:R}");
        Assert.Equal(sampler.Network.EdgeCount, sampler.Network.CountTiesFromBits());
        Assert.Equal(sampler.Network.EdgeCount, sampler.Network.Edges().Count());
    }

    [Fact]
    public void GwTermsFollowStatnetDefinitions()
    {
        // gwesp(α) = e^α Σ_k {1 − (1 − e^−α)^k} ESP_k, gwdegree(α) = e^α Σ_k {1 − (1 − e^−α)^k} D_k; decay 0 gives the number of
        // ties with ≥ 1 shared partner / nodes with degree ≥ 1; kstar(1) = 2·edges. Checked on the Florentine marriage network.
        var g = Florentine.Marriage();
        var esp = NetworkDistributions.EdgewiseSharedPartners(g);
        var deg = NetworkDistributions.Degree(g);
        foreach (double a in new[] { 0.0, 0.25, 0.5, 1.0, 2.0 })
        {
            double r = 1 - Math.Exp(-a), gwesp = 0, gwdeg = 0;
            for (int k = 1; k < esp.Length; k++) gwesp += Math.Exp(a) * (1 - Math.Pow(r, k)) * esp[k];
            for (int k = 1; k < deg.Length; k++) gwdeg += Math.Exp(a) * (1 - Math.Pow(r, k)) * deg[k];
            Assert.Equal(gwesp, new GwespTerm(a).Statistic(g), 12);
            Assert.Equal(gwdeg, new GwdegreeTerm(a).Statistic(g), 12);
        }
        Assert.Equal(esp.Skip(1).Sum(), new GwespTerm(0).Statistic(g));
        Assert.Equal(2.0 * g.EdgeCount, new KStarTerm(1).Statistic(g));
        Assert.Equal("gwesp.fixed.0.25", new GwespTerm(0.25).Name);
        Assert.Equal("gwdeg.fixed.0.5", new GwdegreeTerm(0.5).Name);
        Assert.Equal("kstar2", new KStarTerm(2).Name);
    }

    internal static ErgmNetwork RandomGraph(int n, double density, SeededRandom rng)
    {
        var edges = new List<(int, int)>();
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (rng.NextDouble() < density) edges.Add((i, j));
        return ErgmNetwork.FromEdges(n, edges);
    }

    internal static ErgmTerm[] AllTerms(int n, SeededRandom rng)
    {
        var x = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 100) / 10).ToArray();
        var cat = Enumerable.Range(0, n).Select(_ => "c" + rng.NextInt(3)).ToArray();
        var m = new double[n, n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) m[i, j] = m[j, i] = rng.NextDouble();
        return
        [
            new EdgesTerm(), new NodeCovTerm("x", x), new NodeMatchTerm("c", cat), new AbsDiffTerm("x", x), new EdgeCovTerm("m", m),
            new EdgeCovTerm("f", (i, j) => i * 0.5 + j), new TriangleTerm(), new KStarTerm(2), new KStarTerm(3),
            new GwespTerm(0), new GwespTerm(0.25), new GwespTerm(1.5), new GwdegreeTerm(0.5), new GwdegreeTerm(0),
        ];
    }
}
