using System;
using System.IO;

namespace NevSpec.Language.Tests;

/// <summary>Finds the repository by walking up from the test binaries to the folder with NevSpec.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Specs => Path.Combine(Root, "specs");

    public static string InvalidSpecs => Path.Combine(Specs, "invalid");

    public static string Cases => Path.Combine(AppContext.BaseDirectory, "Cases");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "NevSpec.sln"))) return directory.FullName;
        throw new InvalidOperationException("NevSpec.sln not found above " + AppContext.BaseDirectory);
    }
}
