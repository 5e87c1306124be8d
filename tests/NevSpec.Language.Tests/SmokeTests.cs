using System.IO;
using Xunit.Abstractions;

namespace NevSpec.Language.Tests;

public class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Smoke()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Specs, "grunfeld.nevspec"));
        var c = SpecCompiler.Compile(text, new FileSystemHeaderProvider(RepositoryPaths.Specs));
        foreach (var d in c.Diagnostics) output.WriteLine(d.ToString());
        output.WriteLine(c.Syntax?.ToString() ?? "<null>");
        output.WriteLine(c.Plan?.ToString() ?? "<null>");
        foreach (var m in c.Plan!.Models) output.WriteLine(m.ToString());
    }
}
