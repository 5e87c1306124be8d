using NevSpec.Generators.Naming;
using NevSpec.Generators.Pipeline;

namespace NevSpec.Generators.Tests;

/// <summary>Identifier mapping and path arithmetic: the small pure pieces the pipeline relies on.</summary>
public sealed class NamingAndInputTests
{
    [Theory]
    [InlineData("VA", "VA")]
    [InlineData("Tech_Market", "Tech_Market")]
    [InlineData("class", "@class")]
    [InlineData("gdp-growth", "gdp_growth")]
    [InlineData("2sls", "_2sls")]
    [InlineData("x'", "x_")]
    [InlineData("", "_")]
    public void TermsKeepTheirNameMadeAValidIdentifier(string name, string expected) =>
        Assert.Equal(expected, IdentifierMapper.ToIdentifier(name));

    [Theory]
    [InlineData("baseline", "Baseline")]
    [InlineData("Baseline", "Baseline")]
    [InlineData("iv_2sls", "Iv_2sls")]
    [InlineData("_lagged", "_lagged")]
    [InlineData("event", "Event")]
    public void ModelsBecomePascalCaseMethods(string name, string expected) =>
        Assert.Equal(expected, IdentifierMapper.ToPascal(name));


    [Theory]
    [InlineData("/p", "/p/specs", "specs")]
    [InlineData("/p/", "/p/specs/sub", "specs/sub")]
    [InlineData("/p", "/p", "")]
    [InlineData("/p/tests/Consumer", "/p/specs", "../../specs")]
    [InlineData("C:\\p", "C:\\p\\specs", "specs")]
    public void RelativePathsAreSlashSeparated(string from, string to, string expected) =>
        Assert.Equal(expected, PathText.Relative(from, to));

    [Theory]
    [InlineData("/p/specs", "data/x.csv", "/p/specs/data/x.csv")]
    [InlineData("/p/specs", "../data/x.csv", "/p/data/x.csv")]
    [InlineData("/p/specs", "./x.csv", "/p/specs/x.csv")]
    [InlineData("C:/p/specs", "data\\x.csv", "C:/p/specs/data/x.csv")]
    public void DataPathsResolveAgainstTheSpecFolder(string specDirectory, string written, string expected) =>
        Assert.Equal(expected, PathText.Combine(specDirectory, written));

    [Theory]
    [InlineData(0.90, "90")]
    [InlineData(0.95, "95")]
    [InlineData(0.99, "99")]
    [InlineData(0.975, "97_5")]
    public void ThresholdLevelsNameTheirCriticalValueProperties(double level, string suffix) =>
        Assert.Equal(suffix, NevSpec.Generators.Emit.TypedAnalysisEmitter.LevelSuffix(level));

    /// <summary>
    /// The plan emitter writes StudyPlan member by member; a member added to StudyPlan (e.g. <c>Tables</c>) that the
    /// emitter does not know would make the generated plan silently differ from the CLI's. Extend
    /// <c>PlanEmitter.WritePlanFactory</c>, then this list.
    /// </summary>
    [Fact]
    public void ThePlanEmitterKnowsEveryStudyPlanMember()
    {
        var parameters = typeof(NevSpec.Language.Plan.StudyPlan).GetConstructors().Single(c => c.GetParameters().Length > 1)
            .GetParameters().Select(p => p.Name).ToArray();

        Assert.Equal(new[] { "Module", "Doc", "Sources", "Models", "Indices", "Analyses", "Descriptives", "Tables", "NodeTables", "PairTables", "Networks", "NetworkAnalyses" }, parameters);
    }
}
