using NevSpec.Consumer.Tests.Studies;
using NevSpec.Core.Estimation;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Consumer.Tests;

/// <summary>
/// The v2 example spec through its generated class: the generated plan is the CLI's plan record for record, and
/// each typed analysis result (stepwise, mediation, moderation, split, descriptives) carries the bits the CLI path
/// (<see cref="SpecCompiler"/> + <see cref="StudyRunner"/>) computes.
/// </summary>
public sealed class GeneratedPaper1ToolkitTests
{
    private static readonly string SpecDirectory = Path.Combine(RepositoryPaths.Specs, "examples");

    private static readonly Lazy<StudyPlan> CliPlan = new(() =>
    {
        var compilation = SpecCompiler.Compile(File.ReadAllText(Path.Combine(SpecDirectory, "paper1-toolkit.nevspec")), new FileSystemHeaderProvider(SpecDirectory));
        Assert.False(compilation.HasErrors);
        return compilation.Plan!;
    });

    /// <summary>What <c>nevspec run</c> computes for one analysis.</summary>
    private static T Cli<T>(string name) where T : AnalysisResult
    {
        var result = new StudyRunner(SpecDirectory).RunAnalysis(CliPlan.Value, CliPlan.Value.Analyses.Single(a => a.Name == name));
        Assert.Null(result.Error);
        return Assert.IsType<T>(result);
    }

    [Fact]
    public void GeneratedPlanEqualsTheCliPlan()
    {
        Assert.Equal(CliPlan.Value, Paper1Toolkit.Plan);
        Assert.Equal(CliPlan.Value.Indices, Paper1Toolkit.Plan.Indices);
        Assert.Equal(CliPlan.Value.Analyses, Paper1Toolkit.Plan.Analyses);
        Assert.Equal(CliPlan.Value.Descriptives, Paper1Toolkit.Plan.Descriptives);
        Assert.Equal(CliPlan.Value.Models.Select(m => m.Derived), Paper1Toolkit.Plan.Models.Select(m => m.Derived));
    }

    [Fact]
    public void StepwiseColumnsMatchTheCliBitForBit()
    {
        var cli = Cli<StepwiseResult>("table4");
        var r = Paper1Toolkit.Table4(SpecDirectory);

        Assert.Equal(6, r.Count);
        Assert.Equal(cli.Columns.Count, r.Count);
        for (var i = 0; i < r.Count; i++)
        {
            AssertSame(cli.Columns[i].Regression!["VA"], r.Columns[i].VA);
            Assert.Equal(cli.Columns[i].Regression!.Coefficients, r.Columns[i].Regression.Coefficients);
            Assert.Equal(cli.Columns[i].Regression!.Nobs, r.Columns[i].Nobs);
        }
        Assert.False(r.Columns[0].Hum.IsEstimated);
        AssertSame(cli.Columns[5].Regression!["Hum"], r.Columns[5].Hum);
    }

    [Fact]
    public void MediationMatchesTheCliBitForBit()
    {
        var cli = Cli<MediationAnalysisResult>("mechanism").Mediation!;
        var r = Paper1Toolkit.Mechanism(SpecDirectory);

        foreach (var (generated, name) in new[] { (r.Tech_Market, "Tech_Market"), (r.CIM, "CIM") })
        {
            var expected = cli[name];
            Assert.Equal(name, generated.Mediator);
            AssertSame(expected.A, generated.A);
            AssertSame(expected.B, generated.B);
            AssertSame(expected.Direct, generated.Direct);
            AssertSame(expected.Total, generated.Total);
            AssertBits(expected.Indirect, generated.Indirect.Estimate);
            AssertBits(expected.Sobel.StdErr, generated.Indirect.StdErr);
            AssertBits(expected.Sobel.P, generated.Indirect.P);
            Assert.Equal(expected.Sobel, generated.Sobel);
            Assert.Equal(expected.Aroian, generated.Aroian);
            Assert.Equal(expected.Goodman, generated.Goodman);
            Assert.Equal(expected.ProportionMediated, generated.ProportionMediated);
            Assert.NotNull(expected.Bootstrap);
            var (low, high) = generated.BootstrapCi!.Value;
            AssertBits(expected.Bootstrap!.Low, low);
            AssertBits(expected.Bootstrap.High, high);
            Assert.Equal((low, high), generated.Indirect.ConfidenceInterval);
        }
        Assert.Equal(42UL, r.Mediation.Seed);
    }

    [Fact]
    public void ModerationMatchesTheCliBitForBit()
    {
        var cli = Cli<ModerationAnalysisResult>("moderated").Moderation!;
        var r = Paper1Toolkit.Moderated(SpecDirectory);

        AssertSame(cli.Interaction, r.Interaction);
        AssertSame(cli.Model["VA"], r.VA);
        AssertSame(cli.Model["Innov"], r.Innov);
        AssertSame(cli.Model["Hum"], r.Hum);
        Assert.Equal(cli.Model.Coefficients, r.Regression.Coefficients);
        Assert.Equal(cli.SimpleSlopes, r.SimpleSlopes);
        Assert.Equal(3, r.SimpleSlopes.Count);
        Assert.True(r.Moderation.Centred);
    }

    [Fact]
    public void PeriodSplitMatchesTheCliBitForBit()
    {
        var cli = Cli<SplitAnalysisResult>("byPeriod").Split!;
        var r = Paper1Toolkit.ByPeriod(SpecDirectory);

        Assert.Equal("2018..2019", r.Group_2018_2019.Label);
        AssertSame(cli["2018..2019"].Model["VA"], r.Group_2018_2019.VA);
        AssertSame(cli["2020..2023"].Model["VA"], r.Group_2020_2023.VA);
        AssertSame(cli["2020..2023"].Model["Open"], r["2020..2023"].Open);
        Assert.Equal(cli.Groups.Count, r.Groups.Count);
        AssertBits(cli.Equality.Difference!.Value, r.Difference!.Value);
        AssertBits(cli.Equality.P, r.WaldP);
        Assert.NotNull(r.PermutationP);
        AssertBits(cli.Permutation!.PTwoSided, r.PermutationP!.Value);
    }

    [Fact]
    public void MedianAndGroupSplitsMatchTheCliBitForBit()
    {
        var median = Cli<SplitAnalysisResult>("byInfra").Split!;
        var byInfra = Paper1Toolkit.ByInfra(SpecDirectory);
        AssertSame(median["low"].Model["VA"], byInfra.Group_low.VA);
        AssertSame(median["high"].Model["VA"], byInfra.Group_high.VA);
        AssertBits(median.Equality.P, byInfra.WaldP);

        var region = Cli<SplitAnalysisResult>("byRegion").Split!;
        var byRegion = Paper1Toolkit.ByRegion(SpecDirectory);
        Assert.Equal(region.Groups.Select(g => g.Label), byRegion.Groups.Select(g => g.Label));
        foreach (var group in region.Groups)
            AssertSame(group.Model["VA"], byRegion[group.Label].VA);
        AssertBits(region.Equality.P, byRegion.WaldP);
        Assert.Throws<KeyNotFoundException>(() => byRegion["nowhere"]);
    }

    [Fact]
    public void DescriptivesMatchTheCliBitForBit()
    {
        var plan = CliPlan.Value;
        var cli = new StudyRunner(SpecDirectory).Describe(plan, plan.Descriptives.Single(d => d.Name == "table3"));
        var r = Paper1Toolkit.Table3(SpecDirectory);

        Assert.Null(cli.Error);
        Assert.Equal(cli.Variables, r.Variables);
        foreach (var (expected, actual) in cli.Variables.Zip(new[] { r.Nevd_entropy, r.VA, r.Open, r.Gov, r.Urban, r.Fin, r.Hum }))
        {
            Assert.Equal(expected.Variable, actual.Variable);
            Assert.Equal(expected.N, actual.N);
            AssertBits(expected.Mean, actual.Mean);
            AssertBits(expected.Sd, actual.Sd);
            AssertBits(expected.Min, actual.Min);
            AssertBits(expected.Max, actual.Max);
        }
        Assert.Equal(r.VA, r["VA"]);
    }

    [Theory]
    [InlineData("iv")]
    [InlineData("nonlinear")]
    public void ThresholdAndIvReturnTheEnginesUntypedResult(string name)
    {
        var cli = CliAny(name);
        var generated = name == "iv" ? Paper1Toolkit.Iv(SpecDirectory) : Paper1Toolkit.Nonlinear(SpecDirectory);

        Assert.Null(cli.Error);
        Assert.Equal(cli.GetType(), generated.GetType());
        Assert.Equal(name, generated.Name);
        Assert.True(generated.Succeeded);
    }

    [Fact]
    public void AMissingDataFolderThrowsWithTheAnalysisNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Paper1Toolkit.Mechanism(Path.Combine(RepositoryPaths.Root, "no-such-folder")));
        Assert.Contains("mechanism", error.Message);
        Assert.Contains("provinces.csv", error.Message);

        var describe = Assert.Throws<InvalidOperationException>(() => Paper1Toolkit.Table3(Path.Combine(RepositoryPaths.Root, "no-such-folder")));
        Assert.Contains("table3", describe.Message);
    }

    private static AnalysisResult CliAny(string name) =>
        new StudyRunner(SpecDirectory).RunAnalysis(CliPlan.Value, CliPlan.Value.Analyses.Single(a => a.Name == name));

    private static void AssertSame(CoefficientEstimate expected, Paper1Toolkit.Coefficient actual)
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
