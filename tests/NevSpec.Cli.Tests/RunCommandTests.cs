using System.Text.Json;
using NevSpec.Tests;

namespace NevSpec.Cli.Tests;

/// <summary>
/// <c>nevspec run specs/grunfeld.nevspec</c> end to end; results.json is compared with
/// shared/reference/grunfeld_twoway.json (R plm/sandwich; Stata cluster convention "cluster_a_stata"),
/// coefficients 1e-8 relative, SEs 1e-6 relative (tolerances of shared/reference/README.md).
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("nevspec-run-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void GrunfeldResultsJsonMatchesReference()
    {
        var run = CliRun.Of("run", Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"), "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("| value", run.Stdout);

        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json")));
        using var reference = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "grunfeld_twoway.json")));
        foreach (var (model, key) in new[] { ("twoway", "twoway"), ("oneway", "oneway") })
        {
            var written = results.RootElement.GetProperty("models").GetProperty(model);
            var expected = reference.RootElement.GetProperty(key);
            Assert.Equal("ols", written.GetProperty("kind").GetString());
            Assert.Equal("cr1", written.GetProperty("vcov").GetString());
            Assert.Equal(expected.GetProperty("N").GetInt32(), written.GetProperty("nobs").GetInt32());
            foreach (var c in written.GetProperty("coefficients").EnumerateArray())
            {
                var term = c.GetProperty("term").GetString()!;
                AssertRelative(expected.GetProperty("coefficients").GetProperty(term).GetDouble(), c.GetProperty("estimate").GetDouble(), 1e-8);
                AssertRelative(expected.GetProperty("cluster_a_stata").GetProperty("se").GetProperty(term).GetDouble(), c.GetProperty("stderr").GetDouble(), 1e-6);
            }
            AssertRelative(expected.GetProperty("r2_within").GetDouble(), written.GetProperty("r2_within").GetDouble(), 1e-6);
        }
        Assert.True(File.Exists(Path.Combine(_out, "tables.md")));
    }

    [Fact]
    public void MainJobRunsOnTheBundledProvincialPanel()
    {
        var run = CliRun.Of("run", Path.Combine(RepositoryPaths.Specs, "virtual_agglomeration.nevspec"), "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json")));
        Assert.True(results.RootElement.GetProperty("models").EnumerateObject().Count() >= 6);
        var analyses = results.RootElement.GetProperty("analyses");
        foreach (var (name, kind) in new[] { ("table4", "stepwise"), ("mechanism", "mediation"), ("moderation", "moderation"),
                     ("byPeriod", "split"), ("nonlinear", "threshold"), ("iv", "iv") })
        {
            Assert.Equal(kind, analyses.GetProperty(name).GetProperty("kind").GetString());
            Assert.False(analyses.GetProperty(name).TryGetProperty("error", out var error), $"{name}: {error}");
        }
        Assert.Equal("entropy", results.RootElement.GetProperty("indices").GetProperty("Nevd").GetProperty("kind").GetString());
        Assert.Equal(10, results.RootElement.GetProperty("descriptives").GetProperty("table3").GetProperty("variables").GetArrayLength());
        foreach (var format in new[] { "md", "tex", "html", "csv", "json" })
            Assert.True(File.Exists(Path.Combine(_out, "tables." + format)), format);
    }

    [Fact]
    public void SpecWithErrorsDoesNotRunAndExitsOne()
    {
        var spec = Path.Combine(_out, "broken.nevspec");
        File.WriteAllText(spec, "module Broken\nlet firms = panel \"missing.csv\" { id = firm; time = year }\n");
        var run = CliRun.Of("run", spec, "--out", _out);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.nevspec(2,", run.Stderr);
        Assert.False(File.Exists(Path.Combine(_out, "results.json")));
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
