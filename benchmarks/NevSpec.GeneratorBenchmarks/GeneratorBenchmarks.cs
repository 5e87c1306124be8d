using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NevSpec.Generators;

namespace NevSpec.GeneratorBenchmarks;

/// <summary>
/// Wall time of the generator as the compiler runs it (CSharpGeneratorDriver): a cold run on the largest
/// spec in specs/, a cold run on a synthetic 2,000-line spec, and an incremental run after an unrelated
/// C# edit (every spec step cached). The compilation is built once in setup; only the generator is timed.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private Compilation _compilation = null!;
    private Compilation _edited = null!;
    private AdditionalText[] _largest = null!;
    private AdditionalText[] _synthetic = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var specs = Path.Combine(root, "specs");
        var data = new InMemoryText("/project/specs/data/grunfeld.csv", File.ReadAllText(Path.Combine(specs, "data", "grunfeld.csv")));
        var largest = Directory.GetFiles(specs, "*.nevspec").OrderByDescending(p => new FileInfo(p).Length).First();
        LargestSpecName = Path.GetFileName(largest);
        _largest = [new InMemoryText("/project/specs/" + LargestSpecName, File.ReadAllText(largest)), data];
        _synthetic = [new InMemoryText("/project/specs/synthetic.nevspec", SyntheticSpec.Create(2000)), data];

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", ParseOptions)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", ParseOptions));
        _warmDriver = Driver(_largest).RunGenerators(_compilation);
        _syntheticText = SyntheticSpec.Create(2000);

        // Guard: a benchmark of a spec that fails to bind would time the error path only.
        var check = Driver(_synthetic).RunGenerators(_compilation).GetRunResult();
        if (check.Diagnostics.Length != 0 || check.GeneratedTrees.Length != 1)
            throw new InvalidOperationException("The synthetic spec does not generate cleanly: " + string.Join("; ", check.Diagnostics));
    }

    private string _syntheticText = "";

    [Benchmark(Description = "synthetic 2,000-line spec, front end only (SpecCompiler.Compile)")]
    public object SyntheticFrontEndOnly() => NevSpec.Language.SpecCompiler.Compile(_syntheticText, null);

    public static string LargestSpecName { get; private set; } = "";

    [Benchmark(Description = "largest spec in specs/, cold")]
    public GeneratorDriverRunResult LargestSpec() => Driver(_largest).RunGenerators(_compilation).GetRunResult();

    [Benchmark(Description = "synthetic 2,000-line spec, cold")]
    public GeneratorDriverRunResult SyntheticSpec2000() => Driver(_synthetic).RunGenerators(_compilation).GetRunResult();

    [Benchmark(Description = "unrelated C# edit, incremental")]
    public GeneratorDriverRunResult UnrelatedEdit() => _warmDriver.RunGenerators(_edited).GetRunResult();

    private static GeneratorDriver Driver(AdditionalText[] files) =>
        CSharpGeneratorDriver.Create([new NevSpecGenerator().AsSourceGenerator()], files, ParseOptions, new Options());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NevSpec.sln"))) return dir.FullName;
        throw new InvalidOperationException("NevSpec.sln not found");
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = "/project",
        });
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new([]);
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
