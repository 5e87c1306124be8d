using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NevSpec.Language.Diagnostics;

namespace NevSpec.Language.Tests;

/// <summary>
/// Every <c>specs/invalid/*.nevspec</c> says on its first line which diagnostic it must produce and where:
/// <c>// expect: NEV0003 @ 4:12</c>. An optional second line <c>// headers: unavailable|throw</c> picks the host.
/// </summary>
public class InvalidSpecTests
{
    private static readonly Regex Expectation = new(@"^// expect: (NEV\d{4}) @ (\d+):(\d+)\s*$");
    private static readonly Regex HeadersDirective = new(@"^// headers: (unavailable|throw)\s*$");

    public static IEnumerable<object[]> InvalidSpecs() =>
        Directory.GetFiles(RepositoryPaths.InvalidSpecs, "*.nevspec").OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void InvalidSpecReportsItsExpectedDiagnosticAtItsPosition(string fileName)
    {
        var (text, id, line, column) = Read(fileName);
        var compilation = SpecCompiler.Compile(text, ProviderFor(text));

        var found = compilation.Diagnostics.Any(d => d.Id == id && d.Span.StartLine == line && d.Span.StartColumn == column);
        Assert.True(found, $"{fileName}: expected {id} @ {line}:{column}, got:\n" +
                           string.Join("\n", compilation.Diagnostics.Select(d => d.Format(fileName))));
    }

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void InvalidSpecProducesNoPlanUnlessItOnlyWarns(string fileName)
    {
        var (text, id, _, _) = Read(fileName);
        var compilation = SpecCompiler.Compile(text, ProviderFor(text));
        var expectsWarning = DiagnosticCatalogue.All.Single(d => d.Id == id).Severity == DiagnosticSeverity.Warning;

        Assert.Equal(!expectsWarning, compilation.HasErrors);
        Assert.Equal(expectsWarning, compilation.Plan is not null);
    }

    [Fact]
    public void EveryCatalogueIdHasAnInvalidSpec()
    {
        var covered = InvalidSpecs().Select(f => Read((string)f[0]).Id).ToHashSet();
        var missing = DiagnosticCatalogue.All.Select(d => d.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "no specs/invalid case for: " + string.Join(", ", missing));
    }

    private static (string Text, string Id, int Line, int Column) Read(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.InvalidSpecs, fileName));
        var match = Expectation.Match(text.Split('\n')[0]);
        Assert.True(match.Success, fileName + ": the first line must be '// expect: NEVxxxx @ line:col'");
        return (text, match.Groups[1].Value, int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
    }

    private static IDataHeaderProvider ProviderFor(string text)
    {
        var lines = text.Split('\n');
        var directive = lines.Length > 1 ? HeadersDirective.Match(lines[1]) : Match.Empty;
        return !directive.Success ? new FileSystemHeaderProvider(RepositoryPaths.InvalidSpecs)
            : directive.Groups[1].Value == "throw" ? new ThrowingHeaderProvider()
            : new UnavailableHeaderProvider();
    }
}
