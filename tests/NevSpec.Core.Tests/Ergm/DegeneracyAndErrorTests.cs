using NevSpec.Core.Ergm;
using NevSpec.Core.Randomness;

namespace NevSpec.Core.Tests.Ergm;

/// <summary>What the estimator says instead of hanging or returning silent NaN: degeneracy, separation, bad input.</summary>
public class DegeneracyAndErrorTests
{
    /// <summary>60 nodes in groups of 6 with dense groups (tie probability 0.8) and sparse bridges (0.03): many triangles.</summary>
    private static ErgmNetwork Cliquish(int n)
    {
        var rng = new SeededRandom(3);
        var edges = new List<(int, int)>();
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
                if (rng.NextDouble() < (a / 6 == b / 6 ? 0.8 : 0.03)) edges.Add((a, b));
        return ErgmNetwork.FromEdges(n, edges);
    }

    [Fact]
    public void EdgesTriangleOnCliquishNetworkStopsAsDegenerate()
    {
        // The MPLE has a large positive triangle coefficient; the chain then runs to the complete graph within a few
        // thousand proposals. The fit must say so at once (statnet would grind through its iterations).
        var g = Cliquish(60);
        var fit = ErgmEstimator.Fit(g, [new EdgesTerm(), new TriangleTerm()], new ErgmOptions { Seed = 1 });
        Assert.Equal(ErgmStatus.Degenerate, fit.Status);
        Assert.Equal(ErgmMethod.McmcMle, fit.Method);
        Assert.Contains("degenerate", fit.Message);
        Assert.Contains("complete graph", fit.Message);
        Assert.Equal(1, fit.Iterations);
        Assert.True(fit.Proposals < 100_000, $"{fit.Proposals} proposals before stopping");
        Assert.All(fit.Coefficients, c => Assert.True(double.IsNaN(c.StdErr)));
        Assert.Null(fit.LogLikelihood);
        Assert.Equal(ErgmLogLikelihoodMethod.NotComputed, fit.LogLikelihoodMethod);
        Assert.Contains("degenerate", fit.LogLikelihoodNote);
        Assert.Null(fit.Aic);
        Assert.Null(fit.GoodnessOfFit);
    }

    [Fact]
    public void GofAtDegenerateCoefficientsSaysSoInsteadOfHanging()
    {
        var g = Cliquish(60);
        var gof = ErgmGoodnessOfFit.Run(g, [new EdgesTerm(), new TriangleTerm()], [-3.0, 1.5], 50, 1);
        Assert.True(gof.Simulations < 50);
        Assert.Contains("degenerate", gof.Note);
    }

    [Fact]
    public void NoTrianglesWithTriangleTermIsSeparation()
    {
        // A star has no triangle: the triangle coefficient's (pseudo-)MLE is −∞, as statnet reports.
        var star = ErgmNetwork.FromEdges(10, Enumerable.Range(1, 9).Select(k => (0, k)));
        var fit = ErgmEstimator.Fit(star, [new EdgesTerm(), new TriangleTerm()], new ErgmOptions { GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Separation, fit.Status);
        Assert.Contains("triangle", fit.Message);
        Assert.Equal(double.NegativeInfinity, fit["triangle"].Estimate);
        Assert.True(double.IsNaN(fit["triangle"].StdErr));
        Assert.Null(fit.LogLikelihood);
    }

    [Fact]
    public void EmptyNetworkIsSeparation()
    {
        var fit = ErgmEstimator.Fit(ErgmNetwork.FromEdges(5, []), [new EdgesTerm()], new ErgmOptions { GofSimulations = 0 });
        Assert.Equal(ErgmStatus.Separation, fit.Status);
        Assert.Equal(double.NegativeInfinity, fit["edges"].Estimate);
    }

    [Fact]
    public void BadModelsAreNamedErrors()
    {
        var g = Florentine.Marriage();
        var e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new NodeCovTerm("one", Enumerable.Repeat(1.0, 16).ToArray())]));
        Assert.Contains("nodecov.one", e.Message);
        Assert.Contains("linear combination", e.Message);
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new NodeCovTerm("wealth", Florentine.Wealth.Take(15).ToArray())]));
        Assert.Contains("15 values but the network has 16 nodes", e.Message);
        var withNaN = Florentine.Wealth.ToArray(); withNaN[4] = double.NaN;
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new AbsDiffTerm("wealth", withNaN)]));
        Assert.Contains("node 4", e.Message);
        var m = new double[16, 16]; m[0, 1] = 1;
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new EdgeCovTerm("m", m)]));
        Assert.Contains("not symmetric at (0, 1)", e.Message);
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new EdgeCovTerm("f", (i, j) => i == 2 && j == 5 ? double.NaN : 1.0 * i)]));
        Assert.Contains("(Barbadori, Ginori)", e.Message);
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new EdgesTerm()]));
        Assert.Contains("appears twice", e.Message);
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm(), new NodeMatchTerm("c", Enumerable.Range(0, 16).Select(i => "x" + i).ToArray())]));
        Assert.Contains("nodematch.c", e.Message);
        e = Assert.Throws<ErgmException>(() => ErgmEstimator.Fit(g, [new EdgesTerm()], new ErgmOptions { SampleSize = 10 }));
        Assert.Contains("samplesize = 10", e.Message);
    }

    [Fact]
    public void NetworkConstructionRules()
    {
        var g = ErgmNetwork.FromEdges([("a", "b"), ("b", "a"), ("c", "c"), ("b", "d")], ["a", "b", "c", "d", "e"]);
        Assert.Equal(5, g.NodeCount);
        Assert.Equal(2, g.EdgeCount);          // a–b once, self-loop c–c is not a tie
        Assert.Equal(1, g.IgnoredSelfLoops);
        Assert.Equal(10, g.DyadCount);
        Assert.True(g.HasEdge(1, 0) && g.HasEdge(3, 1) && !g.HasEdge(2, 2));
        Assert.Equal(1, g.SharedPartners(0, 3));
        Assert.Throws<ArgumentException>(() => ErgmNetwork.FromEdges(3, [(0, 3)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Toggle(1, 1));
        var fit = ErgmEstimator.Fit(ErgmNetwork.FromEdges([("a", "b"), ("c", "c"), ("b", "c"), ("c", "d")]), [new EdgesTerm()], new ErgmOptions { GofSimulations = 0 });
        Assert.Contains(fit.Notes, n => n.Contains("self-loop"));
        var copy = g.Clone(); copy.Toggle(0, 4);
        Assert.False(g.HasEdge(0, 4));
        Assert.Equal(3, copy.EdgeCount);
    }
}

/// <summary><see cref="ErgmSimulation"/>: seeded, leaves the start network alone, statistics consistent.</summary>
public class ErgmSimulationTests
{
    [Fact]
    public void SimulatesFromTheModelDeterministically()
    {
        ErgmTerm[] terms = [new EdgesTerm(), new GwespTerm(0.5)];
        var start = ErgmNetwork.FromEdges(40, []);
        var a = ErgmSimulation.Simulate(start, terms, [-3.0, 0.5], 50_000, 9);
        var b = ErgmSimulation.Simulate(start, terms, [-3.0, 0.5], 50_000, 9);
        Assert.Equal(0, start.EdgeCount);
        Assert.False(a.RanAwayTowardsComplete);
        Assert.Equal(50_000, a.Proposals);
        Assert.Equal(a.Network.Edges().OrderBy(e => e).ToArray(), b.Network.Edges().OrderBy(e => e).ToArray());
        Assert.Equal(terms[0].Statistic(a.Network), a.Statistics[0]);
        Assert.Equal(terms[1].Statistic(a.Network), a.Statistics[1], 9);
        // Bernoulli check of the edges-only chain: logit density ≈ θ (780 dyads; 4 SDs of a binomial count).
        var bern = ErgmSimulation.Simulate(start, [new EdgesTerm()], [-1.0], 100_000, 1);
        double expected = 780 / (1 + Math.E);
        Assert.True(Math.Abs(bern.Network.EdgeCount - expected) <= 4 * Math.Sqrt(780 * 0.2689 * 0.7311), $"{bern.Network.EdgeCount} ties, expected ≈ {expected:0}");
        Assert.Throws<ErgmException>(() => ErgmSimulation.Simulate(start, terms, [1.0], 10, 1));
        // Without a guard density a dense model may be simulated from the empty graph; with the start's density as guard it stops.
        var dense = ErgmSimulation.Simulate(start, [new EdgesTerm()], [2.0], 20_000, 1);
        Assert.False(dense.RanAwayTowardsComplete);
        Assert.True(dense.Network.Density > 0.8);
        var guarded = ErgmSimulation.Simulate(start, [new EdgesTerm()], [2.0], 20_000, 1, guardDensity: 0);
        Assert.True(guarded.RanAwayTowardsComplete);
        Assert.True(guarded.Proposals < 20_000);
    }
}
