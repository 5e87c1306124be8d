using NevSpec.Core.Networks;

namespace NevSpec.Core.Tests.Networks;

/// <summary>Construction rules of <see cref="WeightedGraph"/> (issue 8 "Bad input"); hand-checkable toy graphs, exact.</summary>
public class WeightedGraphTests
{
    [Fact]
    public void MergesParallelEdgesKeepsSelfLoopsSeparateAndIsolates()
    {
        var g = WeightedGraph.FromEdges(new[] { ("a", "b", 1.0), ("b", "a", 2.0), ("a", "a", 5.0), ("b", "c", 1.0) }, new[] { "z", "a" });
        Assert.Equal(new[] { "z", "a", "b", "c" }, g.NodeIds);
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(4.0, g.TotalWeight);
        Assert.Equal(3.0, g.Strength(g.IndexOf("a")));
        Assert.Equal(5.0, g.InternalStrength[g.IndexOf("a")]);
        Assert.Equal(0, g.Degree(0));
        Assert.Equal(2, g.Degree(g.IndexOf("b")));
        Assert.Equal(new[] { 0, 0, 1, 3, 4 }, g.Offsets);
    }

    [Fact]
    public void RejectsBadWeightsAndIds()
    {
        var e = Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(new[] { ("a", "b", 0.0) }));
        Assert.Contains("weight 0", e.Message);
        Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(new[] { ("a", "b", -1.0) }));
        Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(new[] { ("a", "b", double.NaN) }));
        Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(new[] { ("a", "b", 1.0) }, new[] { "a", "a" }));
        var e2 = Assert.Throws<ArgumentException>(() => WeightedGraph.FromEdges(2, new[] { (0, 5, 1.0) }));
        Assert.Contains("5", e2.Message);
    }

    [Fact]
    public void PathTriangleOnToyGraph()
    {
        // triangle 0-1-2 plus pendant 3 on 2 and isolate 4: transitivity 3·1/(1+1+3+0) = 0.6
        var g = WeightedGraph.FromEdges(5, new[] { (0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 1.0) });
        Assert.Equal(0.6, GraphMetrics.Transitivity(g), 15);
        Assert.Equal(new[] { 1.0, 1.0, 1.0 / 3, 0, 0 }, GraphMetrics.LocalClustering(g));
        Assert.Equal(new[] { 0.0, 0, 2, 0, 0 }, Centrality.Betweenness(g, normalized: false));
        Assert.Equal(0, Centrality.Closeness(g)[4]);
        Assert.True(double.IsNaN(Centrality.Closeness(g, convention: ClosenessConvention.IgraphNormalized)[4]));
    }
}
