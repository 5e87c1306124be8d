namespace NevSpec.SyntheticData;

public static class RepositoryRoot
{
    /// <summary>Path of the bundled file relative to the repository root.</summary>
    public const string RelativeOutput = "specs/data/provinces.csv";

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
}
