using System.Text.RegularExpressions;
using NevSpec.Generators.Tests.Infrastructure;

namespace NevSpec.Generators.Tests;

/// <summary>
/// The packages work as a user would get them: NevSpec.Language, Core, Engine and Generators are packed into a
/// temporary local feed, a temporary consumer restores them (local feed plus nuget.org, a temporary packages
/// folder so nothing stale is reused), builds, and gets typed results; a typo in the spec then fails the build
/// at the spec's line and column. Slow (about a minute): run alone with <c>--filter Category=Packaging</c>,
/// or leave out with <c>--filter Category!=Packaging</c>.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackagingTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);
    private readonly string _temp = Directory.CreateTempSubdirectory("nevspec-pack-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void PackedGeneratorGivesTypedResultsAndFailsTheBuildAtTheSpecsLineAndColumn()
    {
        var version = "1.0.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(Path.Combine(_temp, "feed")).FullName;
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_temp, "packages") };
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

        foreach (var project in new[] { "src/NevSpec.Language", "src/NevSpec.Core", "src/NevSpec.Engine", "generators/NevSpec.Generators" })
        {
            // --no-build: the test run has just built these projects in this configuration.
            var pack = DotnetCli.Run(RepoPaths.Root, environment, StepTimeout, "pack", project, "-c", configuration, "--no-build", "-o", feed, "-p:Version=" + version);
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed:\n{pack.Output}");
        }
        AssertGeneratorPackageLayout(Path.Combine(feed, $"NevSpec.Generators.{version}.nupkg"));

        var consumer = WriteConsumer(version, feed);
        var build = DotnetCli.Run(consumer, environment, StepTimeout, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, $"The consumer did not build:\n{build.Output}");

        var run = DotnetCli.Run(consumer, environment, StepTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, $"The consumer did not run:\n{run.Output}");
        Assert.Matches(@"value=0\.\d+", run.Output);

        var spec = Path.Combine(consumer, "specs", "grunfeld.nevspec");
        var lines = File.ReadAllLines(spec);
        var line = Array.FindIndex(lines, l => l.StartsWith("let twoway", StringComparison.Ordinal));
        var column = lines[line].IndexOf("capital", StringComparison.Ordinal);
        lines[line] = lines[line].Replace("capital", "capitl");
        File.WriteAllLines(spec, lines);

        var broken = DotnetCli.Run(consumer, environment, StepTimeout, "build", "--disable-build-servers");
        Assert.NotEqual(0, broken.ExitCode);
        var expected = $@"specs[/\\]grunfeld\.nevspec\({line + 1},{column + 1}\): error NEV0022: Column 'capitl'";
        Assert.True(Regex.IsMatch(broken.Output, expected), $"Expected /{expected}/ in:\n{broken.Output}");
    }

    private static void AssertGeneratorPackageLayout(string nupkg)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("analyzers/dotnet/cs/NevSpec.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NevSpec.Language.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Sprache.dll", entries);
        Assert.Contains("build/NevSpec.Generators.props", entries);
        Assert.Contains("buildTransitive/NevSpec.Generators.props", entries);
        Assert.Contains("build/NevSpec.Generators.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    private string WriteConsumer(string version, string feed)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "consumer")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "specs", "data"));
        File.Copy(Path.Combine(RepoPaths.Specs, "grunfeld.nevspec"), Path.Combine(folder, "specs", "grunfeld.nevspec"));
        File.Copy(Path.Combine(RepoPaths.SpecData, "grunfeld.csv"), Path.Combine(folder, "specs", "data", "grunfeld.csv"));
        // Stop MSBuild from picking up anything above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
                <NevSpecCopyToOutput>true</NevSpecCopyToOutput>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NevSpec.Engine" Version="{version}" />
                <PackageReference Include="NevSpec.Generators" Version="{version}" />
                <NevSpecData Include="specs/data/*.csv" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            var result = Consumer.Grunfeld.Twoway();
            Console.WriteLine(FormattableString.Invariant($"value={result.value.Estimate} capital={result.capital.Estimate} n={result.Nobs}"));
            """);
        return folder;
    }
}
