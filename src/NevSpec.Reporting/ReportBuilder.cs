using NevSpec.Core.Heterogeneity;
using NevSpec.Core.Mediation;
using NevSpec.Core.Moderation;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Reporting;

/// <summary>
/// Builds a study's report: descriptive statistics, index weight tables, regression tables (models that
/// share an outcome side by side, as in a paper's Table 4), stepwise, mediation, moderation, split, threshold
/// and IV tables, network tables (structure, centrality, communities, resilience, classes), and the list of whatever could not
/// be estimated and why. Format-neutral: the renderers
/// turn it into Markdown, LaTeX, HTML, CSV or JSON.
/// </summary>
public sealed class ReportBuilder
{
    private readonly int _decimals;
    private readonly RegressionTableRenderer _tables;

    public ReportBuilder(int decimals = 4)
    {
        _decimals = decimals;
        _tables = new RegressionTableRenderer(decimals);
    }

    public Report Build(StudyResult study) => Build(study, default);

    /// <summary>
    /// The report with the spec's <c>table</c> statements (<see cref="StudyPlan.Tables"/>) appended, in spec order, after
    /// the automatic tables (which stay as they are). A table whose column did not estimate is listed as a failure.
    /// </summary>
    public Report Build(StudyResult study, EquatableArray<TablePlan> specTables)
    {
        var tables = new List<ReportTable>();
        foreach (var descriptives in study.Descriptives.Where(d => d.Succeeded))
            AppendDescriptives(tables, descriptives);
        foreach (var index in study.Indices.Where(i => i.Succeeded))
            IndexTables.Append(tables, index, _decimals);
        foreach (var group in study.Models.Where(m => m.Succeeded).GroupBy(m => m.Regression!.Outcome))
            _tables.Append(tables, group.Key, group.Select(m => (m.Name, m)).ToList());
        foreach (var analysis in study.Analyses.Where(a => a.Succeeded))
            AppendAnalysis(tables, analysis);
        foreach (var network in study.NetworkAnalyses.Where(a => a.Succeeded))
            NetworkTables.Append(tables, network, _decimals);

        var failed = study.Indices.Where(i => !i.Succeeded).Select(i => (i.Name, i.Error))
            .Concat(study.Models.Where(m => !m.Succeeded).Select(m => (m.Name, m.Error)))
            .Concat(study.Analyses.Where(a => !a.Succeeded).Select(a => (a.Name, a.Error)))
            .Concat(study.Descriptives.Where(d => !d.Succeeded).Select(d => (d.Name, d.Error)))
            .Concat(study.NetworkAnalyses.Where(n => !n.Succeeded).Select(n => (n.Name, n.Error)))
            .Select(f => new ReportFailure(f.Name, f.Error ?? "unknown error"))
            .ToList();
        foreach (var table in specTables)
        {
            var columns = table.Columns.Select(c => Column(study, c)).ToList();
            var missing = table.Columns.Where((c, i) => columns[i] is not { Succeeded: true }).Select(c => c.Result).Distinct().ToList();
            if (missing.Count == 0) _tables.Append(tables, table, columns!);
            else failed.Add(new ReportFailure(table.Name, "no estimates for " + string.Join(", ", missing)));
        }
        return new Report(study.Module, tables, failed);
    }

    /// <summary>A table column's result: a model by name, or step k of a stepwise analysis.</summary>
    private static ModelResult? Column(StudyResult study, TableColumnPlan column) => column.Step is { } step
        ? study.Analyses.OfType<StepwiseResult>().FirstOrDefault(s => s.Name == column.Result) is { } stepwise && step < stepwise.Columns.Count
            ? stepwise.Columns[step] : null
        : study.Models.FirstOrDefault(m => m.Name == column.Result);

    private void AppendAnalysis(List<ReportTable> tables, AnalysisResult analysis)
    {
        switch (analysis)
        {
            case StepwiseResult stepwise:
                _tables.Append(tables, $"{stepwise.Name}: {stepwise.Plan.Base.Outcome}, controls added column by column",
                    stepwise.Columns.Select((c, i) => (i == 0 ? "core" : "+" + stepwise.Plan.Base.Controls[i - 1], c)).ToList());
                break;
            case MediationAnalysisResult { Mediation: { } mediation } m:
                AppendMediation(tables, m, mediation);
                break;
            case ModerationAnalysisResult { Moderation: { } moderation } m:
                AppendModeration(tables, m, moderation);
                break;
            case SplitAnalysisResult { Split: { } split } s:
                AppendSplit(tables, s, split);
                break;
            case ThresholdAnalysisResult { Threshold: { } threshold } t:
                ThresholdTables.Append(tables, t, threshold, _decimals);
                break;
            case IvAnalysisResult { Iv: { } iv } i:
                IvTables.Append(tables, i, iv, _decimals);
                break;
        }
    }

    private void AppendMediation(List<ReportTable> tables, MediationAnalysisResult analysis, MediationResult mediation)
    {
        var basePlan = analysis.Plan.Base;
        var columns = new List<(string, ModelResult)>();
        var extra = new List<string[]>();
        var width = 1 + 3 * mediation.Mediators.Count;
        string[] Row(string label, Func<MediatorResult, string> cell) =>
            new[] { label }.Concat(mediation.Mediators.SelectMany(m => new[] { "", "", cell(m) })).ToArray();

        foreach (var m in mediation.Mediators)
        {
            columns.Add(($"{mediation.Outcome}", new ModelResult(basePlan with { Name = "total" }, m.TotalModel, null)));
            columns.Add(($"{m.Mediator}", new ModelResult(basePlan with { Name = m.Mediator, Outcome = m.Mediator }, m.MediatorModel, null)));
            columns.Add(($"{mediation.Outcome}", new ModelResult(basePlan with { Name = "outcome" }, m.OutcomeModel, null)));
        }
        extra.Add(Row("Indirect a·b", m => NumberFormat.Fixed(m.Indirect, _decimals)));
        extra.Add(Row("Sobel z (p)", m => Test(m.Sobel)));
        extra.Add(Row("Aroian z (p)", m => Test(m.Aroian)));
        extra.Add(Row("Goodman z (p)", m => m.Goodman is { } g ? Test(g) : "n/a"));
        extra.Add(Row("Bootstrap CI", m => m.Bootstrap is { } b
            ? $"[{NumberFormat.Fixed(b.Low, _decimals)}, {NumberFormat.Fixed(b.High, _decimals)}]"
            : "—"));
        extra.Add(Row("Proportion mediated", m => m.ProportionMediated is { } p ? NumberFormat.Fixed(p, _decimals) : "n/a"));
        var boot = mediation.Mediators.Select(m => m.Bootstrap).FirstOrDefault(b => b is not null);
        var note = $"Stepwise mediation of {mediation.Treatment} → mediator → {mediation.Outcome}, per mediator: total effect, path a, and the outcome equation with the mediator (same fixed effects and covariance as the base model)."
            + (boot is null ? "" : $" Bootstrap: {boot.Completed} replications resampling {boot.ResamplingUnit}, seed {boot.Seed}, {(boot.Shown == BootstrapCiMethod.BiasCorrected ? "bias-corrected" : "percentile")} {boot.Level:P0} interval.");
        _tables.Append(tables, $"{analysis.Name}: mediation of {mediation.Treatment} on {mediation.Outcome}", columns, extra, note);
    }

    private void AppendDescriptives(List<ReportTable> tables, DescriptivesResult descriptives)
    {
        var rows = descriptives.Variables.Select(v => new[]
        {
            v.Variable, NumberFormat.Integer(v.N), NumberFormat.Fixed(v.Mean, _decimals), NumberFormat.Fixed(v.Sd, _decimals),
            NumberFormat.Fixed(v.Min, _decimals), NumberFormat.Fixed(v.Max, _decimals),
        }).ToList();
        TableList.Add(tables, $"{descriptives.Name}: descriptive statistics", ["Variable", "N", "Mean", "SD", "Min", "Max"], rows);
    }

    private void AppendModeration(List<ReportTable> tables, ModerationAnalysisResult analysis, ModerationResult moderation)
    {
        var model = new ModelResult(analysis.Plan.Base, moderation.Model, null);
        var note = $"Interaction {moderation.InteractionTerm} of {moderation.Focal} and {moderation.Moderator}"
            + (moderation.Centred ? $", both centred at their means ({NumberFormat.Fixed(moderation.FocalCentre, _decimals)}, {NumberFormat.Fixed(moderation.ModeratorCentre, _decimals)})." : ", uncentred.");
        _tables.Append(tables, $"{analysis.Name}: moderation of {moderation.Focal} by {moderation.Moderator}", [(moderation.Model.Outcome, model)], note: note);
        var rows = moderation.SimpleSlopes.Select(s => new[]
        {
            s.Label, NumberFormat.Fixed(s.ModeratorValue, _decimals),
            NumberFormat.Fixed(s.Slope, _decimals) + Significance.Stars(s.P),
            "(" + NumberFormat.Fixed(s.StdErr, _decimals) + ")", NumberFormat.Fixed(s.P, 3),
        }).ToList();
        TableList.Add(tables, $"{analysis.Name}: simple slopes of {moderation.Focal}", [$"{moderation.Moderator} at", "Value", "Slope", "SE", "p"], rows);
    }

    private void AppendSplit(List<ReportTable> tables, SplitAnalysisResult analysis, SplitSampleResult split)
    {
        var columns = split.Groups
            .Select(g => (g.Label, new ModelResult(analysis.Plan.Base with { Name = g.Label }, g.Model, null)))
            .ToList();
        string[] Row(string label, string value) =>
            new[] { label }.Concat(Enumerable.Range(0, columns.Count).Select(i => i == columns.Count - 1 ? value : "")).ToArray();
        var extra = new List<string[]>
        {
            Row($"Difference in {split.Term}", split.Equality.Difference is { } d ? NumberFormat.Fixed(d, _decimals) : "n/a"),
            Row("Wald test p", NumberFormat.Fixed(split.Equality.P, 3)),
        };
        if (split.Permutation is { } permutation)
            extra.Add(Row($"Permutation p ({permutation.Completed})", NumberFormat.Fixed(permutation.PTwoSided, 3)));
        var note = split.Equality.Method + (split.Permutation is { } p ? " " + p.Method : "");
        _tables.Append(tables, $"{analysis.Name}: {split.Term} by {split.GroupVariable}", columns, extra, note);
    }

    private string Test(IndirectEffectTest test) =>
        $"{NumberFormat.Fixed(test.Z, 3)} ({NumberFormat.Fixed(test.P, 3)})";
}
