using NevSpec.Core.Ergm;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using static NevSpec.Engine.Tests.Networks.NetworkPlans;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>
/// ERGM on a six-node network written by the test: which nodes a period's model uses (the nodes with links), a missing
/// attribute value or an edge covariate unknown at run time as errors naming period, term, attribute and node, and a
/// fit that is not final (separation) surfacing as a warning instead of being hidden.
/// </summary>
public sealed class ErgmInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nevspec-ergm-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // 2011: a triangle A–B–C with C–D and the non-adjacent B–E; 2012: the 5-cycle A–B–C–D–E. F never has a link.
    private const string Edges = "a,b,w,t\nA,B,1,2011\nB,C,2,2011\nA,C,1,2011\nC,D,1,2011\nB,E,1,2011\nA,B,1,2012\nB,C,1,2012\nC,D,1,2012\nD,E,1,2012\nE,A,1,2012\nC,C,4,2012\n";
    private const string Nodes = "id,name,lon,lat,region\nA,Alpha,116.4,39.9,north\nB,Beta,117.2,39.1,north\nC,Gamma,121.5,31.2,east\nD,Delta,120.2,30.3,east\nE,Epsilon,113.3,23.1,south\nF,Phi,104.1,30.7,west\n";
    // C has gdp only in 2011; F (never linked) has no row at all.
    private const string Panel = "id,t,gdp\nA,2011,10\nA,2012,12\nB,2011,4\nB,2012,5\nC,2011,7\nD,2011,3\nD,2012,3.5\nE,2011,6\nE,2012,6.5\n";
    // Adjacent: the 5-cycle's pairs and A–C.
    private const string Pairs = "a,b,adj\nA,B,1\nB,C,1\nC,D,1\nD,E,1\nA,E,1\nA,C,1\n";

    private ErgmAnalysisResult RunErgm(IEnumerable<ErgmTermPlan> terms, bool pairs = true, string panel = Panel)
    {
        File.WriteAllText(Path.Combine(_folder, "e.csv"), Edges);
        File.WriteAllText(Path.Combine(_folder, "n.csv"), Nodes);
        File.WriteAllText(Path.Combine(_folder, "p.csv"), panel);
        File.WriteAllText(Path.Combine(_folder, "pr.csv"), Pairs);
        var nodes = new NodeTablePlan("nodes", "n.csv", "id", "name", "lon", "lat", null);
        var attributes = new DataSourcePlan("panel", "p.csv", "id", "t", null);
        var pairTable = pairs ? new PairTablePlan("pairs", "pr.csv", "a", "b", null) : null;
        var network = Network(nodes: "nodes", attributes: "panel", pairs: pairTable?.Name, periods: Periods((2011, 2011), (2012, 2012)));
        var plan = new ErgmPlan("e", null, network, terms.ToEquatableArray(), 7, true, 1024, 1000, 10, 20, 20);
        return (ErgmAnalysisResult)new StudyRunner(_folder).Run(Study(network, [plan], nodes, attributes, pairTable)).NetworkAnalyses.Single();
    }

    private static ErgmTermPlan Edges_ => new(ErgmTermKind.Edges, null, null);
    private static ErgmTermPlan NodeCov(string a) => new(ErgmTermKind.Nodecov, a, null);
    private static ErgmTermPlan EdgeCov(string a) => new(ErgmTermKind.Edgecov, a, null);

    [Fact]
    public void AMissingAttributeValueNamesPeriodTermAttributeAndNode()
    {
        var result = RunErgm([Edges_, NodeCov("gdp")]);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Periods);
        Assert.Equal("Network analysis 'e': period 2012–2012: term nodecov.gdp: node 'C' (Gamma) has no value of 'gdp' in 2012–2012 " +
                     "(no non-missing row of the attributes panel in the period's years); an ERGM needs a value for every node of the period.", result.Error);
    }

    [Fact]
    public void ANodeWithoutLinksIsNotInThePeriodsModelSoItNeedsNoValue()
    {
        // F has no gdp in any year but never has a link; with C's 2012 value supplied, both periods fit.
        var result = RunErgm([Edges_, NodeCov("gdp")], panel: Panel + "C,2012,8\n");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([5, 5], result.Periods.Select(p => p.Nodes));
        Assert.Equal([5, 5], result.Periods.Select(p => p.Edges));
        Assert.Equal(10, result.Periods[0].Fit.DyadCount);
        // The observed nodecov statistic is Σ over ties of gdp_i + gdp_j = Σ degree·gdp: 2011 degrees A2 B3 C3 D1 E1.
        Assert.Equal(2 * 10 + 3 * 4 + 3 * 7 + 1 * 3 + 1 * 6, result.Periods[0].Fit.ObservedStatistics[1]);
    }

    [Fact]
    public void AnEdgeCovariateMissingFromThePairTableAtRunTimeIsAnError()
    {
        var result = RunErgm([Edges_, EdgeCov("trade")]);
        Assert.False(result.Succeeded);
        Assert.Equal("Network analysis 'e': period 2011–2011: term edgecov.trade: the pair table 'pairs' has no numeric column 'trade'; it has: adj.", result.Error);
    }

    [Fact]
    public void AnEdgeCovariateWithoutAPairTableIsAnError()
    {
        var result = RunErgm([Edges_, EdgeCov("adj")], pairs: false);
        Assert.False(result.Succeeded);
        Assert.StartsWith("Network analysis 'e': period 2011–2011: term edgecov.adj: the network has no pair table", result.Error);
    }

    [Fact]
    public void DistanceIsGreatCircleKmBetweenTheNodesCoordinates()
    {
        var result = RunErgm([Edges_, EdgeCov("distance")]);
        Assert.True(result.Succeeded, result.Error);
        var p = result.Periods[0];
        // Σ over the 2011 ties of the distance, from the loaded period's haversine (NetworkPeriod.DistanceKm, tested on its own).
        var ids = p.Data.NodeIds.ToList();
        double expected = new[] { ("A", "B"), ("B", "C"), ("A", "C"), ("C", "D"), ("B", "E") }
            .Sum(t => p.Data.DistanceKm(ids.IndexOf(t.Item1), ids.IndexOf(t.Item2)));
        Assert.Equal(expected, p.Fit.ObservedStatistics[1], 1e-9);
        Assert.InRange(p.Data.DistanceKm(0, 1), 100, 130);   // Beijing–Tianjin coordinates: about 113 km.
    }

    [Fact]
    public void SeparationIsAWarningInTheNotesNotAHiddenFailure()
    {
        // 2012: every tie is an adjacent pair and no non-adjacent pair is tied: the MLE does not exist.
        var result = RunErgm([Edges_, EdgeCov("adj")]);
        Assert.True(result.Succeeded, result.Error);
        var bad = Assert.Single(result.NonConverged);
        Assert.Equal(("2012–2012", ErgmStatus.Separation), (bad.Label, bad.Fit.Status));
        Assert.Contains(result.Notes, n => n.StartsWith("WARNING, period 2012–2012: the estimate is not final (separation): The maximum"));
        Assert.Equal(ErgmStatus.Converged, result.Periods[0].Fit.Status);
    }
}
