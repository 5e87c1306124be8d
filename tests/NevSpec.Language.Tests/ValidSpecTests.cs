using System.Collections.Generic;
using System.IO;
using System.Linq;
using NevSpec.Language.Diagnostics;

namespace NevSpec.Language.Tests;

/// <summary>
/// Every <c>specs/*.nevspec</c> and <c>specs/examples/*.nevspec</c> is a valid spec: it binds against its data without
/// diagnostics and survives formatting.
/// </summary>
public class ValidSpecTests
{
    public static IEnumerable<object[]> ValidSpecs() =>
        Directory.GetFiles(RepositoryPaths.Specs, "*.nevspec")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Specs, "examples"), "*.nevspec"))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Specs, f).Replace('\\', '/'))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Fact]
    public void TheV2ExamplesAreAmongTheValidSpecs() =>
        Assert.Contains(ValidSpecs(), f => ((string)f[0]).StartsWith("examples/", System.StringComparison.Ordinal));

    [Fact]
    public void TheGrunfeldSpecIsAmongTheValidSpecs() =>
        Assert.Contains(ValidSpecs(), f => (string)f[0] == "grunfeld.nevspec");

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void ValidSpecBindsWithoutDiagnostics(string fileName)
    {
        var compilation = Compile(Read(fileName), fileName);

        Assert.True(compilation.Diagnostics.Count == 0, string.Join("\n", compilation.Diagnostics.Select(d => d.Format(fileName))));
        Assert.NotNull(compilation.Plan);
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void FormattedSpecBindsToTheSamePlan(string fileName)
    {
        var original = Compile(Read(fileName), fileName);
        var formatted = SpecFormatter.Format(original.Syntax!);

        Assert.Equal(original.Plan, Compile(formatted, fileName).Plan);
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void FormattingIsIdempotent(string fileName)
    {
        var once = SpecFormatter.Format(NevSpecParser.TryParse(Read(fileName)).Module!);
        var twice = SpecFormatter.Format(NevSpecParser.TryParse(once).Module!);

        Assert.Equal(once, twice);
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void FormattingKeepsEveryComment(string fileName)
    {
        var text = Read(fileName);
        var formatted = SpecFormatter.Format(NevSpecParser.TryParse(text).Module!);

        foreach (var line in text.Split('\n'))
        {
            var comment = line.IndexOf("//", System.StringComparison.Ordinal);
            if (comment >= 0) Assert.Contains(line.Substring(comment).Trim().TrimStart('/').Trim(), formatted);
        }
    }

    [Theory]
    [MemberData(nameof(ValidSpecs))]
    public void ModuleToStringIsTheFormattedText(string fileName)
    {
        var module = NevSpecParser.TryParse(Read(fileName)).Module!;

        Assert.Equal(SpecFormatter.Format(module), module.ToString());
    }

    private static string Read(string fileName) => File.ReadAllText(Path.Combine(RepositoryPaths.Specs, fileName));

    [Fact]
    public void TheNetworkSpecIsAmongTheValidSpecs() =>
        Assert.Contains(ValidSpecs(), f => (string)f[0] == "network_resilience.nevspec");

    private static SpecCompilation Compile(string text, string fileName) =>
        SpecCompiler.Compile(text, new FileSystemHeaderProvider(Path.GetDirectoryName(Path.Combine(RepositoryPaths.Specs, fileName))!));
}
