using System.Text.Json;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Reporting;
using NevSpec.Tests;

namespace NevSpec.Reporting.Tests;

public sealed class GrunfeldReportTests
{
    private static readonly StudyResult Study = RunGrunfeld();

    private static StudyResult RunGrunfeld()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        return new StudyRunner(RepositoryPaths.Specs).Run(plan);
    }

    [Fact]
    public void MarkdownTablesSetModelsOfOneOutcomeSideBySide() =>
        Snapshot.Match("grunfeld.tables.md", new MarkdownReport().Render(Study));

    [Fact]
    public void ResultsJsonKeepsEveryDoubleBitForBit()
    {
        using var json = JsonDocument.Parse(ResultsJsonWriter.Write(Study));
        var models = json.RootElement.GetProperty("models");
        Assert.Equal("Grunfeld", json.RootElement.GetProperty("module").GetString());
        foreach (var model in Study.Models)
        {
            var written = models.GetProperty(model.Name);
            Assert.Equal(model.Regression!.Nobs, written.GetProperty("nobs").GetInt32());
            Assert.Equal(model.Regression.R2, written.GetProperty("r2").GetDouble());
            var coefficients = written.GetProperty("coefficients").EnumerateArray().ToList();
            Assert.Equal(model.Regression.Coefficients.Count, coefficients.Count);
            for (var i = 0; i < coefficients.Count; i++)
            {
                var c = model.Regression.Coefficients[i];
                Assert.Equal(c.Term, coefficients[i].GetProperty("term").GetString());
                Assert.Equal(c.Estimate, coefficients[i].GetProperty("estimate").GetDouble());
                Assert.Equal(c.StdErr, coefficients[i].GetProperty("stderr").GetDouble());
                Assert.Equal(c.P, coefficients[i].GetProperty("p").GetDouble());
                Assert.Equal(c.CiLow, coefficients[i].GetProperty("ci_low").GetDouble());
            }
        }
    }

    [Fact]
    public void ModelWithoutFixedEffectsWritesNullWithinR2()
    {
        // A model without FE has no within R²: null in the file, not NaN, and not a note.
        var text = """
            module Pooled
            let firms = panel "data/grunfeld.csv" { id = firm; time = year }
            let pooled = regress inv [ value; capital ]
            """;
        var plan = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs)).Plan!;
        var study = new StudyRunner(RepositoryPaths.Specs).Run(plan);
        using var json = JsonDocument.Parse(ResultsJsonWriter.Write(study));
        var pooled = json.RootElement.GetProperty("models").GetProperty("pooled");
        Assert.Equal(JsonValueKind.Null, pooled.GetProperty("r2_within").ValueKind);
        Assert.Contains(pooled.GetProperty("coefficients").EnumerateArray(), c => c.GetProperty("term").GetString() == "_cons");
    }
}
