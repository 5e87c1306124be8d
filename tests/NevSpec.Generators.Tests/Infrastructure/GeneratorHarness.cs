using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NevSpec.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="NevSpecGenerator"/> through <see cref="CSharpGeneratorDriver"/> as the compiler would,
/// with step tracking on. Specs and data live under a virtual project folder (<see cref="ProjectDirectory"/>)
/// so that generated text and diagnostics do not depend on where the repository is checked out.
/// </summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> AllReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References(bool withEngine = true) => withEngine
        ? AllReferences.Value
        : AllReferences.Value.Where(r => !(r.Display ?? "").EndsWith("NevSpec.Engine.dll", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();

    public static CSharpCompilation Compilation(IEnumerable<string>? sources = null, bool withEngine = true) =>
        CSharpCompilation.Create(
            "Consumer",
            (sources ?? []).Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References(withEngine),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static TestOptionsProvider Options(string? rootNamespace = "Consumer.Studies", string? nevSpecNamespace = null)
    {
        var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = ProjectDirectory };
        if (rootNamespace is not null) properties["RootNamespace"] = rootNamespace;
        if (nevSpecNamespace is not null) properties["NevSpecNamespace"] = nevSpecNamespace;
        return new TestOptionsProvider(properties);
    }

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            [new NevSpecGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            options ?? Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A repository spec placed at <c>/project/specs/{name}</c>.</summary>
    public static TestAdditionalText Spec(string fileName) =>
        new(ProjectDirectory + "/specs/" + fileName, File.ReadAllText(Path.Combine(RepoPaths.Specs, fileName)));

    public static TestAdditionalText InvalidSpec(string fileName) =>
        new(ProjectDirectory + "/specs/invalid/" + fileName, File.ReadAllText(Path.Combine(RepoPaths.InvalidSpecs, fileName)));

    /// <summary>
    /// Every bundled data file at <c>/project/specs/data/{name}</c>, so that column checks run.
    /// </summary>
    public static IEnumerable<TestAdditionalText> DataFiles() =>
        Directory.Exists(RepoPaths.SpecData)
            ? Directory.GetFiles(RepoPaths.SpecData, "*.csv").Order(StringComparer.Ordinal)
                .Select(p => new TestAdditionalText(ProjectDirectory + "/specs/data/" + Path.GetFileName(p), File.ReadAllText(p))).ToList()
            : [];

    /// <summary>Runs the generator once; returns the driver (for a second run) and the updated compilation.</summary>
    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(
        GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    /// <summary>Convenience: specs plus all data files, run once.</summary>
    public static GeneratorDriverRunResult RunOnce(IEnumerable<AdditionalText> files, out Compilation output, TestOptionsProvider? options = null, IEnumerable<string>? sources = null, bool withEngine = true)
    {
        var (driver, compiled, _) = Run(Driver(files, options), Compilation(sources, withEngine));
        output = compiled;
        return driver.GetRunResult();
    }
}
