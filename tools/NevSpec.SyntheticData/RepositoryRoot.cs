namespace NevSpec.SyntheticData;

public static class RepositoryRoot
{
    /// <summary>Path of the bundled file relative to the repository root.</summary>
    public const string RelativeOutput = "specs/data/provinces.csv";

    /// <summary>Directory of the bundled data relative to the repository root, and the network file names in it.</summary>
    public const string RelativeDataDirectory = "specs/data";
    public const string CitiesFile = "cities.csv";
    public const string CityYearsFile = "city_years.csv";
    public const string CopatentsFile = "copatents.csv";
    public const string CityPairsFile = "city_pairs.csv";

    /// <summary>The nearest directory at or above <paramref name="start"/> containing NevSpec.sln, or null.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NevSpec.sln")))
                return dir.FullName;
        return null;
    }

    public static string DefaultOutput(string root) =>
        Path.Combine(root, RelativeOutput.Replace('/', Path.DirectorySeparatorChar));

    public static string DataDirectory(string root) =>
        Path.Combine(root, RelativeDataDirectory.Replace('/', Path.DirectorySeparatorChar));
}
