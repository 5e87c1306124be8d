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

    private static Diagnostic[] CompileAgainstPaper1Toolkit(string body)
    {
        var user = "namespace Consumer.Studies { public static class Use { public static double M() { " + body + " } } }";
        GeneratorHarness.RunOnce([GeneratorHarness.Spec("examples/paper1-toolkit.nevspec"), .. GeneratorHarness.DataFiles()], out var output, sources: [user]);
        return output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    [Fact]
    public void AnalysisResultsNameTheirMediatorsTermsGroupsAndVariables() =>
        Assert.Empty(CompileAgainstPaper1Toolkit(
            "var m = Paper1Toolkit.Mechanism(\"specs\"); var t = m.Tech_Market; " +
            "var x = t.Indirect.Estimate + t.A.StdErr + t.B.P + t.Direct.Estimate + t.Total.Estimate + t.Sobel.P + t.Aroian.Z + (t.Goodman?.P ?? 0) + (t.ProportionMediated ?? 0) + (t.BootstrapCi?.Low ?? 0) + m.CIM.Indirect.Estimate; " +
            "var o = Paper1Toolkit.Moderated(\"specs\"); x += o.Interaction.Estimate + o.VA.Estimate + o.Innov.Estimate + o.SimpleSlopes[0].Slope; " +
            "var s = Paper1Toolkit.ByPeriod(\"specs\"); x += s.Group_2018_2019.VA.Estimate + s[\"2020..2023\"].VA.Estimate + (s.Difference ?? 0) + s.WaldP + (s.PermutationP ?? 0); " +
            "x += Paper1Toolkit.ByInfra(\"specs\").Group_low.Nobs + Paper1Toolkit.ByRegion(\"specs\")[\"east\"].VA.Estimate; " +
            "var w = Paper1Toolkit.Table4(\"specs\"); x += w.Count + w.Columns[0].VA.Estimate + w.Columns[5].Hum.Estimate; " +
            "var d = Paper1Toolkit.Table3(\"specs\"); x += d.VA.N + d.VA.Mean + d.Nevd_entropy.Sd + d.Hum.Min + d.Hum.Max; " +
            "NevSpec.Engine.AnalysisResult u = Paper1Toolkit.Nonlinear(\"specs\"); u = Paper1Toolkit.Iv(\"specs\"); " +
            "return x;"));

    [Fact]
    public void AGroupTheSplitDoesNotHaveIsACompileError()
    {
        var errors = CompileAgainstPaper1Toolkit("return Paper1Toolkit.ByPeriod(\"specs\").Group_2018_2020.VA.Estimate;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("Group_2018_2020"));
    }

    [Fact]
    public void AMisspelledMediatorIsACompileError() =>
        Assert.Contains(CompileAgainstPaper1Toolkit("return Paper1Toolkit.Mechanism(\"specs\").Tech_Markt.Indirect.Estimate;"), e => e.Id == "CS1061");
}
