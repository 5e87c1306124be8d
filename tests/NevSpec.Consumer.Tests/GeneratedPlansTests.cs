using System.Reflection;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Consumer.Tests;

/// <summary>
/// Every class the generator made in this project (one per spec in <c>specs/</c> and <c>specs/examples/</c>) holds the plan
/// the CLI binds from its spec, record for record — also for members added later, such as <c>table</c> statements.
/// </summary>
public sealed class GeneratedPlansTests
{
    private static readonly string ProjectDirectory = Path.Combine(RepositoryPaths.Root, "tests", "NevSpec.Consumer.Tests");

    public static TheoryData<string> GeneratedClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(GeneratedPlansTests).Assembly.GetTypes()
                     .Where(t => t.Namespace == "NevSpec.Consumer.Tests.Studies" && t.GetField("SpecPath") is { IsLiteral: true })
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
            data.Add(type.Name);
        return data;
    }

    [Fact]
    public void EverySpecHasAGeneratedClass()
    {
        var specs = Directory.GetFiles(RepositoryPaths.Specs, "*.nevspec").Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Specs, "examples"), "*.nevspec"));
        Assert.Equal(specs.Count(), GeneratedClasses().Count);
    }

    [Theory]
    [MemberData(nameof(GeneratedClasses))]
    public void TheGeneratedPlanEqualsTheCliPlan(string className)
    {
        var type = typeof(GeneratedPlansTests).Assembly.GetType("NevSpec.Consumer.Tests.Studies." + className)!;
        var specPath = Path.GetFullPath(Path.Combine(ProjectDirectory, (string)type.GetField("SpecPath")!.GetRawConstantValue()!));
        var folder = Path.GetDirectoryName(specPath)!;
        var compilation = SpecCompiler.Compile(File.ReadAllText(specPath), new FileSystemHeaderProvider(folder));
        Assert.False(compilation.HasErrors);
        var generated = (StudyPlan)type.GetProperty("Plan", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(compilation.Plan, generated);
        Assert.Equal(compilation.Plan!.Tables, generated.Tables);
        Assert.Equal(compilation.Plan.Analyses, generated.Analyses);
    }
}
