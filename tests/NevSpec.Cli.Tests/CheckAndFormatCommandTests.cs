using NevSpec.Tests;

namespace NevSpec.Cli.Tests;

public sealed class CheckAndFormatCommandTests
{
    [Fact]
    public void CheckAcceptsTheGrunfeldSpec()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("ok", run.Stdout);
    }

    [Fact]
    public void CheckCountsWhatTheNetworkSpecDefines()
    {
        var spec = Path.Combine(RepositoryPaths.Specs, "network_resilience.nevspec");
        var run = CliRun.Of("check", spec);
        Assert.True(run.ExitCode == 0, run.Stderr);
        // specs/network_resilience.nevspec: one panel (city_years), copatents + stages, six analyses piped from stages.
        Assert.Contains("ok — module NetworkResilience, 1 data source, 0 models, 2 networks, 6 network analyses.", run.Stdout);
        Assert.True(CliRun.Of("fmt", "--check", spec).ExitCode == 0, "the network spec is in canonical form");
    }

    [Fact]
    public void CheckReportsDiagnosticsInCompilerFormatAndExitsOne()
    {
        var spec = Directory.GetFiles(Path.Combine(RepositoryPaths.Specs, "invalid"), "*.nevspec").OrderBy(f => f, StringComparer.Ordinal).First();
        var expect = File.ReadLines(spec).First(); // "// expect: NEV0003 @ 4:12"
        var id = expect.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        var position = expect.Split('@')[1].Trim().Replace(':', ',');

        var run = CliRun.Of("check", spec);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"({position}): error {id}: ", run.Stderr);
    }

    [Fact]
    public void MainSpecIsInCanonicalForm()
    {
        // specs/grunfeld.nevspec keeps the hand-aligned text of issue 3 on purpose (fmt must accept it).
        var run = CliRun.Of("fmt", "--check", Path.Combine(RepositoryPaths.Specs, "virtual_agglomeration.nevspec"));
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    [Fact]
    public void FmtCheckRejectsHandAlignedText()
    {
        var run = CliRun.Of("fmt", "--check", Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not in canonical form", run.Stderr);
    }

    [Fact]
    public void FmtPrintsCanonicalText()
    {
        var spec = Path.Combine(Path.GetTempPath(), $"nevspec-fmt-{Guid.NewGuid():N}.nevspec");
        File.WriteAllText(spec, "module   M\nlet  xs=[a;b]\n");
        try
        {
            var run = CliRun.Of("fmt", spec);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("module M\nlet xs = [ a; b ]\n", run.Stdout.Replace("\r\n", "\n"));
        }
        finally
        {
            File.Delete(spec);
        }
    }
}
