using System.Text.Json;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Tests;

namespace NevSpec.Engine.Tests;

/// <summary>
/// The whole path spec text → parse → bind → plan → estimation, on specs/grunfeld.nevspec, against
/// shared/reference/grunfeld_twoway.json (R 4.2.2, plm 2.6.2, sandwich 3.0.2; the cluster SEs are the
/// Stata xtreg/reghdfe convention "cluster_a_stata"). Tolerances from shared/reference/README.md:
/// coefficients 1e-8 relative, SEs/t/p/R² 1e-6 relative.
/// </summary>
public sealed class GrunfeldSpecTests
{
    private static readonly StudyResult Study = RunGrunfeld();
    private static readonly JsonElement Reference =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "grunfeld_twoway.json"))).RootElement;

    private static StudyResult RunGrunfeld()
    {
        var path = Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec");
        var compilation = SpecCompiler.Compile(File.ReadAllText(path), new FileSystemHeaderProvider(RepositoryPaths.Specs));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.Format(path))));
        return new StudyRunner(RepositoryPaths.Specs).Run(compilation.Plan!);
    }

    [Theory]
    [InlineData("twoway", "twoway")]
    [InlineData("oneway", "oneway")]
    public void ClusteredModelsMatchStataConventionInReference(string model, string referenceKey)
    {
        var reference = Reference.GetProperty(referenceKey);
        var stata = reference.GetProperty("cluster_a_stata");
        var result = Study[model].Regression!;

        Assert.Equal(reference.GetProperty("N").GetInt32(), result.Nobs);
        Assert.Equal(stata.GetProperty("df").GetInt32(), result.ResidualDf);
        foreach (var term in new[] { "value", "capital" })
        {
            var c = result.Coefficients.Single(x => x.Term == term);
            AssertRelative(reference.GetProperty("coefficients").GetProperty(term).GetDouble(), c.Estimate, 1e-8);
            AssertRelative(stata.GetProperty("se").GetProperty(term).GetDouble(), c.StdErr, 1e-6);
            AssertRelative(stata.GetProperty("t").GetProperty(term).GetDouble(), c.T, 1e-6);
            AssertRelative(stata.GetProperty("p").GetProperty(term).GetDouble(), c.P, 1e-6);
        }
        AssertRelative(reference.GetProperty("r2_within").GetDouble(), result.R2Within!.Value, 1e-6);
    }

    [Fact]
    public void RobustDerivedModelKeepsEstimatesAndSwitchesToHc1()
    {
        var twoway = Study["twoway"].Regression!;
        var robust = Study["robust"].Regression!;
        Assert.Equal("hc1", robust.CovarianceName);
        Assert.Empty(Study["robust"].Plan.ClusterBy);
        for (var i = 0; i < twoway.Coefficients.Count; i++)
            Assert.Equal(twoway.Coefficients[i].Estimate, robust.Coefficients[i].Estimate);
        Assert.NotEqual(twoway.Coefficients[0].StdErr, robust.Coefficients[0].StdErr);
    }

    [Fact]
    public void WhereFilterKeepsTheYearsUpTo1944()
    {
        var early = Study["early"];
        Assert.Equal(100, early.Regression!.Nobs);
        Assert.Equal(100, early.ExcludedByFilter);
    }

    [Fact]
    public void ControlsListIsAppendedAfterTheRegressors()
    {
        var stepped = Study["stepped"].Regression!;
        var twoway = Study["twoway"].Regression!;
        Assert.Equal(new[] { "value", "capital" }, stepped.Coefficients.Select(c => c.Term));
        for (var i = 0; i < 2; i++)
            Assert.Equal(twoway.Coefficients[i].Estimate, stepped.Coefficients[i].Estimate);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2} > {tolerance:E0})");
}
