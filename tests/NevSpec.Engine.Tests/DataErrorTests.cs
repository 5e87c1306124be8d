using NevSpec.Engine;
using NevSpec.Language;

namespace NevSpec.Engine.Tests;

/// <summary>Bad data gives a model error that names file, column and line, and the other models still run.</summary>
public sealed class DataErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nevspec-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void NonNumericCellInARegressorNamesFileColumnAndLine()
    {
        File.WriteAllText(Path.Combine(_folder, "p.csv"),
            "id,t,y,x,z\n1,1,1.0,2.0,oops\n1,2,2.0,3.5,1\n2,1,1.5,2.5,2\n2,2,3.0,4.0,3\n3,1,1.0,1.0,1\n3,2,2.5,3.0,2\n");
        var text = """
            module Bad
            let p = panel "p.csv" { id = id; time = t }
            let good = regress y [ x ] |> fe [ id ]
            let bad = regress y [ x; z ] |> fe [ id ]
            """;
        var compilation = SpecCompiler.Compile(text, new FileSystemHeaderProvider(_folder));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        var study = new StudyRunner(_folder).Run(compilation.Plan!);

        Assert.True(study["good"].Succeeded);
        var error = study["bad"].Error!;
        Assert.Contains("p.csv", error);
        Assert.Contains("'z'", error);
        Assert.Contains("line 2", error);
        Assert.Contains("oops", error);
    }
}
