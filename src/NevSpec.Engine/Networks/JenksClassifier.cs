using NevSpec.Core.Networks;

namespace NevSpec.Engine.Networks;

/// <summary>
/// Jenks classes of one period for the maps: internal strength (nodes with internal strength &gt; 0), link strength (every
/// link) and node resilience (nodes with links; entropy weights, hops, Wasserman–Faust closeness, the default
/// <c>resilience</c>). With fewer distinct values than classes, there are as many classes as distinct values (with a
/// note), so no class is empty.
/// </summary>
internal static class JenksClassifier
{
    public static PeriodClasses Classify(NetworkPeriod period, int classes, WeightedGraph active, List<string> notes)
    {
        if (classes < 1) throw new ArgumentException($"The number of Jenks classes must be at least 1, got {classes}.");
        var g = period.Graph;

        var internalNodes = Enumerable.Range(0, g.NodeCount).Where(i => g.InternalStrength[i] > 0).ToArray();
        IReadOnlyList<ClassifiedNode>? internalClasses = null;
        JenksResult? internalBreaks = null;
        if (internalNodes.Length == 0)
            notes.Add($"Period {period.Label}: no node has internal strength (no record with from = to), so it has no internal-strength classes.");
        else
        {
            internalBreaks = Jenks(internalNodes.Select(i => g.InternalStrength[i]).ToArray(), classes, period.Label, "internal-strength", notes);
            internalClasses = internalNodes.Select(i => new ClassifiedNode(i, g.NodeIds[i], g.InternalStrength[i], internalBreaks.ClassOf(g.InternalStrength[i]) + 1)).ToArray();
        }

        var links = new List<(int From, int To, double Weight)>();
        var (offsets, neighbors, weights) = (g.Offsets, g.Neighbors, g.Weights);
        for (int u = 0; u < g.NodeCount; u++)
            for (int p = offsets[u]; p < offsets[u + 1]; p++)
                if (neighbors[p] > u) links.Add((u, neighbors[p], weights[p]));
        var linkBreaks = Jenks(links.Select(l => l.Weight).ToArray(), classes, period.Label, "link-strength", notes);
        var linkClasses = links.Select(l => new ClassifiedLink(l.From, l.To, l.Weight, linkBreaks.ClassOf(l.Weight) + 1)).ToArray();

        var resilience = NodeResilience.Compute(active);
        notes.AddRange(resilience.Notes.Select(n => $"Period {period.Label}: {n}"));
        var resilienceBreaks = Jenks(resilience.Resilience, classes, period.Label, "node-resilience", notes);
        var resilienceClasses = resilience.Resilience
            .Select((v, i) => new ClassifiedNode(period.ActiveNodes[i], resilience.NodeIds[i], v, resilienceBreaks.ClassOf(v) + 1)).ToArray();

        return new PeriodClasses(period.Label, period, internalClasses, internalBreaks, linkClasses, linkBreaks,
            resilienceClasses, resilienceBreaks, resilience);
    }

    private static JenksResult Jenks(IReadOnlyList<double> values, int classes, string period, string what, List<string> notes)
    {
        int distinct = values.Distinct().Count();
        int k = Math.Min(classes, distinct);
        if (k < classes)
            notes.Add($"Period {period}: only {distinct} distinct {what} value{(distinct == 1 ? "" : "s")}, so {k} {what} class{(k == 1 ? "" : "es")} instead of {classes}.");
        return JenksBreaks.Classify(values, k);
    }
}
