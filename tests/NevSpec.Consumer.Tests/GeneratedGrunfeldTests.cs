using System.Text.Json;
using NevSpec.Consumer.Tests.Studies;
using NevSpec.Core.Data;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Consumer.Tests;

/// <summary>
/// One front end, one plan, one result: the class generated from specs/grunfeld.nevspec builds the same plan
/// the CLI binds, and its typed results carry the same bits as the CLI's results.json.
/// </summary>
public sealed class GeneratedGrunfeldTests
{
    private static readonly string SpecPath = Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec");

    /// <summary>What <c>nevspec run</c> does: compile with the file-system header host, run, write results.json.</summary>
    private static readonly Lazy<(StudyResult Study, JsonElement Json)> Cli = new(() =>
    {
        var compilation = SpecCompiler.Compile(File.ReadAllText(SpecPath), new FileSystemHeaderProvider(RepositoryPaths.Specs));
        Assert.False(compilation.HasErrors);
        var study = new StudyRunner(RepositoryPaths.Specs).Run(compilation.Plan!);
        return (study, JsonDocument.Parse(ResultsJsonWriter.Write(study)).RootElement);
    });

    [Fact]
    public void GeneratedPlanEqualsTheCliPlan()
    {
        var compilation = SpecCompiler.Compile(File.ReadAllText(SpecPath), new FileSystemHeaderProvider(RepositoryPaths.Specs));

        Assert.Equal(compilation.Plan, Grunfeld.Plan);
    }

    [Fact]
    public void TypedTwowayResultMatchesResultsJsonBitForBit()
    {
        var result = Grunfeld.Twoway(RepositoryPaths.Specs);
        var json = Cli.Value.Json.GetProperty("models").GetProperty("twoway");

        AssertCoefficient(json, result.value);
        AssertCoefficient(json, result.capital);
        Assert.Equal(json.GetProperty("nobs").GetInt32(), result.Nobs);
        AssertBits(json.GetProperty("r2").GetDouble(), result.R2);
        AssertBits(json.GetProperty("r2_within").GetDouble(), result.R2Within!.Value);
    }

    [Theory]
    [InlineData("twoway")]
    [InlineData("oneway")]
    [InlineData("robust")]
    [InlineData("early")]
    [InlineData("stepped")]
    public void EveryGeneratedModelMatchesTheCliRunBitForBit(string model)
    {
        var generated = Run(model, RepositoryPaths.Specs);
        var cli = Cli.Value.Study[model].Regression!;
        var json = Cli.Value.Json.GetProperty("models").GetProperty(model);

        Assert.Equal(cli.Coefficients.Count, generated.Regression.Coefficients.Count);
        for (var i = 0; i < cli.Coefficients.Count; i++)
            Assert.Equal(cli.Coefficients[i], generated.Regression.Coefficients[i]);
        foreach (var c in generated.Regression.Coefficients)
            AssertCoefficient(json, generated.ByTerm(c.Term));
        Assert.Equal(cli.Nobs, generated.Regression.Nobs);
        AssertBits(cli.R2, generated.Regression.R2);
    }

    [Fact]
    public void TheFrameOverloadGivesTheSameResult()
    {
        var frame = CsvReader.Read(Path.Combine(RepositoryPaths.Specs, "data", "grunfeld.csv"));

        var fromFrame = Grunfeld.Twoway(frame);
        var fromFile = Grunfeld.Twoway(RepositoryPaths.Specs);

        AssertBits(fromFile.value.Estimate, fromFrame.value.Estimate);
        AssertBits(fromFile.capital.StdErr, fromFrame.capital.StdErr);
    }

    [Fact]
    public void TheParameterlessOverloadReadsFromSpecDirectory()
    {
        Grunfeld.SpecDirectory = RepositoryPaths.Specs;

        var result = Grunfeld.Oneway();

        AssertBits(Cli.Value.Study["oneway"].Regression!.Coefficients[0].Estimate, result.value.Estimate);
        Assert.Equal((result.value.CiLow, result.value.CiHigh), result.value.ConfidenceInterval);
        Assert.True(result.value.IsEstimated);
    }

    [Fact]
    public void AMissingDataFolderThrowsWithTheModelAndSpecNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Grunfeld.Twoway(Path.Combine(RepositoryPaths.Root, "no-such-folder")));

        Assert.Contains("twoway", error.Message);
        Assert.Contains("grunfeld.nevspec", error.Message);
    }

    /// <summary>Each generated method, through the members every generated result has.</summary>
    private static (NevSpec.Core.Estimation.RegressionResult Regression, Func<string, Grunfeld.Coefficient> ByTerm) Run(string model, string directory)
    {
        switch (model)
        {
            case "twoway": { var r = Grunfeld.Twoway(directory); return (r.Regression, t => r[t]); }
            case "oneway": { var r = Grunfeld.Oneway(directory); return (r.Regression, t => r[t]); }
            case "robust": { var r = Grunfeld.Robust(directory); return (r.Regression, t => r[t]); }
            case "early": { var r = Grunfeld.Early(directory); return (r.Regression, t => r[t]); }
            case "stepped": { var r = Grunfeld.Stepped(directory); return (r.Regression, t => r[t]); }
            default: throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    private static void AssertCoefficient(JsonElement model, Grunfeld.Coefficient actual)
    {
        var expected = model.GetProperty("coefficients").EnumerateArray().Single(c => c.GetProperty("term").GetString() == actual.Term);
        AssertBits(expected.GetProperty("estimate").GetDouble(), actual.Estimate);
        AssertBits(expected.GetProperty("stderr").GetDouble(), actual.StdErr);
        AssertBits(expected.GetProperty("t").GetDouble(), actual.T);
        AssertBits(expected.GetProperty("p").GetDouble(), actual.P);
        AssertBits(expected.GetProperty("ci_low").GetDouble(), actual.CiLow);
        AssertBits(expected.GetProperty("ci_high").GetDouble(), actual.CiHigh);
    }

    private static void AssertBits(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
}
