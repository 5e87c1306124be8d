using NevSpec.Core.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>The per-period computations of the network analyses, on Core; notes are appended to <c>notes</c>.</summary>
internal static class NetworkAnalyses
{
    public static PeriodMetrics Metrics(NetworkPeriod period, List<string> notes)
    {
        var g = RequireLinks(period, "structure metrics");
        var components = GraphMetrics.ComponentLabels(g);
        int count = components.Max() + 1;
        int largest = components.GroupBy(c => c).Max(x => x.Count());
        if (count > 1)
            notes.Add($"Period {period.Label}: the {g.NodeCount} nodes with links form {count} components (the largest has {largest}); " +
                      "the average path length is that of the largest component, global efficiency averages 1/d over all pairs (1/∞ = 0), " +
                      "and density, degree, clustering and transitivity use all of them.");
        DegreeSlopeFit? slope = null;
        try { slope = GraphMetrics.DegreeDistributionSlope(g); }
        catch (ArgumentException)
        {
            notes.Add($"Period {period.Label}: every node with links has the same degree, so there is no degree-distribution slope.");
        }
        return new PeriodMetrics(period.Label, period, g.NodeCount, period.Graph.NodeCount - g.NodeCount, g.EdgeCount, g.TotalWeight,
            period.Graph.InternalStrength.Sum(), GraphMetrics.Density(g), GraphMetrics.AverageDegree(g), GraphMetrics.AverageStrength(g),
            count, largest, GraphMetrics.AveragePathLengthLargestComponent(g), GraphMetrics.GlobalEfficiency(g),
            GraphMetrics.Transitivity(g), GraphMetrics.AverageClustering(g), slope);
    }

    public static PeriodCentralities Centralities(NetworkPeriod period, CentralityPlan plan, List<string> notes)
    {
        var g = RequireLinks(period, "centrality");
        bool weighted = plan.Paths == PathMetric.Strength;
        var convention = Closeness(plan.Closeness);
        NoteDisconnectedCentralities(period, g, convention, notes);
        return new PeriodCentralities(period.Label, period, g.NodeIds, period.ActiveLabels,
            Enumerable.Range(0, g.NodeCount).Select(g.Degree).ToArray(),
            Centrality.Degree(g), Centrality.Closeness(g, weighted, convention), Centrality.Betweenness(g, weighted));
    }

    public static PeriodCommunities Communities(NetworkPeriod period, CommunitiesPlan plan)
    {
        var g = RequireLinks(period, "community detection");
        return new PeriodCommunities(period.Label, period, g.NodeIds, period.ActiveLabels, Infomap.Run(g, plan.Trials, plan.Seed));
    }

    public static ResilienceResult Resilience(LoadedNetwork network, ResiliencePlan plan, List<string> notes)
    {
        bool weighted = plan.Paths == PathMetric.Strength;
        var nodeOptions = new NodeResilienceOptions(
            plan.Weights == ResilienceWeighting.Equal ? NodeResilienceWeighting.Equal : NodeResilienceWeighting.Entropy,
            weighted, Closeness(plan.Closeness));
        var networkOptions = new NetworkResilienceOptions(
            plan.Coupling == CouplingConvention.Alternative ? CouplingFormula.Alternative : CouplingFormula.Standard, WeightedPaths: weighted);
        var nodes = new List<NodeResilienceResult>();
        var indicators = new List<ResilienceIndicators>();
        foreach (var period in network.Periods)
        {
            var g = RequireLinks(period, "resilience");
            NoteDisconnectedCentralities(period, g, nodeOptions.Closeness, notes);
            var r = NodeResilience.Compute(g, nodeOptions);
            nodes.Add(r);
            notes.AddRange(r.Notes.Select(n => $"Period {period.Label}: {n}"));
            try { indicators.Add(NetworkResilience.Indicators(g, networkOptions)); }
            catch (ArgumentException e) { throw new NetworkPeriodException($"period {period.Label}: hierarchy is undefined: {e.Message.Split(" (Parameter")[0]}"); }
        }
        NetworkResilienceResult? across = null;
        if (network.Periods.Count >= 2)
        {
            across = NetworkResilience.Compute(indicators, networkOptions);
            notes.AddRange(across.Notes);
        }
        else
            notes.Add($"Network resilience compares periods and needs at least two; network '{network.Plan.Name}' has one, so only node resilience is reported.");
        var periods = network.Periods.Select((p, i) => new PeriodResilience(p.Label, p, p.ActiveLabels, nodes[i], indicators[i], across?.Stages[i])).ToArray();
        return new ResilienceResult(plan, periods, across, null);
    }

    public static PeriodClasses Classes(NetworkPeriod period, ClassesPlan plan, List<string> notes) =>
        JenksClassifier.Classify(period, plan.Classes, RequireLinks(period, "classes"), notes);

    /// <summary>The period's graph of nodes with links; a period without any link is an error naming it.</summary>
    public static WeightedGraph RequireLinks(NetworkPeriod period, string what)
    {
        if (period.ActiveGraph.EdgeCount > 0) return period.ActiveGraph;
        string span = period.First is { } f && period.Label != $"{f}–{period.Last}" ? $" ({f}–{period.Last})" : "";
        string records = period.Records == 0 ? "no records"
            : $"{period.Records} record{(period.Records == 1 ? "" : "s")}, all with from = to";
        throw new NetworkPeriodException($"period {period.Label}{span} has no links between different nodes ({records}), so there is nothing for {what} to analyse.");
    }

    public static ClosenessConvention Closeness(ClosenessRule rule) =>
        rule == ClosenessRule.Igraph ? ClosenessConvention.IgraphNormalized : ClosenessConvention.WassermanFaust;

    private static void NoteDisconnectedCentralities(NetworkPeriod period, WeightedGraph g, ClosenessConvention convention, List<string> notes)
    {
        int count = GraphMetrics.ComponentLabels(g).Max() + 1;
        if (count == 1) return;
        notes.Add($"Period {period.Label}: the nodes with links form {count} components; closeness counts only the nodes each node reaches " +
                  (convention == ClosenessConvention.WassermanFaust
                      ? "(Wasserman–Faust: (r − 1)/S scaled by (r − 1)/(n − 1))"
                      : "(igraph: (r − 1)/S, not scaled by the share reached)") +
                  " and betweenness counts shortest paths within components.");
    }
}
