using NevSpec.Language;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

/// <summary>
/// The main job's tables (paper 1's Tables 3–10 and the spec's own `table` statements on the bundled synthetic panel) as a snapshot:
/// any change in a digit of any table shows up here for review.
/// </summary>
public sealed class VirtualAgglomerationReportTests
{
    [Fact]
    public void MainJobTablesAreStable()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "virtual_agglomeration.nevspec"));
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        var study = new Engine.StudyRunner(RepositoryPaths.Specs).Run(plan);
        Assert.True(study.AllSucceeded);
        Snapshot.Match("virtual_agglomeration.tables.md", MarkdownRenderer.Render(new ReportBuilder().Build(study, plan.Tables)));
    }
}
