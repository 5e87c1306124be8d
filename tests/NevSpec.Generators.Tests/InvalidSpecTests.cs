using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>
/// Every <c>specs/invalid/*.nevspec</c>, run through the generator driver, reports the diagnostic its first
/// line expects, in that file, at that 1-based line and column (Roslyn's positions are 0-based).
/// The optional second line <c>// headers: unavailable|throw</c> picks the header host, as in the Language tests:
/// <c>unavailable</c> runs without the data AdditionalFiles. Two cases differ by design on the generator path,
/// which never touches the file system: a data file that is not an AdditionalFile is "not available" (NEV0023,
/// a warning) rather than "not found" (NEV0021), and the host cannot throw, so <c>throw</c> (NEV0024) cannot occur.
/// </summary>
public sealed class InvalidSpecTests
{
    private static readonly Regex HeadersDirective = new(@"^// headers: (unavailable|throw)\s*$", RegexOptions.Multiline);

    public static TheoryData<string> InvalidSpecs() => new(RepoPaths.InvalidSpecNames().Where(n => Directive(n) != "throw"));

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void ReportsTheExpectedDiagnosticAtItsLineAndColumn(string specName)
    {
        var spec = GeneratorHarness.InvalidSpec(specName);
        var expect = ExpectLine.Parse(spec.GetText().ToString());
        if (expect.Id == "NEV0021") expect = expect with { Id = "NEV0023" };

        var result = GeneratorHarness.RunOnce([spec, .. DataFor(specName)], out _);

        DiagnosticAssert.Reported(result.Diagnostics, expect, spec.Path);
    }

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void ErrorsSuppressTheGeneratedSource(string specName)
    {
        var spec = GeneratorHarness.InvalidSpec(specName);
        var result = GeneratorHarness.RunOnce([spec, .. DataFor(specName)], out _);

        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void TheHostThatThrowsIsTheOnlyCaseLeftOut() =>
        Assert.All(RepoPaths.InvalidSpecNames().Where(n => Directive(n) == "throw"),
            n => Assert.StartsWith("// expect: NEV0024", File.ReadAllText(Path.Combine(RepoPaths.InvalidSpecs, n))));

    private static string? Directive(string specName)
    {
        var match = HeadersDirective.Match(File.ReadAllText(Path.Combine(RepoPaths.InvalidSpecs, specName)));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static IEnumerable<AdditionalText> DataFor(string specName) =>
        Directive(specName) == "unavailable" ? [] : GeneratorHarness.DataFiles();
}
