namespace NevSpec.Core.Tests.Support;

/// <summary>Finds the repository root (the folder with NevSpec.sln) and the shared reference folder next to it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string RepoRoot => RootLazy.Value;

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NevSpec.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"No folder containing NevSpec.sln above {AppContext.BaseDirectory}.");
    }
}
