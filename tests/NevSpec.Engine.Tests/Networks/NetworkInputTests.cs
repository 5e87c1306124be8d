using NevSpec.Core.Networks;
using NevSpec.Engine.Networks;
using NevSpec.Language;
using NevSpec.Language.Plan;
using static NevSpec.Engine.Tests.Networks.NetworkPlans;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>
/// Bad and awkward network input (issue 8, "Bad input"): self-loops, repeated pairs, non-positive or missing weights,
/// ends missing from the node table, empty periods and disconnected graphs are each handled explicitly — a note, or
/// an error naming file, column, line and value (messages checked exactly). Expected numbers are worked by hand.
/// </summary>
public sealed class NetworkInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nevspec-net-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A–B twice in 2011 (either order), B–C, the self-loop C–C and the separate pair D–E in 2012.
    private const string Edges = "a,b,w,t\nA,B,1,2011\nB,A,2,2011\nB,C,1,2012\nC,C,5,2012\nD,E,3,2012\n";

    private NetworkAnalysisResult RunOne(string edges, Func<NetworkPlan, NetworkAnalysisPlan> analysis, EquatableArray<PeriodPlan> periods = default,
        string? nodesCsv = null, string? weight = "w")
    {
        File.WriteAllText(Path.Combine(_folder, "e.csv"), edges);
        NodeTablePlan? nodes = null;
        if (nodesCsv is not null)
        {
            File.WriteAllText(Path.Combine(_folder, "n.csv"), nodesCsv);
            nodes = new NodeTablePlan("nodes", "n.csv", "id", null, null, null, null);
        }
        var network = Network(nodes: nodes?.Name, periods: periods.IsEmpty ? Periods((2011, 2012)) : periods, weight: weight);
        var plan = analysis(network);
        return new StudyRunner(_folder).Run(Study(network, [plan], nodes)).NetworkAnalyses.Single();
    }

    private string ErrorOf(string edges, string? nodesCsv = null, EquatableArray<PeriodPlan> periods = default)
    {
        var result = RunOne(edges, n => Metrics(n), periods, nodesCsv);
        Assert.False(result.Succeeded);
        Assert.IsType<NetworkMetricsResult>(result);
        return result.Error!;
    }

    [Fact]
    public void RepeatedPairsInEitherOrderAreSummedAndStated()
    {
        var m = (NetworkMetricsResult)RunOne(Edges, n => Metrics(n));
        var g = m.Periods[0].Data.ActiveGraph;
        // A–B: 1 + 2 = 3; B–C: 1; D–E: 3. Four records of A–B, B–C, D–E, C–C: one repeat.
        Assert.Equal(3.0, g.Weights[g.Offsets[g.IndexOf("A")]]);
        Assert.Equal(3, m.Periods[0].Edges);
        Assert.Equal(7.0, m.Periods[0].TotalWeight);
        Assert.Equal(1, m.Periods[0].Data.RepeatedRecords);
        Assert.Contains("e.csv: 1 record repeats a pair with the same t (in either order; the first on line 3) and was summed.", m.Notes);
        Assert.Contains("e.csv: records of the same pair (in either order) within a period are summed into one weighted link; " +
                        "records with from = to are the node's internal strength, not links.", m.Notes);
    }

    [Fact]
    public void SelfLoopsAreInternalStrengthNotLinks()
    {
        var m = (NetworkMetricsResult)RunOne(Edges, n => Metrics(n));
        var p = m.Periods[0];
        var g = p.Data.ActiveGraph;
        Assert.Equal(5.0, g.InternalStrength[g.IndexOf("C")]);
        Assert.Equal(1, g.Degree(g.IndexOf("C")));
        Assert.Equal(5.0, p.InternalWeight);
        Assert.Equal(5, p.Nodes);
        Assert.Contains("Period 2011–2012: 1 self-loop record (from = to) counted as internal strength.", m.Notes);
    }

    [Fact]
    public void DisconnectedPeriodSaysWhichMetricsUseTheLargestComponent()
    {
        var m = (NetworkMetricsResult)RunOne(Edges, n => Metrics(n));
        var p = m.Periods[0];
        Assert.Equal(2, p.Components);
        Assert.Equal(3, p.LargestComponent);
        // Largest component A–B–C: ordered distances 1, 2, 1, 1, 2, 1 → mean 4/3.
        Assert.Equal(4.0 / 3, p.AveragePathLength, 1e-15);
        // Efficiency over all 20 ordered pairs: A–B–C gives 2·(1 + ½ + 1) = 5, D–E gives 2 → 7/20.
        Assert.Equal(7.0 / 20, p.GlobalEfficiency, 1e-15);
        Assert.Contains("Period 2011–2012: the 5 nodes with links form 2 components (the largest has 3); the average path length is that of " +
                        "the largest component, global efficiency averages 1/d over all pairs (1/∞ = 0), and density, degree, clustering and " +
                        "transitivity use all of them.", m.Notes);
        var c = (CentralityResult)RunOne(Edges, n => CentralityOf(n));
        Assert.Contains(c.Notes, n => n.StartsWith("Period 2011–2012: the nodes with links form 2 components; closeness counts only the nodes each node reaches (Wasserman–Faust"));
    }

    [Theory]
    [InlineData("0", "weight 0 is not positive; edge weights must be > 0")]
    [InlineData("-2", "weight -2 is not positive; edge weights must be > 0")]
    [InlineData("", "the weight is missing")]
    [InlineData("NA", "the weight is missing")]
    [InlineData("abc", "'abc' is not a number")]
    public void BadWeightNamesFileColumnAndLine(string weight, string problem)
    {
        var error = ErrorOf($"a,b,w,t\nA,B,1,2011\nB,C,{weight},2011\n");
        Assert.Equal($"Network analysis 'm': e.csv: column 'w', line 3: {problem}", error);
    }

    [Fact]
    public void WithoutAWeightColumnEveryRecordWeighsOne()
    {
        var m = (NetworkMetricsResult)RunOne("a,b,t\nA,B,2011\nA,B,2012\nB,C,2012\n", n => Metrics(n), weight: null);
        Assert.Equal(3.0, m.Periods[0].TotalWeight);
        Assert.Equal(2, m.Periods[0].Edges);
    }

    [Fact]
    public void EndMissingFromTheNodeTableNamesFileColumnLineAndValue()
    {
        var error = ErrorOf("a,b,w,t\nA,B,1,2011\nB,Z,1,2011\n", nodesCsv: "id\nA\nB\nC\n");
        Assert.Equal("Network analysis 'm': e.csv: column 'b', line 3: node 'Z' is not in the node table 'nodes' (n.csv)", error);
    }

    [Fact]
    public void NodeTableNodesWithoutLinksAreLeftOutAndCounted()
    {
        var m = (NetworkMetricsResult)RunOne("a,b,w,t\nA,B,1,2011\nB,C,1,2011\n", n => Metrics(n), nodesCsv: "id\nA\nB\nC\nD\n");
        Assert.Equal(4, m.Periods[0].Data.Graph.NodeCount);
        Assert.Equal(3, m.Periods[0].Nodes);
        Assert.Equal(1, m.Periods[0].Isolates);
        Assert.Equal(2.0 / 3, m.Periods[0].Density, 1e-15);
        Assert.Contains("Each period is analysed on its nodes with at least one link to another node; nodes of the network without one are left out (2011–2012: 1).", m.Notes);
    }

    [Fact]
    public void DuplicateOrMissingNodeIdInTheNodeTableIsAnError()
    {
        Assert.Equal("Network analysis 'm': n.csv: column 'id', line 4: node id 'A' appears twice (also on line 2)",
            ErrorOf("a,b,w,t\nA,B,1,2011\n", nodesCsv: "id,x\nA,1\nB,2\nA,3\n"));
        Assert.Equal("Network analysis 'm': n.csv: column 'id', line 3: the node id is missing",
            ErrorOf("a,b,w,t\nA,B,1,2011\n", nodesCsv: "id,x\nA,1\n,2\n"));
    }

    [Fact]
    public void MissingEndOrTimeNamesFileColumnAndLine()
    {
        Assert.Equal("Network analysis 'm': e.csv: column 'a', line 3: the node id is missing", ErrorOf("a,b,w,t\nA,B,1,2011\n,B,1,2011\n"));
        Assert.Equal("Network analysis 'm': e.csv: column 't', line 2: the time is missing", ErrorOf("a,b,w,t\nA,B,1,\n"));
        Assert.Equal("Network analysis 'm': e.csv: column 't', line 2: time 2011.5 is not an integer", ErrorOf("a,b,w,t\nA,B,1,2011.5\n"));
    }

    [Fact]
    public void EmptyPeriodIsAClearErrorOfTheAnalysis()
    {
        var periods = Periods((2011, 2012), (2013, 2014));
        Assert.Equal("Network analysis 'm': period 2013–2014 has no links between different nodes (no records), so there is nothing for structure metrics to analyse.",
            ErrorOf(Edges, periods: periods));
        Assert.Equal("Network analysis 'm': period 2013–2014 has no links between different nodes (1 record, all with from = to), so there is nothing for structure metrics to analyse.",
            ErrorOf(Edges + "C,C,4,2013\n", periods: periods));
        var r = RunOne(Edges, n => Resilience(n), periods);
        Assert.IsType<ResilienceResult>(r);
        Assert.Equal("Network analysis 'r': period 2013–2014 has no links between different nodes (no records), so there is nothing for resilience to analyse.", r.Error);
    }

    [Fact]
    public void RecordsOutsideEveryPeriodAreLeftOutWithANote()
    {
        var m = (NetworkMetricsResult)RunOne(Edges + "A,C,1,2019\n", n => Metrics(n));
        Assert.Contains("e.csv: 1 record in no period, not used.", m.Notes);
        Assert.Equal(3, m.Periods[0].Edges);
    }

    [Fact]
    public void ErgmOfEdgesAloneIsTheLogOddsOfTheDensityOfTheNodesWithLinks()
    {
        var result = RunOne(Edges, n => new ErgmPlan("fit", null, n, EquatableArray.From(new ErgmTermPlan(ErgmTermKind.Edges, null, null)),
            1, true, 1024, 16384, 1024, 20, 0));
        var ergm = Assert.IsType<ErgmAnalysisResult>(result);
        Assert.True(ergm.Succeeded, ergm.Error);
        // A–B, B–C, D–E among the five nodes with links: 3 ties in 10 dyads; the MLE of edges is log(0.3/0.7).
        var fit = ergm.Periods.Single().Fit;
        Assert.Equal((5, 10L), (fit.NodeCount, fit.DyadCount));
        Assert.Equal(Math.Log(3.0 / 7.0), fit["edges"].Estimate, 1e-10);
        Assert.Null(fit.GoodnessOfFit);
    }

    [Fact]
    public void ResilienceOfASinglePeriodReportsNodesAndSaysWhyNotTheNetwork()
    {
        // Path A–B–C plus the pendant C–D: two distinct degrees, so hierarchy exists, but one period cannot be normalised across periods.
        var r = (ResilienceResult)RunOne("a,b,w,t\nA,B,1,2011\nB,C,1,2011\nC,D,1,2011\n", n => Resilience(n));
        Assert.True(r.Succeeded, r.Error);
        Assert.Null(r.Network);
        Assert.Null(r.Periods[0].Network);
        Assert.Equal(4, r.Periods[0].Nodes.Resilience.Count);
        Assert.Contains("Network resilience compares periods and needs at least two; network 'net' has one, so only node resilience is reported.", r.Notes);
    }

    [Fact]
    public void ResilienceWithAPeriodWithoutHierarchyIsAClearError()
    {
        // 2011–2012: a triangle (every degree 2) has no degree-distribution slope.
        var r = RunOne("a,b,w,t\nA,B,1,2011\nB,C,1,2011\nA,C,1,2011\nA,B,1,2013\nB,C,1,2013\n", n => Resilience(n), Periods((2011, 2012), (2013, 2014)));
        Assert.Equal("Network analysis 'r': period 2011–2012: hierarchy is undefined: The degree-distribution slope needs at least two distinct degrees ≥ 1; the graph has 1.", r.Error);
    }

    [Fact]
    public void NetworkRunnerLoadsEachNetworkOnce()
    {
        File.WriteAllText(Path.Combine(_folder, "e.csv"), Edges);
        var network = Network(periods: Periods((2011, 2012)));
        var plan = Study(network, []);
        var runner = new NetworkRunner(_folder);
        Assert.Same(runner.Load(plan, network), runner.Load(plan, network));
    }
}
