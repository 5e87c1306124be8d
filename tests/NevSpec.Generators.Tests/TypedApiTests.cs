using Microsoft.CodeAnalysis;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>Generated results name their coefficients: a real term compiles, a typo does not.</summary>
public sealed class TypedApiTests
{
    private static Diagnostic[] CompileAgainstGrunfeld(string body)
    {
        var user = "namespace Consumer.Studies { public static class Use { public static double M() { " + body + " } } }";
        GeneratorHarness.RunOnce([GeneratorHarness.Spec("grunfeld.nevspec"), .. GeneratorHarness.DataFiles()], out var output, sources: [user]);
        return output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    [Fact]
    public void AKnownTermCompiles() =>
        Assert.Empty(CompileAgainstGrunfeld("var r = Grunfeld.Twoway(\"specs\"); return r.value.Estimate + r.capital.StdErr + r.value.ConfidenceInterval.Low + r.Nobs + r.R2;"));

    [Fact]
    public void AMisspelledTermIsACompileError()
    {
        var errors = CompileAgainstGrunfeld("var r = Grunfeld.Twoway(\"specs\"); return r.valuee.Estimate;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("valuee"));
    }

    [Fact]
    public void AModelTheSpecDoesNotDefineIsACompileError() =>
        Assert.Contains(CompileAgainstGrunfeld("return Grunfeld.Threeway(\"specs\").value.Estimate;"), e => e.Id == "CS0117");
}
