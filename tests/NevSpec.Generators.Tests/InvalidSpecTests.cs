using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>
/// Every <c>specs/invalid/*.nevspec</c>, run through the generator driver, reports the diagnostic its first
/// line expects, in that file, at that 1-based line and column (Roslyn's positions are 0-based).
/// </summary>
public sealed class InvalidSpecTests
{
    public static TheoryData<string> InvalidSpecs() => new(RepoPaths.InvalidSpecNames());

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void ReportsTheExpectedDiagnosticAtItsLineAndColumn(string specName)
    {
        var spec = GeneratorHarness.InvalidSpec(specName);
        var expect = ExpectLine.Parse(spec.GetText().ToString());

        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _);

        DiagnosticAssert.Reported(result.Diagnostics, expect, spec.Path);
    }

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void ErrorsSuppressTheGeneratedSource(string specName)
    {
        var spec = GeneratorHarness.InvalidSpec(specName);
        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out _);

        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            Assert.Empty(result.Results.Single().GeneratedSources);
    }
}
