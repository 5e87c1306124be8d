namespace NevSpec.Tests;

/// <summary>
/// Locates the repository (the folder holding NevSpec.sln) and the shared reference folder beside it,
/// so tests run the same from any working directory and on a clean CI clone.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> next to the repository: reference data and other software's output.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Specs => Path.Combine(Root, "specs");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NevSpec.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"NevSpec.sln not found above {AppContext.BaseDirectory}.");
    }
}
