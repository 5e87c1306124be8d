using NevSpec.Core.Networks;
using NevSpec.Engine.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting;

/// <summary>
/// Paper 2's tables for network analyses: structure metrics by period (Table 1 style), the top nodes by degree with
/// their centralities, community sizes, Jenks class breaks and counts, and (in <see cref="ResilienceTables"/>) network
/// and node resilience (Tables 2 and 3), and (in <see cref="ErgmTables"/>) the ERGM of Table 4 with its goodness of fit. The analysis' notes (loading rules, disconnected periods) go under its first table.
/// </summary>
internal static class NetworkTables
{
    public static void Append(List<ReportTable> tables, NetworkAnalysisResult analysis, int decimals)
    {
        int first = tables.Count;
        switch (analysis)
        {
            case NetworkMetricsResult m: Metrics(tables, m, decimals); break;
            case CentralityResult c: Centralities(tables, c, decimals); break;
            case CommunitiesResult c: Communities(tables, c, decimals); break;
            case ResilienceResult r: ResilienceTables.Append(tables, r, decimals); break;
            case ClassesResult c: Classes(tables, c, decimals); break;
            case ErgmAnalysisResult e: ErgmTables.Append(tables, e, decimals); break;
        }
        if (tables.Count > first && analysis.Notes.Count > 0)
        {
            var table = tables[first];
            tables[first] = table with { Note = string.Join(" ", new[] { table.Note }.Concat(analysis.Notes).Where(n => !string.IsNullOrEmpty(n))) };
        }
    }

    private static void Metrics(List<ReportTable> tables, NetworkMetricsResult result, int d)
    {
        var p = result.Periods;
        string[] Row(string label, Func<PeriodMetrics, string> cell) => new[] { label }.Concat(p.Select(cell)).ToArray();
        var rows = new List<string[]>
        {
            Row("Nodes (with links)", x => NumberFormat.Integer(x.Nodes)),
            Row("Nodes left out (no link)", x => NumberFormat.Integer(x.Isolates)),
            Row("Edges", x => NumberFormat.Integer(x.Edges)),
            Row("Total link weight", x => Amount(x.TotalWeight, d)),
            Row("Internal strength", x => Amount(x.InternalWeight, d)),
            Row("Density", x => NumberFormat.Fixed(x.Density, d)),
            Row("Average degree", x => NumberFormat.Fixed(x.AverageDegree, d)),
            Row("Average strength", x => NumberFormat.Fixed(x.AverageStrength, d)),
            Row("Components", x => NumberFormat.Integer(x.Components)),
            Row("Largest component", x => NumberFormat.Integer(x.LargestComponent)),
            Row("Average path length (largest component)", x => NumberFormat.Fixed(x.AveragePathLength, d)),
            Row("Global efficiency", x => NumberFormat.Fixed(x.GlobalEfficiency, d)),
            Row("Average clustering", x => NumberFormat.Fixed(x.AverageClustering, d)),
            Row("Transitivity", x => NumberFormat.Fixed(x.Transitivity, d)),
            Row("Degree-distribution slope", x => x.DegreeSlope is { } s ? NumberFormat.Fixed(s.Slope, d) : "—"),
            Row("Slope R²", x => x.DegreeSlope is { } s ? NumberFormat.Fixed(s.RSquared, d) : "—"),
        };
        TableList.Add(tables, $"{result.Name}: network structure by period", new[] { "" }.Concat(p.Select(x => x.Label)).ToArray(), rows,
            "Each period's nodes with at least one link; repeated records of a pair summed; self-loops are internal strength, not links. " +
            "Density 2m/(n(n − 1)); average degree 2m/n; path lengths in hops; clustering = mean local clustering (degree < 2 counts as 0); " +
            "slope = OLS of log P(k) on log k over the observed degrees k ≥ 1.");
    }

    private static void Centralities(List<ReportTable> tables, CentralityResult result, int d)
    {
        foreach (var p in result.Periods)
        {
            var rows = p.TopByDegree(result.Plan.Top).Select(i => new[]
            {
                p.NodeLabels[i], NumberFormat.Integer(p.DegreeCount[i]),
                NumberFormat.Fixed(p.Degree[i], d), NumberFormat.Fixed(p.Closeness[i], d), NumberFormat.Fixed(p.Betweenness[i], d),
            }).ToList();
            TableList.Add(tables, $"{result.Name}: top {result.Plan.Top} nodes by degree, {p.Label}",
                ["Node", "Degree", "Degree centrality", "Closeness", "Betweenness"], rows,
                CentralityNote(result.Plan.Paths, result.Plan.Closeness, p.NodeIds.Count));
        }
    }

    internal static string CentralityNote(PathMetric paths, ClosenessRule closeness, int n) =>
        $"n = {n} nodes with links. Degree centrality k/(n − 1); closeness {(closeness == ClosenessRule.Wf ? "Wasserman–Faust ((r − 1)/S)·((r − 1)/(n − 1))" : "igraph (r − 1)/S")}; " +
        $"betweenness normalised by 2/((n − 1)(n − 2)); shortest paths {(paths == PathMetric.Hops ? "in hops" : "with length 1/weight")}.";

    private static void Communities(List<ReportTable> tables, CommunitiesResult result, int d)
    {
        var rows = result.Periods.Select(p => new[]
        {
            p.Label, NumberFormat.Integer(p.NodeIds.Count), NumberFormat.Integer(p.Count), NumberFormat.Integer(p.Largest),
            string.Join(", ", p.Sizes.OrderByDescending(s => s).Take(8).Select(NumberFormat.Integer)) + (p.Count > 8 ? ", …" : ""),
            NumberFormat.Fixed(p.Codelength, d), NumberFormat.Fixed(p.Infomap.Codelength.OneLevelCodelength, d),
        }).ToList();
        TableList.Add(tables, $"{result.Name}: Infomap communities by period",
            ["Period", "Nodes", "Communities", "Largest", "Sizes (largest first)", "Codelength (bits)", "One-level codelength"], rows,
            $"Two-level Infomap (map equation, undirected weighted flow), best of {result.Plan.Trials} trials, seed {result.Plan.Seed}.");
    }

    private static void Classes(List<ReportTable> tables, ClassesResult result, int d)
    {
        int k = result.Plan.Classes;
        foreach (var p in result.Periods)
        {
            var rows = new List<string[]>();
            if (p.InternalBreaks is { } internalBreaks) rows.Add(ClassRow("Internal strength", internalBreaks, k, d));
            rows.Add(ClassRow("Link strength", p.LinkBreaks, k, d));
            rows.Add(ClassRow("Node resilience", p.ResilienceBreaks, k, d));
            TableList.Add(tables, $"{result.Name}: Jenks natural-breaks classes, {p.Label}",
                new[] { "Quantity" }.Concat(Enumerable.Range(1, k).Select(j => $"Class {j}")).Append("GVF").ToArray(), rows,
                "Each cell: the class's range (lower, upper] (class 1 includes its lower bound) and, in parentheses, its count. " +
                "Internal strength: nodes with same-node records; link strength: summed link weights; node resilience: entropy-weighted centralities of the nodes with links.");
        }
    }

    /// <summary>Whole numbers (counts, summed integer weights) without decimals; anything else with <paramref name="d"/>.</summary>
    internal static string Amount(double value, int d) =>
        double.IsFinite(value) && value == Math.Round(value) && Math.Abs(value) < 1e15
            ? value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : NumberFormat.Fixed(value, d);

    private static string[] ClassRow(string quantity, JenksResult jenks, int k, int d)
    {
        var cells = new List<string> { quantity };
        for (int j = 0; j < k; j++)
            cells.Add(j < jenks.ClassCounts.Count
                ? $"{Amount(jenks.Breaks[j], d)}–{Amount(jenks.Breaks[j + 1], d)} ({NumberFormat.Integer(jenks.ClassCounts[j])})"
                : "—");
        cells.Add(NumberFormat.Fixed(jenks.Gvf, d));
        return cells.ToArray();
    }
}
