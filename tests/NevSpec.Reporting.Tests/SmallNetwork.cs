using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting.Tests;

/// <summary>
/// A six-node, two-period network written to a temporary folder, with a hand-built plan running every network analysis
/// (the binder for network syntax is written elsewhere). Period 2011–2012: A–B 2, A–C 1, B–C 1, C–D 1 and the self-loop
/// A–A 3; period 2013–2014: A–B 3 + 1 (a repeat in the other order), A–C 2, A–D 1, A–E 1, B–C 1, E–F 2 and F–F 2.
/// </summary>
internal sealed class SmallNetwork : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("nevspec-netreport-").FullName;

    public SmallNetwork(bool coordinates = true, bool emptyThirdPeriod = false)
    {
        File.WriteAllText(Path.Combine(Folder, "edges.csv"),
            "from,to,n,year\nA,B,2,2011\nA,C,1,2011\nB,C,1,2012\nC,D,1,2012\nA,A,3,2012\n" +
            "A,B,3,2013\nB,A,1,2013\nA,C,2,2013\nA,D,1,2014\nA,E,1,2014\nB,C,1,2014\nE,F,2,2014\nF,F,2,2014\n");
        File.WriteAllText(Path.Combine(Folder, "nodes.csv"),
            "id,name,lon,lat\nA,Alpha,116.4,39.9\nB,Beta,121.5,31.2\nC,Gamma,118.8,32.1\nD,Delta,113.3,23.1\nE,Epsilon,104.1,30.7\nF,Zeta,108.9,34.3\n");
        var nodes = new NodeTablePlan("places", "nodes.csv", "id", "name", coordinates ? "lon" : null, coordinates ? "lat" : null, null);
        var spans = new List<PeriodPlan> { new("2011–2012", 2011, 2012), new("2013–2014", 2013, 2014) };
        if (emptyThirdPeriod) spans.Add(new("2015–2016", 2015, 2016));
        Network = new NetworkPlan("ties", "edges.csv", "from", "to", "n", "year", "places", null, null, spans.ToEquatableArray(), null);
        Plan = new StudyPlan("SmallNetwork", null, EquatableArray<DataSourcePlan>.Empty, EquatableArray<ModelPlan>.Empty,
            NodeTables: EquatableArray.From(nodes), Networks: EquatableArray.From(Network),
            NetworkAnalyses: EquatableArray.From<NetworkAnalysisPlan>(
                new NetworkMetricsPlan("structure", null, Network),
                new CentralityPlan("central", null, Network, 3, PathMetric.Hops, ClosenessRule.Wf),
                new CommunitiesPlan("groups", null, Network, 5, 7, true),
                new ResiliencePlan("resilience", null, Network, ResilienceWeighting.Entropy, CouplingConvention.Standard, 3, PathMetric.Hops, ClosenessRule.Wf),
                new ClassesPlan("classes", null, Network, 3)));
        Study = new StudyRunner(Folder).Run(Plan);
    }

    public NetworkPlan Network { get; }
    public StudyPlan Plan { get; }
    public StudyResult Study { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
