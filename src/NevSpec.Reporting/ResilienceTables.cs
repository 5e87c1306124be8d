using NevSpec.Core.Networks;
using NevSpec.Engine.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting;

/// <summary>
/// Paper 2's Tables 2 and 3: network resilience by period (raw and normalised indicators, C, T, D and the coordination
/// level), node-resilience weights, the node resilience of the last period's top nodes in every period (blank where a
/// node had no link), and each period's top nodes with their centralities.
/// </summary>
internal static class ResilienceTables
{
    public static void Append(List<ReportTable> tables, ResilienceResult result, int d)
    {
        if (result.Network is { } network)
        {
            var rows = result.Periods.Select(p => new[]
            {
                p.Label,
                NumberFormat.Fixed(p.Indicators.Transmissibility, d), NumberFormat.Fixed(p.Indicators.Clustering, d), NumberFormat.Fixed(p.Indicators.Hierarchy, d),
                NumberFormat.Fixed(p.Network!.Normalised.Transmissibility, d), NumberFormat.Fixed(p.Network.Normalised.Clustering, d),
                NumberFormat.Fixed(p.Network.Normalised.Hierarchy, d),
                NumberFormat.Fixed(p.Network.Coupling.C, d), NumberFormat.Fixed(p.Network.Coupling.T, d), NumberFormat.Fixed(p.Network.Resilience, d),
                $"{p.Network.Level.Level}: {p.Network.Level.Name}",
            }).ToList();
            TableList.Add(tables, $"{result.Name}: network resilience by period (coupling coordination)",
                ["Period", "Transmissibility", "Clustering", "Hierarchy", "u₁", "u₂", "u₃", "C", "T", "D (resilience)", "Level"], rows,
                FormattableString.Invariant(
                    $"Transmissibility = global efficiency, clustering = average clustering, hierarchy = −(degree-distribution slope); each normalised across the periods, u = {network.Options.Shift} + (1 − {network.Options.Shift})·(x − min)/(max − min). ") +
                $"C = {(network.Options.Coupling == CouplingFormula.Standard ? "3(u₁u₂u₃)^(1/3)/Σu" : "[u₁u₂u₃/((Σu)/3)³]^(1/3)")}, T = mean of u, D = √(C·T); level on the ten-level coupling-coordination scale (steps of 0.1).");
        }

        var weightRows = result.Periods.Select(p => new[] { p.Label, NumberFormat.Integer(p.Nodes.NodeIds.Count) }
            .Concat(p.Nodes.Weights.Select(w => NumberFormat.Fixed(w.Weight, d)))
            .Concat(p.Nodes.Weights.Select(w => w.Entropy is { } e ? NumberFormat.Fixed(e, d) : "—")).ToArray()).ToList();
        TableList.Add(tables, $"{result.Name}: node-resilience weights",
            ["Period", "Nodes", "w degree", "w closeness", "w betweenness", "e degree", "e closeness", "e betweenness"], weightRows,
            FormattableString.Invariant($"Node resilience R = Σ w·z with z = min–max normalised centrality + {result.Periods.FirstOrDefault()?.Nodes.Options.Shift ?? NodeResilienceOptions.DefaultShift} within the period; ") +
            (result.Plan.Weights == ResilienceWeighting.Entropy ? "entropy weights w = (1 − e)/Σ(1 − e), e = −(1/ln n) Σ p ln p." : "equal weights 1/3."));

        if (result.Periods.Count > 0)
        {
            var last = result.Periods[^1];
            var top = last.Nodes.Ranking().Take(result.Plan.Top).ToArray();
            var rows = top.Select(i => new[] { last.NodeLabels[i] }
                .Concat(result.Periods.Select(p => p.NodeResilience(last.Nodes.NodeIds[i]) is { } r ? NumberFormat.Fixed(r, d) : "")).ToArray()).ToList();
            TableList.Add(tables, $"{result.Name}: node resilience of the top {result.Plan.Top} nodes of {last.Label}",
                new[] { "Node" }.Concat(result.Periods.Select(p => p.Label)).ToArray(), rows,
                "Blank: the node had no link in that period.");
        }

        foreach (var p in result.Periods)
        {
            var rows = p.Nodes.Ranking().Take(result.Plan.Top).Select(i => new[]
            {
                p.NodeLabels[i], NumberFormat.Fixed(p.Nodes.Resilience[i], d),
                NumberFormat.Fixed(p.Nodes.Degree[i], d), NumberFormat.Fixed(p.Nodes.Closeness[i], d), NumberFormat.Fixed(p.Nodes.Betweenness[i], d),
            }).ToList();
            TableList.Add(tables, $"{result.Name}: top {result.Plan.Top} nodes by resilience, {p.Label}",
                ["Node", "Resilience", "Degree centrality", "Closeness", "Betweenness"], rows,
                NetworkTables.CentralityNote(result.Plan.Paths, result.Plan.Closeness, p.Nodes.NodeIds.Count));
        }
    }
}
