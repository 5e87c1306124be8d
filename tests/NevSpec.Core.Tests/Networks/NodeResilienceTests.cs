using NevSpec.Core.Networks;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Node resilience = entropy- or equal-weighted sum of min–max normalised degree, closeness and betweenness (+ 0.0001).
/// Expected values are worked out by hand in the comments (path, triangle + pair) or recomputed in the test from the
/// textbook entropy-weight formulas on centralities that CentralityTests checks against networkx/igraph.
/// </summary>
public class NodeResilienceTests
{
    private const double S = NodeResilienceOptions.DefaultShift;

    private static WeightedGraph Graph(params (string, string)[] edges) => WeightedGraph.FromEdges(edges.Select(e => (e.Item1, e.Item2, 1.0)));

    [Theory]
    [InlineData(NodeResilienceWeighting.Entropy)]
    [InlineData(NodeResilienceWeighting.Equal)]
    public void PathOfThreeGivesTheMiddleNodeOnePlusShift(NodeResilienceWeighting weighting)
    {
        // a–b–c: degree (1/2, 1, 1/2), closeness (2/3, 1, 2/3), betweenness (0, 1, 0): all three normalise to (0, 1, 0) + s,
        // identical columns have identical entropies, so entropy weights are 1/3 each as well; R = (s, 1 + s, s).
        var r = NodeResilience.Compute(Graph(("a", "b"), ("b", "c")), new NodeResilienceOptions(weighting));
        Assert.Equal(new[] { 0.5, 1, 0.5 }, r.Degree);
        Assert.Equal(new[] { 0.0, 1, 0 }, r.Betweenness);
        foreach (var w in r.Weights) Assert.Equal(1.0 / 3, w.Weight, 1e-15);
        Assert.Equal(S, r.Resilience[0], 1e-15);
        Assert.Equal(1 + S, r.Resilience[1], 1e-15);
        Assert.Equal(S, r.Resilience[2], 1e-15);
        Assert.Equal(new[] { 1, 0, 2 }, r.Ranking());
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void ConstantBetweennessGetsEntropyWeightZeroWithANote()
    {
        // Triangle a,b,c plus the separate pair d–e (n = 5): nobody lies between two others, so betweenness is 0 everywhere.
        // Degree (2,2,2,1,1)/4 and WF closeness (1/2,1/2,1/2,1/4,1/4) both normalise to (1,1,1,0,0) + s: weights 1/2, 1/2, 0.
        var g = Graph(("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"));
        var r = NodeResilience.Compute(g);
        Assert.Equal(new[] { 0.5, 0.5, 0.0 }, r.Weights.Select(w => Math.Round(w.Weight, 15)));
        Assert.True(r.Weights[2].IsConstant);
        Assert.Equal(1.0, r.Weights[2].Entropy);
        Assert.Equal(new[] { 1 + S, 1 + S, 1 + S, S, S }, r.Resilience.Select(v => Math.Round(v, 15)));
        Assert.Equal(
            "Every node has the same betweenness (0): it carries no information, is normalised to the shift 0.0001 for every node and gets entropy weight 0.",
            Assert.Single(r.Notes));

        // Equal weights: the constant betweenness adds s/3 to everybody: triangle (1 + s + 1 + s + s)/3, pair s.
        var e = NodeResilience.Compute(g, new NodeResilienceOptions(NodeResilienceWeighting.Equal));
        Assert.Equal((2 + 3 * S) / 3, e.Resilience[0], 1e-15);
        Assert.Equal(S, e.Resilience[4], 1e-15);
        Assert.EndsWith("for every node.", Assert.Single(e.Notes));
    }

    [Fact]
    public void AllCentralitiesConstantFallsBackToEqualWeightsAndSaysSo()
    {
        // A 4-cycle: every node has degree 2/3, closeness 3/4, betweenness 1/6.
        var r = NodeResilience.Compute(Graph(("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")));
        Assert.Equal(NodeResilienceWeighting.Equal, r.Options.Weighting);
        Assert.All(r.Resilience, v => Assert.Equal(S, v, 1e-15));
        Assert.Equal(4, r.Notes.Count);
        Assert.Contains("entropy weights are undefined; equal weights are used", r.Notes[3]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EntropyWeightsFollowTheTextbookFormula(bool weightedPaths)
    {
        // Karate club (weighted): the weights are recomputed here from the definition, independently of EntropyWeightIndex.
        var g = NetworkReference.Karate(weighted: true);
        var o = new NodeResilienceOptions(WeightedPaths: weightedPaths);
        var r = NodeResilience.Compute(g, o);
        var columns = new[]
        {
            Centrality.Degree(g), Centrality.Closeness(g, weightedPaths), Centrality.Betweenness(g, weightedPaths),
        };
        int n = g.NodeCount;
        var z = columns.Select(c => c.Select(x => (x - c.Min()) / (c.Max() - c.Min()) + S).ToArray()).ToArray();
        var d = z.Select(col =>
        {
            double sum = col.Sum();
            double e = -col.Sum(v => v / sum * Math.Log(v / sum)) / Math.Log(n);
            return 1 - e;
        }).ToArray();
        var w = d.Select(x => x / d.Sum()).ToArray();
        for (int j = 0; j < 3; j++) Assert.Equal(w[j], r.Weights[j].Weight, 1e-14);
        Assert.True(w.Max() - w.Min() > 0.05, "the karate centralities should not get equal weights");
        for (int i = 0; i < n; i++)
            Assert.Equal(w[0] * z[0][i] + w[1] * z[1][i] + w[2] * z[2][i], r.Resilience[i], 1e-14);
        // Node 0 and node 33 (the two leaders) top the ranking.
        Assert.Equal(new[] { "0", "33" }, r.Ranking().Take(2).Select(i => g.NodeIds[i]).OrderBy(x => x));
    }

    [Fact]
    public void EqualWeightsAreTheMeanOfTheNormalisedCentralities()
    {
        var g = NetworkReference.Karate(weighted: false);
        var r = NodeResilience.Compute(g, new NodeResilienceOptions(NodeResilienceWeighting.Equal));
        for (int i = 0; i < g.NodeCount; i++)
        {
            double expected = r.Weights.Select((w, j) => w.Normalise(new[] { r.Degree, r.Closeness, r.Betweenness }[j][i], S)).Sum() / 3;
            Assert.Equal(expected, r.Resilience[i], 1e-15);
        }
        Assert.All(r.Weights, w => Assert.Null(w.Entropy));
    }

    [Fact]
    public void NaNClosenessOfAnIsolateIsAClearError()
    {
        // Florentine marriages include the isolate Pucci; igraph closeness is NaN there.
        var g = NetworkReference.Florentine();
        var e = Assert.Throws<ArgumentException>(() =>
            NodeResilience.Compute(g, new NodeResilienceOptions(Closeness: ClosenessConvention.IgraphNormalized)));
        Assert.StartsWith("The closeness of node 'Pucci' is NaN; node resilience needs finite centralities", e.Message);
        Assert.Throws<ArgumentException>(() => NodeResilience.Compute(Graph()));
    }
}
