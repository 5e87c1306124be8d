using System.Text.Json;
using NevSpec.Consumer.Tests.Studies;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Consumer.Tests;

/// <summary>The paper-1 baseline through its generated class: <c>result.VA</c> carries the CLI's bits.</summary>
public sealed class GeneratedVirtualAgglomerationTests
{
    private static readonly string SpecPath = Path.Combine(RepositoryPaths.Specs, "virtual_agglomeration.nevspec");

    [Fact]
    public void GeneratedPlanEqualsTheCliPlan() =>
        Assert.Equal(SpecCompiler.Compile(File.ReadAllText(SpecPath), new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan, VirtualAgglomeration.Plan);

    [Fact]
    public void TypedVaCoefficientOfEveryColumnMatchesResultsJsonBitForBit()
    {
        var plan = SpecCompiler.Compile(File.ReadAllText(SpecPath), new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        var json = JsonDocument.Parse(ResultsJsonWriter.Write(new StudyRunner(RepositoryPaths.Specs).Run(plan))).RootElement.GetProperty("models");

        foreach (var model in plan.Models.Where(m => m.Regressors.Contains("VA")))
        {
            var estimate = json.GetProperty(model.Name).GetProperty("coefficients").EnumerateArray()
                .Single(c => c.GetProperty("term").GetString() == "VA").GetProperty("estimate").GetDouble();
            var generated = VirtualAgglomeration.Plan.Models.Single(m => m.Name == model.Name);
            var va = new StudyRunner(RepositoryPaths.Specs).RunModel(VirtualAgglomeration.Plan, generated.Name).Regression!["VA"].Estimate;
            Assert.Equal(BitConverter.DoubleToInt64Bits(estimate), BitConverter.DoubleToInt64Bits(va));
        }
        Assert.Equal(
            BitConverter.DoubleToInt64Bits(json.GetProperty("baseline").GetProperty("coefficients")[0].GetProperty("estimate").GetDouble()),
            BitConverter.DoubleToInt64Bits(VirtualAgglomeration.Baseline(RepositoryPaths.Specs).VA.Estimate));
    }

    private static readonly Lazy<NevSpec.Language.Plan.StudyPlan> CliPlan = new(() =>
        SpecCompiler.Compile(File.ReadAllText(SpecPath), new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!);

    /// <summary>What <c>nevspec run</c> computes for one analysis (a runner of its own, as the CLI has).</summary>
    private static T Cli<T>(string name) where T : AnalysisResult
    {
        var result = new StudyRunner(RepositoryPaths.Specs).RunAnalysis(CliPlan.Value, CliPlan.Value.Analyses.Single(a => a.Name == name));
        Assert.Null(result.Error);
        return Assert.IsType<T>(result);
    }

    private static readonly Lazy<ThresholdAnalysisResult> CliThreshold = new(() => Cli<ThresholdAnalysisResult>("nonlinear"));
    private static readonly Lazy<VirtualAgglomeration.NonlinearResult> GeneratedThreshold = new(() => VirtualAgglomeration.Nonlinear(RepositoryPaths.Specs));

    [Fact]
    public void ThresholdTestsAndEstimatesMatchTheCliBitForBit()
    {
        var cli = CliThreshold.Value.Threshold!;
        var r = GeneratedThreshold.Value;

        Assert.Equal(2, cli.Steps.Count);
        foreach (var (expected, actual) in new[] { (cli.Tests[0], r.Tests.Single), (cli.Tests[1], r.Tests.Double) })
        {
            AssertBits(expected.F, actual.F);
            AssertBits(expected.PValue, actual.PValue);
            Assert.Equal(300, actual.Replications);
            AssertBits(expected.CriticalValue(0.90), actual.Critical90);
            AssertBits(expected.CriticalValue(0.95), actual.Critical95);
            AssertBits(expected.CriticalValue(0.99), actual.Critical99);
            AssertBits(expected.CriticalValue(0.95), actual.CriticalValue(0.95));
        }
        Assert.Null(r.Tests.Triple);
        Assert.Null(r.Triple);
        Assert.True(double.IsNaN(r.Tests.Single.CriticalValue(0.5)));

        Assert.Equal(cli.Thresholds.Count, r.Thresholds.Count);
        for (var i = 0; i < cli.Thresholds.Count; i++)
        {
            AssertBits(cli.Thresholds[i].Value, r.Thresholds[i].Estimate);
            AssertBits(cli.Thresholds[i].Interval(0.95).Lower, r.Thresholds[i].Lower);
            AssertBits(cli.Thresholds[i].Interval(0.95).Upper, r.Thresholds[i].Upper);
            AssertBits(cli.Thresholds[i].Interval(0.99).Upper, r.Thresholds[i].Interval(0.99).Upper);
            Assert.Equal(cli.Thresholds[i].LikelihoodRatio, r.Thresholds[i].LikelihoodRatio);
        }
        Assert.Equal(cli.Observations, r.Nobs);
        Assert.Equal(cli.Notes, r.Notes);
    }

    [Fact]
    public void ThresholdRegimeSlopesMatchTheCliBitForBit()
    {
        var cli = CliThreshold.Value.Threshold!;
        var r = GeneratedThreshold.Value;

        // Single model: VA's slope below and above the threshold; the controls are regime-independent.
        AssertSlope(cli.Single.Coefficients.Single(c => c.Regressor == "VA" && c.Regime == 1), r.Single.Regime1.VA);
        AssertSlope(cli.Single.Coefficients.Single(c => c.Regressor == "VA" && c.Regime == 2), r.Single.Regime2.VA);
        AssertSlope(cli.Single.Coefficients.Single(c => c.Regressor == "Open" && c.Regime is null), r.Single.Open);
        AssertBits(double.NegativeInfinity, r.Single.Regime1.Lower);
        AssertBits(cli.Single.Thresholds[0], r.Single.Regime1.Upper);
        AssertBits(cli.Single.Thresholds[0], r.Single.Regime2.Lower);
        AssertBits(double.PositiveInfinity, r.Single.Regime2.Upper);
        Assert.Equal(2, r.Single.Regimes.Count);
        AssertBits(cli.Single.Sse, r.Single.Sse);

        // Double model: three regimes, bounded by its (refined) thresholds.
        for (var regime = 1; regime <= 3; regime++)
            AssertSlope(cli.Double!.Coefficients.Single(c => c.Regressor == "VA" && c.Regime == regime), r.Double.Regimes[regime - 1].VA);
        Assert.Equal(cli.Double!.Thresholds, r.Double.Thresholds);
        AssertBits(cli.Double.Thresholds[1], r.Double.Regime3.Lower);
        AssertSlope(cli.Double.Coefficients.Single(c => c.Regressor == "Hum" && c.Regime is null), r.Double.Hum);
        AssertBits(cli.Double.Test.F, r.Double.Test.F);
        Assert.Same(cli.GetType(), r.Threshold.GetType());
    }

    [Fact]
    public void IvSecondStageFirstStageAndDiagnosticsMatchTheCliBitForBit()
    {
        var cli = Cli<IvAnalysisResult>("iv").Iv!;
        var r = VirtualAgglomeration.Iv(RepositoryPaths.Specs);

        AssertSame(cli["VA"], r.VA);
        AssertSame(cli["Hum"], r.Hum);
        AssertSame(cli["Open"], r["Open"]);
        Assert.Equal(cli.Coefficients, r.Coefficients);

        var first = cli.FirstStages.Single(f => f.Endogenous == "VA");
        Assert.Equal("VA", r.FirstStage.VA.Endogenous);
        AssertSame(first.Regression["post_tel_1984 * year"], r.FirstStage.VA.post_tel_1984___year);
        Assert.Equal(first.F, r.FirstStage.VA.F);
        AssertBits(first.PartialR2, r.FirstStage.VA.PartialR2);
        Assert.Equal(first.SandersonWindmeijerF, r.FirstStage.VA.SandersonWindmeijerF);
        Assert.Equal(first.Regression.Coefficients, r.FirstStages[0].Regression.Coefficients);

        var d = cli.Diagnostics;
        Assert.Equal(d.KleibergenPaapLm, r.KleibergenPaapLm);
        Assert.Equal(d.KleibergenPaapWaldF, r.KleibergenPaapWaldF);
        Assert.Equal(d.CraggDonaldF, r.CraggDonaldF);
        Assert.Equal(d.AndersonRubinF, r.AndersonRubinF);
        Assert.Equal(d.Overidentification, r.Overidentification);
        Assert.Equal(d.Endogeneity, r.Endogeneity);
        Assert.Equal(d.Underidentification, r.Underidentification);
        var size10 = d.StockYogo.Single(c => c.Table == "2SLS maximal IV size" && c.Threshold == 10).Value;
        Assert.NotNull(size10);
        AssertBits(size10!.Value, r.StockYogo10!.Value);
        Assert.Equal(d.StockYogo.Single(c => c.Table == "2SLS relative bias" && c.Threshold == 10).Value, r.StockYogoBias10);
        Assert.Equal(cli.Nobs, r.Nobs);
    }

    [Fact]
    public void AnalysesRunOnASuppliedFrameGiveTheSameBits()
    {
        var source = CliPlan.Value.Sources.Single();
        var frame = CsvReader.Read(Path.Combine(RepositoryPaths.Specs, source.Path));

        var iv = VirtualAgglomeration.Iv(frame);
        AssertSame(Cli<IvAnalysisResult>("iv").Iv!["VA"], iv.VA);

        var stepwise = VirtualAgglomeration.Table4(frame);
        var expected = VirtualAgglomeration.Table4(RepositoryPaths.Specs);
        Assert.Equal(expected.Count, stepwise.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected.Columns[i].Regression.Coefficients, stepwise.Columns[i].Regression.Coefficients);
    }

    private static void AssertSlope(ThresholdCoefficient expected, VirtualAgglomeration.Coefficient actual)
    {
        Assert.Equal(expected.Term, actual.Term);
        AssertBits(expected.Estimate, actual.Estimate);
        AssertBits(expected.StdErr, actual.StdErr);
        AssertBits(expected.T, actual.T);
        AssertBits(expected.P, actual.P);
        Assert.True(actual.IsEstimated);
    }

    private static void AssertSame(CoefficientEstimate expected, VirtualAgglomeration.Coefficient actual)
    {
        Assert.Equal(expected.Term, actual.Term);
        AssertBits(expected.Estimate, actual.Estimate);
        AssertBits(expected.StdErr, actual.StdErr);
        AssertBits(expected.T, actual.T);
        AssertBits(expected.P, actual.P);
        AssertBits(expected.CiLow, actual.CiLow);
        AssertBits(expected.CiHigh, actual.CiHigh);
        Assert.True(actual.IsEstimated);
    }

    private static void AssertBits(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
}
