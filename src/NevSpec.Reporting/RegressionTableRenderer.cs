using System.Text;
using NevSpec.Engine;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting;

/// <summary>
/// Paper-style multi-column regression tables in Markdown: one column per model, the coefficient with
/// stars and its standard error in parentheses beneath, then N, R², within R², fixed-effect, cluster and
/// covariance rows. Models that share an outcome are set side by side (as in a paper's Table 4), in
/// definition order; a model that failed gets a line saying why instead of a silent gap.
/// </summary>
public sealed class RegressionTableRenderer
{
    private readonly int _decimals;

    public RegressionTableRenderer(int decimals = 4) => _decimals = decimals;

    public string Render(StudyResult study)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(study.Module).Append("\n\n");
        foreach (var group in study.Models.Where(m => m.Succeeded).GroupBy(m => m.Regression!.Outcome))
            AppendTable(text, group.Key, group.ToList());

        var failed = study.Models.Where(m => !m.Succeeded).ToList();
        if (failed.Count > 0)
        {
            text.Append("## Models that could not be estimated\n\n");
            foreach (var model in failed)
                text.Append("- `").Append(model.Name).Append("`: ").Append(model.Error).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private void AppendTable(StringBuilder text, string outcome, IReadOnlyList<ModelResult> models)
    {
        var terms = models.SelectMany(m => m.Regression!.Coefficients.Select(c => c.Term)).Distinct().ToList();
        var rows = new List<string[]>();
        foreach (var term in terms)
        {
            rows.Add(Row(term, models, m => Estimate(m, term)));
            rows.Add(Row("", models, m => StdErr(m, term)));
        }
        rows.Add(Row("N", models, m => NumberFormat.Integer(m.Regression!.Nobs)));
        rows.Add(Row("R²", models, m => NumberFormat.Fixed(m.Regression!.R2, _decimals)));
        if (models.Any(m => m.Regression!.R2Within is not null))
            rows.Add(Row("Within R²", models, m => m.Regression!.R2Within is { } r2 ? NumberFormat.Fixed(r2, _decimals) : ""));
        foreach (var fe in models.SelectMany(m => m.Plan.FixedEffects).Distinct())
            rows.Add(Row(fe + " FE", models, m => m.Plan.FixedEffects.Contains(fe) ? "Yes" : "No"));
        rows.Add(Row("Cluster", models, m => m.Plan.ClusterBy.Count == 0 ? "—" : string.Join(" × ", m.Plan.ClusterBy)));
        rows.Add(Row("SE", models, m => VcovLabel(m.Plan.Vcov)));

        var header = new[] { "" }.Concat(models.Select((m, i) => $"({i + 1}) {m.Name}")).ToArray();
        var widths = Enumerable.Range(0, header.Length)
            .Select(c => Math.Max(header[c].Length, rows.Max(r => r[c].Length))).ToArray();

        text.Append("## ").Append(outcome).Append("\n\n");
        AppendLine(text, header, widths);
        text.Append('|').Append(string.Join("|", widths.Select((w, c) => c == 0 ? ":" + new string('-', w + 1) : new string('-', w + 1) + ":"))).Append("|\n");
        foreach (var row in rows) AppendLine(text, row, widths);
        text.Append('\n').Append("Standard errors in parentheses. ").Append(Significance.Legend).Append(".\n\n");
    }

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var c = 0; c < cells.Length; c++)
            text.Append(' ').Append(c == 0 ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c])).Append(" |");
        text.Append('\n');
    }

    private static string[] Row(string label, IReadOnlyList<ModelResult> models, Func<ModelResult, string> cell) =>
        new[] { label }.Concat(models.Select(cell)).ToArray();

    private string Estimate(ModelResult model, string term)
    {
        var c = model.Regression!.Coefficients.FirstOrDefault(x => x.Term == term);
        return c is null ? "" : NumberFormat.Fixed(c.Estimate, _decimals) + Significance.Stars(c.P).Replace("*", "\\*");
    }

    private string StdErr(ModelResult model, string term)
    {
        var c = model.Regression!.Coefficients.FirstOrDefault(x => x.Term == term);
        return c is null ? "" : "(" + NumberFormat.Fixed(c.StdErr, _decimals) + ")";
    }

    private static string VcovLabel(VcovKind kind) => kind switch
    {
        VcovKind.Iid => "IID",
        VcovKind.Hc1 => "HC1",
        _ => "CR1",
    };
}
