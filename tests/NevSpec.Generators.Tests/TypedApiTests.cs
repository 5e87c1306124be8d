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
            "var h = Paper1Toolkit.Nonlinear(\"specs\"); x += h.Tests.Single.PValue + h.Tests.Double.F + h.Tests.Triple.Critical95 + h.Thresholds[0].Estimate + h.Thresholds[0].Lower + h.Thresholds[0].Upper; " +
            "x += h.Single.Regime1.VA.Estimate + h.Single.Regime2.VA.StdErr + h.Double.Regime3.VA.P + h.Triple.Regime4.VA.Estimate + h.Single.Open.Estimate + h.Single.Regimes.Count + h.Raw.Threshold!.Units; " +
            "var iv = Paper1Toolkit.Iv(\"specs\"); x += iv.VA.Estimate + iv.Open.StdErr + iv.FirstStage.VA.F.Value + iv.FirstStage.VA.PartialR2 + iv.FirstStages[0].Nobs; " +
            "x += (iv.KleibergenPaapLm?.Value ?? 0) + (iv.KleibergenPaapWaldF?.Value ?? 0) + (iv.StockYogo10 ?? 0) + iv.CraggDonaldF.Value + iv.AndersonRubinF.Value + iv.Raw.Iv!.Nobs; " +
            "return x;"));

    [Fact]
    public void AGroupTheSplitDoesNotHaveIsACompileError()
    {
        var errors = CompileAgainstPaper1Toolkit("return Paper1Toolkit.ByPeriod(\"specs\").Group_2018_2020.VA.Estimate;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("Group_2018_2020"));
    }

    [Fact]
    public void ATestBeyondTheSpecsMaxIsNullableAndARegimeBeyondTheModelDoesNotExist()
    {
        // virtual_agglomeration: threshold max = 2, so Tests.Triple is a nullable Test and Single has two regimes.
        var user = "namespace Consumer.Studies { public static class Use { public static double M() { var h = VirtualAgglomeration.Nonlinear(\"specs\"); " +
            "return h.Tests.Double.F + h.Tests.Triple.F + h.Single.Regime3.VA.Estimate; } } }";
        GeneratorHarness.RunOnce([GeneratorHarness.Spec("virtual_agglomeration.nevspec"), .. GeneratorHarness.DataFiles()], out var output, sources: [user]);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("Regime3"));
        Assert.Contains(output.GetDiagnostics(), e => e.Id == "CS8602");   // dereference of the possibly null Triple
        Assert.DoesNotContain(errors, e => e.GetMessage().Contains("'Double'"));
    }

    private const string EdgeSpec = """
        module Edge
        let provinces = panel "data/provinces.csv" { id = province; time = year }
        let m =
            regress Nevd [ VA; Open ] [ Gov ]
            |> fe [ province; year ]
            |> cluster province
        let h = m |> threshold VA { regimes = [ VA; Open ]; max = 1; levels = [ 0.975 ] }
        let z = m |> instrument [ VA; Open ] [ post_tel_1984 * year; internet_ports; digital_infra ] { estimator = liml }
        """;

    private static (Diagnostic[] Errors, Diagnostic[] All) CompileAgainstEdge(string body)
    {
        var user = "namespace Consumer.Studies { public static class Use { public static double M() { " + body + " } } }";
        var spec = new TestAdditionalText(GeneratorHarness.ProjectDirectory + "/specs/edge.nevspec", EdgeSpec);
        var result = GeneratorHarness.RunOnce([spec, .. GeneratorHarness.DataFiles()], out var output, sources: [user]);
        Assert.Empty(result.Diagnostics);
        var all = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        return (all.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray(), all);
    }

    [Fact]
    public void SeveralRegimeDependentRegressorsCustomLevelsSeveralEndogenousAndLimlAreTyped()
    {
        var (errors, all) = CompileAgainstEdge(
            "var h = Edge.H(\"specs\"); var x = h.Tests.Single.Critical97_5 + h.Thresholds[0].Interval(0.975).Lower + h.Single.Regime2.Open.Estimate + h.Single.Regime1.VA.P + h.Single.Gov.Estimate; " +
            "x += (h.Tests.Double?.F ?? 0) + (h.Double?.Regime3.VA.Estimate ?? 0); " +
            "var z = Edge.Z(\"specs\"); x += z.VA.Estimate + z.Open.Estimate + z.Gov.Estimate + z.FirstStage.VA.internet_ports.Estimate + z.FirstStage.Open.digital_infra.Estimate; " +
            "x += z.FirstStage.Open.post_tel_1984___year.Estimate + (z.StockYogo10 ?? 0) + z.FirstStage.VA.SandersonWindmeijerF.Value; return x;");

        Assert.Empty(all);
        Assert.Empty(errors);
    }

    [Fact]
    public void LimlHasNoTslsBiasCriticalValuesAndMaxOneHasNoCritical95()
    {
        var (errors, _) = CompileAgainstEdge("return (Edge.Z(\"specs\").StockYogoBias10 ?? 0) + Edge.H(\"specs\").Tests.Single.Critical95;");

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("StockYogoBias10"));
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("Critical95"));
    }

    [Fact]
    public void AMisspelledMediatorIsACompileError() =>
        Assert.Contains(CompileAgainstPaper1Toolkit("return Paper1Toolkit.Mechanism(\"specs\").Tech_Markt.Indirect.Estimate;"), e => e.Id == "CS1061");
}
