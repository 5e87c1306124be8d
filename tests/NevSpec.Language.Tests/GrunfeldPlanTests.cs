using System.IO;
using NevSpec.Language.Plan;
using static NevSpec.Language.EquatableArray;

namespace NevSpec.Language.Tests;

/// <summary>The Grunfeld spec binds to exactly these plan records: the contract with the engine and the generator.</summary>
public class GrunfeldPlanTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));

    private static StudyPlan Expected()
    {
        var firmYear = From("firm", "year");
        var valueCapital = From("value", "capital");
        var none = EquatableArray<string>.Empty;
        var byFirm = From("firm");
        var twoway = new ModelPlan("twoway", null, "firms", "inv", valueCapital, none, firmYear, byFirm, VcovKind.Cr1, null);
        return new StudyPlan(
            "Grunfeld",
            null,
            From(new DataSourcePlan("firms", "data/grunfeld.csv", "firm", "year", "Two-way fixed effects on the Grunfeld investment data.")),
            From(
                twoway,
                new ModelPlan("oneway", null, "firms", "inv", valueCapital, none, byFirm, byFirm, VcovKind.Cr1, null),
                twoway with { Name = "robust", ClusterBy = none, Vcov = VcovKind.Hc1 },
                twoway with
                {
                    Name = "early",
                    Where = new ComparisonFilter(ComparisonOperator.LessOrEqual, new ColumnFilterValue("year"), new NumberFilterValue(1944)),
                },
                new ModelPlan("stepped", null, "firms", "inv", From("value"), From("capital"), firmYear, byFirm, VcovKind.Cr1, null)));
    }

    [Fact]
    public void GrunfeldSpecBindsToTheExpectedPlan()
    {
        var compilation = SpecCompiler.Compile(Text, new FileSystemHeaderProvider(RepositoryPaths.Specs));

        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(Expected(), compilation.Plan);
    }

    [Fact]
    public void GrunfeldSpecBindsTheSameWithoutHeaders() =>
        Assert.Equal(Expected(), SpecCompiler.Compile(Text).Plan);

    [Fact]
    public void CompilingTwiceGivesEqualPlansAndDiagnostics()
    {
        var first = SpecCompiler.Compile(Text, new FileSystemHeaderProvider(RepositoryPaths.Specs));
        var second = SpecCompiler.Compile(Text, new FileSystemHeaderProvider(RepositoryPaths.Specs));

        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(first.Plan!.GetHashCode(), second.Plan!.GetHashCode());
        Assert.Equal(first.Syntax, second.Syntax);
    }

    [Fact]
    public void ParseAndBindSeparatelyGiveTheCompilersPlan()
    {
        var parsed = NevSpecParser.TryParse(Text);
        var bound = NevSpecBinder.Bind(parsed.Module!, null);

        Assert.True(parsed.Success);
        Assert.Equal(Expected(), bound.Plan);
    }
}
