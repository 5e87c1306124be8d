using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Tests.Networks;

/// <summary>Hand-built plans for network tests (the binder for network syntax is written elsewhere).</summary>
internal static class NetworkPlans
{
    public static EquatableArray<PeriodPlan> Periods(params (int First, int Last)[] spans) =>
        spans.Select(s => new PeriodPlan($"{s.First}–{s.Last}", s.First, s.Last)).ToEquatableArray();

    public static NetworkPlan Network(string path = "e.csv", string? nodes = null, string? attributes = null, string? pairs = null,
        EquatableArray<PeriodPlan> periods = default, string? weight = "w", string? time = "t") =>
        new("net", path, "a", "b", weight, time, nodes, attributes, pairs, periods, null);

    public static StudyPlan Study(NetworkPlan network, IEnumerable<NetworkAnalysisPlan> analyses, NodeTablePlan? nodes = null,
        DataSourcePlan? attributes = null, PairTablePlan? pairs = null) =>
        new("NetTest", null,
            attributes is null ? EquatableArray<DataSourcePlan>.Empty : EquatableArray.From(attributes),
            EquatableArray<ModelPlan>.Empty,
            NodeTables: nodes is null ? EquatableArray<NodeTablePlan>.Empty : EquatableArray.From(nodes),
            PairTables: pairs is null ? EquatableArray<PairTablePlan>.Empty : EquatableArray.From(pairs),
            Networks: EquatableArray.From(network),
            NetworkAnalyses: analyses.ToEquatableArray());

    public static NetworkMetricsPlan Metrics(NetworkPlan network, string name = "m") => new(name, null, network);

    public static ResiliencePlan Resilience(NetworkPlan network, string name = "r",
        ResilienceWeighting weights = ResilienceWeighting.Entropy, CouplingConvention coupling = CouplingConvention.Standard) =>
        new(name, null, network, weights, coupling, 10, PathMetric.Hops, ClosenessRule.Wf);

    public static CentralityPlan CentralityOf(NetworkPlan network, string name = "c") =>
        new(name, null, network, 10, PathMetric.Hops, ClosenessRule.Wf);

    public static CommunitiesPlan Communities(NetworkPlan network, string name = "i") => new(name, null, network, 10, 123, true);

    public static ClassesPlan Classes(NetworkPlan network, string name = "k", int classes = 5) => new(name, null, network, classes);
}
