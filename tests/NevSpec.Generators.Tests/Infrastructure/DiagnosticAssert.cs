using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NevSpec.Generators.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>A diagnostic with the expected id was reported in <paramref name="path"/> at the expected 1-based position.</summary>
    public static Diagnostic Reported(ImmutableArray<Diagnostic> diagnostics, ExpectLine expect, string path)
    {
        var described = string.Join("\n", diagnostics.Select(Describe));
        var match = diagnostics.FirstOrDefault(d =>
        {
            var span = d.Location.GetLineSpan();
            return d.Id == expect.Id && span.Path == path
                && span.StartLinePosition.Line + 1 == expect.Line && span.StartLinePosition.Character + 1 == expect.Column;
        });
        Assert.True(match is not null, $"Expected {expect} in {path}; got:\n{described}");
        Assert.Equal("NevSpec", match!.Descriptor.Category);
        return match;
    }

    /// <summary>Compiler form: <c>path(line,col): error NEV0002: message</c> (1-based).</summary>
    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
