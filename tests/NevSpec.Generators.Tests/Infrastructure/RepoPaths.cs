namespace NevSpec.Generators.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding NevSpec.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Specs => Path.Combine(Root, "specs");

    public static string InvalidSpecs => Path.Combine(Specs, "invalid");

    public static string SpecData => Path.Combine(Specs, "data");

    public static string ExampleSpecs => Path.Combine(Specs, "examples");

    /// <summary>
    /// Valid specs: <c>specs/*.nevspec</c> (not the invalid ones) by file name, then <c>specs/examples/*.nevspec</c>
    /// as <c>examples/{name}</c>.
    /// </summary>
    public static IEnumerable<string> ValidSpecNames() =>
        (Directory.Exists(Specs)
            ? Directory.GetFiles(Specs, "*.nevspec").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>())
        .Concat(Directory.Exists(ExampleSpecs)
            ? Directory.GetFiles(ExampleSpecs, "*.nevspec").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).Select(n => "examples/" + n)
            : Enumerable.Empty<string>());

    public static IEnumerable<string> InvalidSpecNames() =>
        Directory.Exists(InvalidSpecs)
            ? Directory.GetFiles(InvalidSpecs, "*.nevspec").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NevSpec.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NevSpec.sln not found above " + AppContext.BaseDirectory);
    }
}
