using System.Text.Json;
using NevSpec.Consumer.Tests.Studies;
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
}
