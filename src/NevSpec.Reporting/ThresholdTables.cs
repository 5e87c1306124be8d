using NevSpec.Core.Threshold;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>
/// The paper's Tables 6 and 7 for a Hansen (1999) panel threshold analysis: the sequential threshold tests
/// (F, bootstrap p, 10/5/1 % critical values), the threshold estimates with their LR confidence intervals,
/// and the regime coefficients of each model.
/// </summary>
internal static class ThresholdTables
{
    private static readonly string[] TestNames = ["Single", "Double", "Triple"];

    public static void Append(List<ReportTable> tables, ThresholdAnalysisResult analysis, PanelThresholdResult result, int decimals)
    {
        var tests = result.Steps.Select(s => s.Test).ToList();
        TableList.Add(tables, $"{analysis.Name}: threshold tests ({result.ThresholdName})",
            ["Test", "F", "p", "10 % crit.", "5 % crit.", "1 % crit.", "Replications"],
            tests.Select((t, i) => new[]
            {
                TestNames[i], NumberFormat.Fixed(t.F, 2), NumberFormat.Fixed(t.PValue, 4),
                Critical(t, 0.90), Critical(t, 0.95), Critical(t, 0.99), NumberFormat.Integer(t.Replications),
            }).ToList(),
            FormattableString.Invariant(
                $"F = (S₀ − S₁)/σ̂² against k − 1 thresholds; p-values and critical values from {result.Options.BootstrapReplications} bootstrap replications (fixed regressors, each unit's residual vector resampled, seed {result.Options.Seed}). Grid: {result.Options.Grid}, trimming {string.Join("/", result.Options.Trimming)}."));

        TableList.Add(tables, $"{analysis.Name}: threshold estimates",
            ["Model", "Threshold", "Estimate", "95 % CI"],
            result.Steps.SelectMany((s, i) => s.Thresholds.Select((value, j) =>
                new[] { TestNames[i], $"γ{j + 1}", NumberFormat.Fixed(value, decimals), Interval(s, value) })).ToList());

        var terms = result.Steps.SelectMany(s => s.Coefficients.Select(c => c.Term)).Distinct().ToList();
        var rows = new List<string[]>();
        foreach (var term in terms)
        {
            rows.Add(new[] { term }.Concat(result.Steps.Select(s => s.Coefficients.FirstOrDefault(c => c.Term == term) is { } c
                ? NumberFormat.Fixed(c.Estimate, decimals) + Significance.Stars(c.P) : "")).ToArray());
            rows.Add(new[] { "" }.Concat(result.Steps.Select(s => s.Coefficients.FirstOrDefault(c => c.Term == term) is { } c
                ? "(" + NumberFormat.Fixed(c.StdErr, decimals) + ")" : "")).ToArray());
        }
        rows.Add(new[] { "SSE" }.Concat(result.Steps.Select(s => NumberFormat.Fixed(s.Sse, decimals))).ToArray());
        rows.Add(new[] { "N" }.Concat(result.Steps.Select(_ => NumberFormat.Integer(result.Observations))).ToArray());
        TableList.Add(tables, $"{analysis.Name}: regime coefficients",
            new[] { "" }.Concat(result.Steps.Select((_, i) => $"({i + 1}) {TestNames[i]}")).ToArray(), rows,
            $"Within (unit fixed effects) estimates; {result.Options.StandardErrors} standard errors in parentheses. {Significance.Legend}.");
    }

    private static string Critical(ThresholdTest test, double level) =>
        test.Replications == 0 ? "—" : NumberFormat.Fixed(test.CriticalValue(level), 2);

    /// <summary>The 95 % LR interval of the estimate (or refinement) that produced this threshold value.</summary>
    private static string Interval(ThresholdStep step, double value)
    {
        var estimate = step.Estimate.Value == value ? step.Estimate : step.Refinement is { } r && r.Value == value ? r : null;
        if (estimate is null || estimate.Intervals.All(i => i.Level != 0.95)) return "—";
        var interval = estimate.Interval(0.95);
        return $"[{NumberFormat.Fixed(interval.Lower, 4)}, {NumberFormat.Fixed(interval.Upper, 4)}]";
    }
}
