using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>
/// The generator-only diagnostics (what only the C# side knows). Cases in <c>Cases/*.nevspec</c> use the same
/// <c>// expect: NEVxxxx @ line:col</c> first line as <c>specs/invalid/</c>; a <c>.cs</c> file with the same name
/// is compiled alongside (e.g. a user type the generated class would collide with).
/// </summary>
public sealed class GeneratorCaseTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "NevSpec.Generators.Tests", "Cases");

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(CasesFolder, "*.nevspec").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheExpectedDiagnosticAtItsLineAndColumn(string caseName)
    {
        var text = File.ReadAllText(Path.Combine(CasesFolder, caseName));
        var spec = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/" + caseName, text);
        var companion = Path.ChangeExtension(Path.Combine(CasesFolder, caseName), ".cs");
        string[] sources = File.Exists(companion) ? [File.ReadAllText(companion)] : [];

        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _, sources: sources);

        var expect = ExpectLine.Parse(text);
        DiagnosticAssert.Reported(result.Diagnostics, expect, spec.Path);
        // A colliding class is not generated at all; a colliding model is left out of an otherwise generated class.
        if (expect.Id == "NEV0035") Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void TwoSpecsWithTheSameModuleAreNev0027()
    {
        var spec = GeneratorHarness.Spec(RepoPaths.ValidSpecNames().First());
        var copy = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/zzzz-copy.nevspec", spec.GetText().ToString());

        var result = GeneratorHarness.RunOnce([spec, copy, .. GeneratorHarness.DataFiles()], out _);

        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "NEV0037");
        Assert.Equal(copy.Path, duplicate.Location.GetLineSpan().Path);
        Assert.Single(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void WithoutNevSpecEngineTheSpecIsCheckedButNotGeneratedNev0028()
    {
        var spec = GeneratorHarness.Spec(RepoPaths.ValidSpecNames().First());

        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _, withEngine: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("NEV0038", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void AnUnreadableSpecIsNev0029()
    {
        var spec = new UnreadableText(GeneratorHarness.ProjectDirectory + "/specs/gone.nevspec");

        var result = GeneratorHarness.RunOnce([spec], out _);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("NEV0039", error.Id);
        Assert.Equal(spec.Path, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void AStaticPartialClassWithTheModuleNameExtendsTheGeneratedClass()
    {
        var spec = GeneratorHarness.Spec(RepoPaths.ValidSpecNames().First());
        var first = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _);
        var className = System.Text.RegularExpressions.Regex.Match(first.Results.Single().GeneratedSources.Single().SourceText.ToString(), @"public static partial class (\w+)").Groups[1].Value;

        var extension = "namespace Consumer.Studies { public static partial class " + className + " { public static int Extra => 1; } }";
        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out var output, sources: [extension]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void NevSpecNamespaceOverridesTheRootNamespace()
    {
        var spec = GeneratorHarness.Spec(RepoPaths.ValidSpecNames().First());

        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _,
            options: GeneratorHarness.Options(rootNamespace: "Root", nevSpecNamespace: "My.Studies"));

        Assert.Contains("namespace My.Studies", result.Results.Single().GeneratedSources.Single().SourceText.ToString());
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
