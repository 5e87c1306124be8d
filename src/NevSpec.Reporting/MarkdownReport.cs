using System.Text;
using NevSpec.Core.Mediation;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>
/// The whole study as Markdown: regression tables (models that share an outcome side by side, as in a
/// paper's Table 4), stepwise tables, mediation tables with their indirect-effect tests, index weight
/// tables, and a closing list of whatever could not be estimated and why.
/// </summary>
public sealed class MarkdownReport
{
    private readonly int _decimals;
    private readonly RegressionTableRenderer _tables;

    public MarkdownReport(int decimals = 4)
    {
        _decimals = decimals;
        _tables = new RegressionTableRenderer(decimals);
    }

    public string Render(StudyResult study)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(study.Module).Append("\n\n");
        foreach (var index in study.Indices.Where(i => i.Succeeded))
            IndexTables.Append(text, index, _decimals);
        foreach (var group in study.Models.Where(m => m.Succeeded).GroupBy(m => m.Regression!.Outcome))
            _tables.Append(text, group.Key, group.Select(m => (m.Name, m)).ToList());
        foreach (var analysis in study.Analyses.Where(a => a.Succeeded))
            AppendAnalysis(text, analysis);

        var failed = study.Indices.Where(i => !i.Succeeded).Select(i => (i.Name, i.Error))
            .Concat(study.Models.Where(m => !m.Succeeded).Select(m => (m.Name, m.Error)))
            .Concat(study.Analyses.Where(a => !a.Succeeded).Select(a => (a.Name, a.Error)))
            .ToList();
        if (failed.Count > 0)
        {
            text.Append("## Not estimated\n\n");
            foreach (var (name, error) in failed)
                text.Append("- `").Append(name).Append("`: ").Append(error).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private void AppendAnalysis(StringBuilder text, AnalysisResult analysis)
    {
        switch (analysis)
        {
            case StepwiseResult stepwise:
                _tables.Append(text, $"{stepwise.Name}: {stepwise.Plan.Base.Outcome}, controls added column by column",
                    stepwise.Columns.Select((c, i) => (i == 0 ? "core" : "+" + stepwise.Plan.Base.Controls[i - 1], c)).ToList());
                break;
            case MediationAnalysisResult { Mediation: { } mediation } m:
                AppendMediation(text, m, mediation);
                break;
        }
    }

    private void AppendMediation(StringBuilder text, MediationAnalysisResult analysis, MediationResult mediation)
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
        _tables.Append(text, $"{analysis.Name}: mediation of {mediation.Treatment} on {mediation.Outcome}", columns, extra, note);
    }

    private string Test(IndirectEffectTest test) =>
        $"{NumberFormat.Fixed(test.Z, 3)} ({NumberFormat.Fixed(test.P, 3)})";
}
