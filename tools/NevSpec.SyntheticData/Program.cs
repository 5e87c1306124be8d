using System.Globalization;
using NevSpec.SyntheticData;

// Usage: dotnet run --project tools/NevSpec.SyntheticData -- [output-path] [--seed N]
// Default output: specs/data/provinces.csv under the repository root (the directory holding NevSpec.sln,
// found by walking up from the current directory). Default seed: DgpParameters.DefaultSeed.
ulong seed = DgpParameters.DefaultSeed;
string? output = null;
for (int a = 0; a < args.Length; a++)
{
    if (args[a] is "--seed")
    {
        if (a + 1 >= args.Length || !ulong.TryParse(args[a + 1], NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            Console.Error.WriteLine("--seed needs a non-negative integer.");
            return 2;
        }
        a++;
    }
    else if (args[a] is "-h" or "--help")
    {
        Console.WriteLine("NevSpec.SyntheticData [output.csv] [--seed N]   (default seed " + DgpParameters.DefaultSeed + ")");
        return 0;
    }
    else if (output is null) output = args[a];
    else
    {
        Console.Error.WriteLine($"Unexpected argument '{args[a]}'.");
        return 2;
    }
}

if (output is null)
{
    string? root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
    if (root is null)
    {
        Console.Error.WriteLine("Could not find NevSpec.sln above the current directory; pass an output path.");
        return 1;
    }
    output = RepositoryRoot.DefaultOutput(root);
}

var panel = PanelGenerator.Generate(seed);
string? dir = Path.GetDirectoryName(Path.GetFullPath(output));
if (dir is not null) Directory.CreateDirectory(dir);
File.WriteAllBytes(output, panel.ToCsvBytes());
Console.WriteLine($"Wrote {panel.RowCount} rows × {panel.Columns.Count} columns (seed {seed}) to {output}");
return 0;
