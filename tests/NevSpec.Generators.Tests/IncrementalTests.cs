using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>The pipeline serves unchanged specs from cache and regenerates only what an edit touches.</summary>
public sealed class IncrementalTests
{
    private static string FirstSpecName => RepoPaths.ValidSpecNames().First();

    private static TestAdditionalText SpecWithModule(string path, string text, string module) =>
        new(path, Regex.Replace(text, @"\bmodule\s+[\w']+", "module " + module));

    private static (TestAdditionalText A, TestAdditionalText B) TwoSpecs()
    {
        var spec = GeneratorHarness.Spec(FirstSpecName);
        var text = spec.GetText().ToString();
        return (SpecWithModule(GeneratorHarness.ProjectDirectory + "/specs/a.nevspec", text, "StudyA"),
                SpecWithModule(GeneratorHarness.ProjectDirectory + "/specs/b.nevspec", text, "StudyB"));
    }

    [Fact]
    public void SecondIdenticalRunIsCachedAtEveryTrackedStep()
    {
        var (a, b) = TwoSpecs();
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver([a, b, .. GeneratorHarness.DataFiles()]), compilation);
        var first = driver.GetRunResult();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        IncrementalAssert.SecondRunIsCached(first, second, TrackingNames.All);
        Assert.All(IncrementalAssert.OutputReasons(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void NoTrackedStepOutputsABannedRoslynType()
    {
        var (a, b) = TwoSpecs();
        var result = GeneratorHarness.RunOnce([a, b, .. GeneratorHarness.DataFiles()], out _);

        Assert.Equal(2, result.Results.Single().GeneratedSources.Length);
        IncrementalAssert.NoBannedTypes(result, TrackingNames.All);
    }

    [Fact]
    public void EditingOneSpecOfTwoRegeneratesOnlyThatSpec()
    {
        var (a, b) = TwoSpecs();
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver([a, b, .. GeneratorHarness.DataFiles()]), compilation);

        var edited = SpecWithModule(a.Path, a.GetText().ToString(), "StudyAEdited");
        driver = driver.ReplaceAdditionalText(a, edited).RunGenerators(compilation);
        var result = driver.GetRunResult();

        var models = result.Results.Single().TrackedSteps[TrackingNames.SpecModels];
        var reasons = models.SelectMany(s => s.Outputs.Select(o => (Path: ((NevSpec.Generators.Models.SpecModel)o.Value).Path, o.Reason))).ToArray();
        Assert.Contains(reasons, r => r.Path == a.Path && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(reasons, r => r.Path == b.Path && r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        var outputs = IncrementalAssert.OutputReasons(result);
        Assert.Single(outputs, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(outputs, r => r == IncrementalStepRunReason.Cached);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("class StudyAEdited"));
    }

    [Fact]
    public void AWhitespaceOnlyEditRegeneratesNothing()
    {
        var (a, b) = TwoSpecs();
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver([a, b, .. GeneratorHarness.DataFiles()]), compilation);

        var edited = new TestAdditionalText(a.Path, a.GetText().ToString() + "\n\n");
        var result = driver.ReplaceAdditionalText(a, edited).RunGenerators(compilation).GetRunResult();

        Assert.All(IncrementalAssert.OutputReasons(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingUnrelatedCSharpCodeRegeneratesNothing()
    {
        var (a, b) = TwoSpecs();
        var compilation = GeneratorHarness.Compilation(["namespace Consumer { public static class Helpers { } }"]);
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver([a, b, .. GeneratorHarness.DataFiles()]), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public static class More { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        var facts = result.Results.Single().TrackedSteps[TrackingNames.ModuleFacts];
        Assert.All(facts.SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(IncrementalAssert.OutputReasons(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void AV2SpecWithAnalysesIsCachedAndOutputsNoBannedType()
    {
        var spec = GeneratorHarness.Spec("examples/paper1-toolkit.nevspec");
        var compilation = GeneratorHarness.Compilation();
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Driver([spec, .. GeneratorHarness.DataFiles()]), compilation);
        var first = driver.GetRunResult();
        IncrementalAssert.NoBannedTypes(first, TrackingNames.All);

        var second = driver.ReplaceAdditionalText(spec, new TestAdditionalText(spec.Path, spec.GetText().ToString() + "\n// a comment\n"))
            .RunGenerators(compilation.Clone()).GetRunResult();

        Assert.All(IncrementalAssert.OutputReasons(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
