using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>The generated source of every valid spec in <c>specs/</c>, against checked-in snapshots.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> ValidSpecs() => new(RepoPaths.ValidSpecNames());

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void GeneratedSourceMatchesSnapshot(string specName)
    {
        var result = GeneratorHarness.RunOnce([GeneratorHarness.Spec(specName), .. GeneratorHarness.DataFiles()], out var output);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = Assert.Single(result.Results.Single().GeneratedSources);
        Snapshot.Verify(Path.GetFileNameWithoutExtension(specName), source.SourceText.ToString());
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void GeneratedSourceCompilesWithoutWarnings(string specName)
    {
        GeneratorHarness.RunOnce([GeneratorHarness.Spec(specName), .. GeneratorHarness.DataFiles()], out var output);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(p => p.ToString())));
    }

    [Fact]
    public void EveryValidSpecIsCovered() => Assert.NotEmpty(RepoPaths.ValidSpecNames());
}
