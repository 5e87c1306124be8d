using NevSpec.Core.Estimation;
using NevSpec.Core.Instruments;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>
/// The paper's Table 10 layout: each first stage and the second stage side by side, then the
/// identification diagnostics, each row naming the convention it follows in the note beneath.
/// </summary>
internal static class IvTables
{
    public static void Append(List<ReportTable> tables, IvAnalysisResult analysis, IvResult iv, int decimals)
    {
        var columns = iv.FirstStages.Select(f => (Label: $"First stage: {f.Endogenous}", Coefficients: f.Regression.Coefficients, Nobs: f.Regression.Nobs))
            .Append((Label: $"Second stage: {iv.Outcome}", Coefficients: iv.Coefficients, Nobs: iv.Nobs))
            .ToList();
        var terms = iv.Endogenous.Concat(iv.ExcludedInstruments)
            .Concat(columns.SelectMany(c => c.Coefficients.Select(x => x.Term))).Distinct().ToList();
        var rows = new List<string[]>();
        foreach (var term in terms)
        {
            rows.Add(Row(term, columns.Select(c => Find(c.Coefficients, term) is { } x
                ? NumberFormat.Fixed(x.Estimate, decimals) + Significance.Stars(x.P) : "")));
            rows.Add(Row("", columns.Select(c => Find(c.Coefficients, term) is { } x ? "(" + NumberFormat.Fixed(x.StdErr, decimals) + ")" : "")));
        }
        rows.Add(Row("N", columns.Select(c => NumberFormat.Integer(c.Nobs))));

        var d = iv.Diagnostics;
        var notes = new List<string> { $"{iv.Estimator}; {iv.CovarianceConvention}." };
        void Statistic(string label, IvTestStatistic? s)
        {
            if (s is null) return;
            var value = NumberFormat.Fixed(s.Value, 3) + (s.PValue is { } p ? $" (p = {NumberFormat.Fixed(p, 4)})" : "");
            rows.Add(Row(label, columns.Select((_, i) => i == columns.Count - 1 ? value : "")));
            notes.Add($"{label}: {s.Convention}.");
        }
        Statistic("Kleibergen–Paap rk LM", d.KleibergenPaapLm);
        Statistic("Kleibergen–Paap rk Wald F", d.KleibergenPaapWaldF);
        Statistic("Cragg–Donald Wald F", d.CraggDonaldF);
        var stockYogo = d.StockYogo.FirstOrDefault(c => c.Table.Contains("size", StringComparison.OrdinalIgnoreCase) && c.Threshold == 10);
        if (stockYogo is not null)
            rows.Add(Row("Stock–Yogo 10 % maximal IV size", columns.Select((_, i) => i == columns.Count - 1
                ? (stockYogo.Value is { } v ? NumberFormat.Fixed(v, 2) : "n/a") : "")));
        Statistic("Anderson–Rubin F", d.AndersonRubinF);
        Statistic(d.Overidentification.Name, d.Overidentification);
        Statistic("Endogeneity (C)", d.Endogeneity);

        var header = new[] { "" }.Concat(columns.Select((c, i) => $"({i + 1}) {c.Label}")).ToArray();
        TableList.Add(tables, $"{analysis.Name}: instrumental variables", header, rows,
            string.Join(" ", notes) + " Standard errors in parentheses. " + Significance.Legend + ".");
    }

    private static CoefficientEstimate? Find(IReadOnlyList<CoefficientEstimate> coefficients, string term) =>
        coefficients.FirstOrDefault(c => c.Term == term);

    private static string[] Row(string label, IEnumerable<string> cells) => new[] { label }.Concat(cells).ToArray();
}
