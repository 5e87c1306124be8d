using System.Globalization;
using NevSpec.SyntheticData;

// Usage: dotnet run --project tools/NevSpec.SyntheticData -- [provinces-output.csv] [--seed N]
//            [--only provinces|network] [--network-dir DIR] [--network-seed N]
// Default: both datasets. The provincial panel goes to specs/data/provinces.csv (seed DgpParameters.DefaultSeed);
// the co-patent network goes to specs/data/{cities,city_years,copatents}.csv (seed NetworkParameters.DefaultSeed).
// The repository root is the directory holding NevSpec.sln, found by walking up from the current directory.
ulong seed = DgpParameters.DefaultSeed;
ulong networkSeed = NetworkParameters.DefaultSeed;
string? output = null, networkDir = null, only = null;
for (int a = 0; a < args.Length; a++)
{
    if (args[a] is "--seed" or "--network-seed")
    {
        if (a + 1 >= args.Length || !ulong.TryParse(args[a + 1], NumberStyles.None, CultureInfo.InvariantCulture, out ulong s))
        {
            Console.Error.WriteLine($"{args[a]} needs a non-negative integer.");
            return 2;
        }
        if (args[a] is "--seed") seed = s; else networkSeed = s;
        a++;
    }
    else if (args[a] is "--network-dir" or "--only")
    {
        if (a + 1 >= args.Length)
        {
            Console.Error.WriteLine($"{args[a]} needs a value.");
            return 2;
        }
        if (args[a] is "--network-dir") networkDir = args[++a];
        else
        {
            only = args[++a];
            if (only is not ("provinces" or "network"))
            {
                Console.Error.WriteLine("--only takes 'provinces' or 'network'.");
                return 2;
            }
        }
    }
    else if (args[a] is "-h" or "--help")
    {
        Console.WriteLine("NevSpec.SyntheticData [provinces.csv] [--seed N] [--only provinces|network] [--network-dir DIR] [--network-seed N]");
        Console.WriteLine($"  default seeds: panel {DgpParameters.DefaultSeed}, network {NetworkParameters.DefaultSeed}; default output specs/data/");
        return 0;
    }
    else if (output is null) output = args[a];
    else
    {
        Console.Error.WriteLine($"Unexpected argument '{args[a]}'.");
        return 2;
    }
}

bool writeProvinces = only is null or "provinces";
bool writeNetwork = only is null or "network";
if ((writeProvinces && output is null) || (writeNetwork && networkDir is null))
{
    string? root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
    if (root is null)
    {
        Console.Error.WriteLine("Could not find NevSpec.sln above the current directory; pass output paths.");
        return 1;
    }
    output ??= RepositoryRoot.DefaultOutput(root);
    networkDir ??= RepositoryRoot.DataDirectory(root);
}

if (writeProvinces)
{
    var panel = PanelGenerator.Generate(seed);
    string? dir = Path.GetDirectoryName(Path.GetFullPath(output!));
    if (dir is not null) Directory.CreateDirectory(dir);
    File.WriteAllBytes(output!, panel.ToCsvBytes());
    Console.WriteLine($"Wrote {panel.RowCount} rows × {panel.Columns.Count} columns (seed {seed}) to {output}");
}

if (writeNetwork)
{
    var net = CopatentNetworkGenerator.Generate(networkSeed);
    Directory.CreateDirectory(networkDir!);
    File.WriteAllBytes(Path.Combine(networkDir!, RepositoryRoot.CitiesFile), net.CitiesCsvBytes());
    File.WriteAllBytes(Path.Combine(networkDir!, RepositoryRoot.CityYearsFile), net.CityYearsCsvBytes());
    File.WriteAllBytes(Path.Combine(networkDir!, RepositoryRoot.CopatentsFile), net.CopatentsCsvBytes());
    File.WriteAllBytes(Path.Combine(networkDir!, RepositoryRoot.CityPairsFile), net.CityPairsCsvBytes());
    Console.WriteLine($"Wrote {net.Cities.Count} cities, {net.CityYears.Count} city-years and {net.Records.Count} co-patent records, {net.AdjacentPairs().Count} adjacent pairs (seed {networkSeed}) to {networkDir}");
}
return 0;
