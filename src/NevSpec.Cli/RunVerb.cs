using NevSpec.Engine;
using NevSpec.Reporting;

namespace NevSpec.Cli;

/// <summary>
/// <c>nevspec run</c>: compile, run every model, print the Markdown tables, and write
/// <c>results.json</c>, the tables in five formats (<c>tables.md</c>, <c>.tex</c>, <c>.html</c>, <c>.csv</c>, <c>.json</c>) and the figures
/// (threshold LR curves; network degree distributions, maps and ERGM goodness of fit per period, PNG and SVG) to the output folder. Exit 1 when
/// the spec has errors or any model could not be estimated (the others are still reported and written). An ERGM period whose estimate is not
/// final (not converged, separation, degenerate) is a warning on stderr and in the table's note, not a failure: the fit is still reported.
/// </summary>
internal sealed class RunVerb(TextWriter stdout, TextWriter stderr)
{
    public int Execute(FileInfo spec, DirectoryInfo? output)
    {
        var compilation = new SpecLoader(stderr).Load(spec, out _);
        if (compilation is null || compilation.HasErrors) return 1;
        var plan = compilation.Plan!;

        var runner = new StudyRunner(spec.DirectoryName ?? ".");
        var study = runner.Run(plan, new SynchronousProgress(stderr));

        var report = new ReportBuilder().Build(study, plan.Tables);
        var tables = MarkdownRenderer.Render(report);
        stdout.Write(tables);

        var folder = output?.FullName ?? Path.Combine("out", plan.Module);
        Directory.CreateDirectory(folder);
        var resultsPath = Path.Combine(folder, "results.json");
        File.WriteAllText(resultsPath, ResultsJsonWriter.Write(study));
        File.WriteAllText(Path.Combine(folder, "tables.md"), tables);
        File.WriteAllText(Path.Combine(folder, "tables.tex"), LatexRenderer.Render(report));
        File.WriteAllText(Path.Combine(folder, "tables.html"), HtmlRenderer.Render(report));
        File.WriteAllText(Path.Combine(folder, "tables.csv"), CsvRenderer.Render(report));
        File.WriteAllText(Path.Combine(folder, "tables.json"), TableJsonRenderer.Render(report));
        stderr.WriteLine($"wrote {resultsPath}");
        foreach (var figure in ThresholdFigures.Write(study, folder).Concat(NetworkFigures.Write(study, folder)))
            stderr.WriteLine($"wrote {figure}");

        foreach (var failed in study.Models.Where(m => !m.Succeeded))
            stderr.WriteLine($"{spec}: error: model '{failed.Name}' could not be estimated: {failed.Error}");
        foreach (var failed in study.NetworkAnalyses.Where(n => !n.Succeeded))
            stderr.WriteLine($"{spec}: error: network analysis '{failed.Name}' could not be run: {failed.Error}");
        foreach (var ergm in study.NetworkAnalyses.OfType<NevSpec.Engine.Networks.ErgmAnalysisResult>())
            foreach (var period in ergm.NonConverged)
                stderr.WriteLine($"{spec}: warning: ERGM '{ergm.Name}', period {period.Label}: the estimate is not final ({period.Fit.Status}): {period.Fit.Message}");
        return study.AllSucceeded ? 0 : 1;
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine($"running {value} …");
    }
}
