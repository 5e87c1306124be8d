using System.Globalization;
using NevSpec.Core.Ergm;
using NevSpec.Engine.Networks;

namespace NevSpec.Reporting;

/// <summary>
/// Paper 2's Table 4 for an ERGM analysis — a column per period, each term's estimate with statnet's stars and its
/// standard error beneath, then method, log-likelihood, AIC, BIC, nodes, ties and convergence — and one goodness-of-fit
/// table per period (model statistics, degree, edgewise shared partners, geodesic distance).
/// </summary>
internal static class ErgmTables
{
    /// <summary>statnet's significance codes (<c>summary.ergm</c>): *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05.</summary>
    public static IReadOnlyList<double> StarThresholds { get; } = [0.05, 0.01, 0.001];

    /// <summary>Rows per distribution in a goodness-of-fit table; the rest are summarised in the note (results.json has all).</summary>
    public const int GofRows = 20;

    public static void Append(List<ReportTable> tables, ErgmAnalysisResult result, int d)
    {
        Coefficients(tables, result, d);
        foreach (var p in result.Periods)
            if (p.Fit.GoodnessOfFit is { } gof) GoodnessOfFit(tables, result, p, gof);
    }

    private static void Coefficients(List<ReportTable> tables, ErgmAnalysisResult result, int d)
    {
        var periods = result.Periods;
        string[] Row(string label, Func<ErgmFit, string> cell) => new[] { label }.Concat(periods.Select(p => cell(p.Fit))).ToArray();
        var rows = new List<string[]>();
        foreach (var term in result.Plan.Terms.Select(t => t.Label))
        {
            rows.Add(Row(term, f => Estimate(f[term], d)));
            rows.Add(Row("", f => double.IsFinite(f[term].StdErr) ? "(" + NumberFormat.Fixed(f[term].StdErr, d) + ")" : "(—)"));
        }
        rows.Add(Row("Method", f => Method(f.Method)));
        rows.Add(Row("Log-likelihood", f => f.LogLikelihood is { } l ? NumberFormat.Fixed(l, 2) : "—"));
        rows.Add(Row("AIC", f => f.Aic is { } a ? NumberFormat.Fixed(a, 2) : "—"));
        rows.Add(Row("BIC", f => f.Bic is { } b ? NumberFormat.Fixed(b, 2) : "—"));
        rows.Add(new[] { "Nodes" }.Concat(periods.Select(p => NumberFormat.Integer(p.Nodes))).ToArray());
        rows.Add(new[] { "Edges" }.Concat(periods.Select(p => NumberFormat.Integer(p.Edges))).ToArray());
        rows.Add(Row("Convergence", f => Status(f.Status)));

        var warnings = periods.Where(p => !p.Fit.Converged).Select(p => $"{p.Label}: {Status(p.Fit.Status)}").ToArray();
        string note = (warnings.Length > 0 ? "WARNING — estimates not final in " + string.Join("; ", warnings) + " (see the notes below). " : "") +
                      "ERGM per period on the period's nodes with links (binary ties). Coefficients are log-odds of a tie per unit of the term's change statistic; " +
                      "standard errors in parentheses" + (periods.Any(p => p.Fit.Method == ErgmMethod.McmcMle) ? " (model + MCMC)" : "") + ". " +
                      "Significance as statnet prints it: " + Significance.LegendFor(StarThresholds) + " (two-sided z test). " +
                      "AIC = −2ℓ + 2k, BIC = −2ℓ + k·ln(dyads), as statnet.";
        TableList.Add(tables, $"{result.Name}: ERGM by period", new[] { "" }.Concat(periods.Select(p => p.Label)).ToArray(), rows, note);
    }

    private static string Estimate(ErgmCoefficient c, int d) => NumberFormat.Fixed(c.Estimate, d) + Significance.Stars(c.P, StarThresholds);

    internal static string Method(ErgmMethod method) => method switch
    {
        ErgmMethod.ExactMle => "exact MLE",
        ErgmMethod.Mple => "MPLE",
        _ => "MCMC-MLE",
    };

    private static string Status(ErgmStatus status) => status switch
    {
        ErgmStatus.Converged => "converged",
        ErgmStatus.NotConverged => "not converged",
        ErgmStatus.Separation => "separation",
        _ => "degenerate",
    };

    /// <summary>An observed count without decimals (a model statistic such as Σ gdp may not be whole: two decimals).</summary>
    private static string Count(double value) => NumberFormat.Fixed(value, value == Math.Round(value) ? 0 : 2);

    private static void GoodnessOfFit(List<ReportTable> tables, ErgmAnalysisResult result, PeriodErgm p, ErgmGoodnessOfFitResult gof)
    {
        var rows = new List<string[]>();
        var cut = new List<string>();
        foreach (var (name, table) in new[] { ("model", gof.ModelStatistics), ("degree", gof.Degree), ("ESP", gof.EdgewiseSharedPartners), ("distance", gof.GeodesicDistance) })
        {
            // Long tails (a hub of degree 140) would fill pages: keep the first GofRows values (and distance "Inf").
            var shown = table.Rows.Where((r, i) => i < GofRows || r.Label == "Inf").ToList();
            var hidden = table.Rows.Except(shown).ToList();
            rows.AddRange(shown.Select(r => new[]
            {
                name, r.Label, Count(r.Observed), NumberFormat.Fixed(r.Mean, 2),
                $"[{NumberFormat.Fixed(r.Lower, 2)}, {NumberFormat.Fixed(r.Upper, 2)}]", NumberFormat.Fixed(r.McPValue, 2),
            }));
            if (hidden.Count > 0)
                cut.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name} {hidden[0].Label}–{hidden[^1].Label} ({hidden.Count} rows; observed total {Count(hidden.Sum(r => r.Observed))}, simulated mean total {hidden.Sum(r => r.Mean):F2})"));
        }
        string note = FormattableString.Invariant($"statnet gof: {gof.Simulations} networks simulated at the estimates (seed {gof.Seed}); ") +
            "model = the model's statistics, degree = nodes with k ties, " +
            "ESP = ties whose ends share k partners, distance = node pairs k steps apart (Inf: unreachable). 95 % range = 2.5 % and 97.5 % quantiles of the simulations; " +
            "MC p-value = min(1, 2·min(share ≤ observed, share ≥ observed)): small values flag a statistic the model does not reproduce." +
            (cut.Count > 0 ? $" Only the first {GofRows} values of each distribution are shown; cut here, in results.json: {string.Join("; ", cut)}." : "") +
            (gof.Note is { } n ? " " + n : "");
        TableList.Add(tables, $"{result.Name}: goodness of fit, {p.Label}", ["Statistic", "k", "Observed", "Simulated mean", "95 % range", "MC p-value"], rows, note);
    }
}
