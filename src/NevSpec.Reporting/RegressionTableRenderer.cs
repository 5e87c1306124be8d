using NevSpec.Core.Estimation;
using NevSpec.Engine;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting;

/// <summary>
/// One paper-style multi-column regression table: a column per model, the coefficient with
/// stars and its standard error in parentheses beneath, then N, R², within R², fixed-effect, cluster and
/// covariance rows, optional extra rows (e.g. indirect-effect tests) and a note.
/// </summary>
public sealed class RegressionTableRenderer
{
    private readonly int _decimals;

    public RegressionTableRenderer(int decimals = 4) => _decimals = decimals;

    /// <param name="tables">The report's tables; this one is added at the end.</param>
    /// <param name="title">The table's heading.</param>
    /// <param name="columns">Column label and model; every model must have succeeded.</param>
    /// <param name="extraRows">Rows appended after the model statistics, one cell per column.</param>
    /// <param name="note">Printed under the table before the standard-error and star legend.</param>
    public void Append(List<ReportTable> tables, string title, IReadOnlyList<(string Label, ModelResult Model)> columns,
        IReadOnlyList<string[]>? extraRows = null, string? note = null)
    {
        var models = columns.Select(c => c.Model).ToList();
        // Core regressors first (as papers print them), then controls and anything else, in first-seen order.
        var terms = DefaultTerms(models);
        var rows = new List<string[]>();
        foreach (var term in terms)
        {
            rows.Add(Row(term, models, m => Estimate(m, term)));
            rows.Add(Row("", models, m => StdErr(m, term)));
        }
        AppendStatistics(rows, models);
        if (extraRows is not null) rows.AddRange(extraRows);

        var header = new[] { "" }.Concat(columns.Select((c, i) => $"({i + 1}) {c.Label}")).ToArray();
        TableList.Add(tables, title, header, rows, (note is null ? "" : note + " ") + "Standard errors in parentheses. " + Significance.Legend + ".");
    }

    /// <summary>
    /// A <c>table</c> statement's table: its labels as the header, its terms (or every term, core regressors first) in its
    /// order, its star thresholds, and standard errors or t statistics in parentheses.
    /// </summary>
    public void Append(List<ReportTable> tables, TablePlan plan, IReadOnlyList<ModelResult> models)
    {
        var terms = plan.Terms.IsEmpty ? DefaultTerms(models) : plan.Terms.ToList();
        var stars = plan.Stars.ToList();
        var rows = new List<string[]>();
        foreach (var term in terms)
        {
            rows.Add(Row(term, models, m => Coefficient(m, term) is { } c ? NumberFormat.Fixed(c.Estimate, _decimals) + Significance.Stars(c.P, stars) : ""));
            rows.Add(Row("", models, m => Coefficient(m, term) is { } c
                ? "(" + NumberFormat.Fixed(plan.Statistic == TableStatistic.T ? c.Estimate / c.StdErr : c.StdErr, _decimals) + ")"
                : ""));
        }
        AppendStatistics(rows, models);
        var legend = Significance.LegendFor(stars);
        var note = (plan.Note is null ? "" : plan.Note + " ")
            + (plan.Statistic == TableStatistic.T ? "t statistics in parentheses." : "Standard errors in parentheses.")
            + (legend.Length == 0 ? "" : " " + legend + ".");
        TableList.Add(tables, plan.Title, new[] { "" }.Concat(plan.Labels).ToArray(), rows, note);
    }

    private static List<string> DefaultTerms(IReadOnlyList<ModelResult> models)
    {
        var estimated = models.SelectMany(m => m.Regression!.Coefficients.Select(c => c.Term)).ToHashSet();
        return models.SelectMany(m => m.Plan.Regressors).Where(estimated.Contains)
            .Concat(models.SelectMany(m => m.Regression!.Coefficients.Select(c => c.Term)))
            .Distinct().ToList();
    }

    private void AppendStatistics(List<string[]> rows, IReadOnlyList<ModelResult> models)
    {
        rows.Add(Row("N", models, m => NumberFormat.Integer(m.Regression!.Nobs)));
        rows.Add(Row("R²", models, m => NumberFormat.Fixed(m.Regression!.R2, _decimals)));
        if (models.Any(m => m.Regression!.R2Within is not null))
            rows.Add(Row("Within R²", models, m => m.Regression!.R2Within is { } r2 ? NumberFormat.Fixed(r2, _decimals) : ""));
        foreach (var fe in models.SelectMany(m => m.Plan.FixedEffects).Distinct())
            rows.Add(Row(fe + " FE", models, m => m.Plan.FixedEffects.Contains(fe) ? "Yes" : "No"));
        rows.Add(Row("Cluster", models, m => m.Plan.ClusterBy.Count == 0 ? "—" : string.Join(" × ", m.Plan.ClusterBy)));
        rows.Add(Row("SE", models, m => VcovLabel(m.Plan.Vcov)));
    }

    private static CoefficientEstimate? Coefficient(ModelResult model, string term) =>
        model.Regression!.Coefficients.FirstOrDefault(x => x.Term == term);

    private static string[] Row(string label, IReadOnlyList<ModelResult> models, Func<ModelResult, string> cell) =>
        new[] { label }.Concat(models.Select(cell)).ToArray();

    private string Estimate(ModelResult model, string term)
    {
        var c = model.Regression!.Coefficients.FirstOrDefault(x => x.Term == term);
        return c is null ? "" : NumberFormat.Fixed(c.Estimate, _decimals) + Significance.Stars(c.P);
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
