using System.Text.RegularExpressions;
using NevSpec.Generators.Diagnostics;
using NevSpec.Generators.Tests.Infrastructure;
using NevSpec.Language.Diagnostics;

namespace NevSpec.Generators.Tests;

/// <summary>One catalogue: every NEV id maps onto a Roslyn descriptor, is tracked in AnalyzerReleases, and has a case.</summary>
public sealed class CatalogueTests
{
    private static readonly string GeneratorFolder = Path.Combine(RepoPaths.Root, "generators", "NevSpec.Generators");

    private static IEnumerable<Language.Diagnostics.DiagnosticDescriptor> AllDescriptors =>
        DiagnosticCatalogue.All.Concat(GeneratorDiagnostics.All);

    [Fact]
    public void GeneratorFailuresUseTheCataloguesInternalError() =>
        Assert.Same(DiagnosticCatalogue.InternalError, GeneratorDiagnostics.InternalError);

    [Fact]
    public void EveryCatalogueEntryBecomesARoslynDescriptorWithTheSameText()
    {
        foreach (var nev in AllDescriptors)
        {
            var roslyn = RoslynDescriptors.Get(nev.Id);
            Assert.Equal(nev.Id, roslyn.Id);
            Assert.Equal(nev.Title, roslyn.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(nev.MessageFormat, roslyn.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("NevSpec", roslyn.Category);
        }
    }

    [Fact]
    public void LanguageAndGeneratorIdsTogetherNumberTheCatalogueWithoutGapsOrOverlaps()
    {
        // One catalogue: the generator-only ids (NEV0035–NEV0039) sit in the sequence between language ids.
        var ids = AllDescriptors.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var numbers = ids.Select(id => int.Parse(id.Substring(3), System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, numbers.Length), numbers);
    }

    [Fact]
    public void AnalyzerReleasesListEveryIdOnceWithItsSeverity()
    {
        var text = File.ReadAllText(Path.Combine(GeneratorFolder, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(GeneratorFolder, "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(text, @"^(NEV\d{4})\s*\|\s*NevSpec\s*\|\s*(\w+)\s*\|", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Severity: m.Groups[2].Value)).ToArray();

        Assert.Equal(AllDescriptors.Select(d => (d.Id, d.Severity.ToString())).Order(), rows.Order());
    }

    [Fact]
    public void EveryIdHasAnInvalidSpecCaseOrADedicatedTest()
    {
        var covered = RepoPaths.InvalidSpecNames().Select(n => File.ReadAllText(Path.Combine(RepoPaths.InvalidSpecs, n)))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "NevSpec.Generators.Tests", "Cases"), "*.nevspec").Select(File.ReadAllText))
            .Select(t => ExpectLine.Parse(t).Id)
            .ToHashSet();
        // Provoked by code in GeneratorCaseTests rather than by a spec file.
        covered.UnionWith(["NEV0037", "NEV0038", "NEV0039"]);

        var missing = AllDescriptors.Select(d => d.Id).Where(id => !covered.Contains(id)).ToArray();
        Assert.True(missing.Length == 0, "No invalid case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void AnUnknownIdIsReportedAsAnInternalError() =>
        Assert.Equal("NEV0024", RoslynDescriptors.Get("NEV9999").Id);
}
