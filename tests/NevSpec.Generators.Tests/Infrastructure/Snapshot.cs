using System.Runtime.CompilerServices;

namespace NevSpec.Generators.Tests.Infrastructure;

/// <summary>
/// A small stand-in for Verify: compares text with a checked-in <c>Snapshots/{name}.verified.txt</c>.
/// A missing or different snapshot fails the test and writes <c>{name}.received.txt</c> next to it
/// (git-ignored); accept a change by renaming received to verified after reviewing the diff.
/// Line endings are normalised to '\n' and the repository root is replaced by <c>{Repo}</c>.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var normalised = Normalise(actual);

        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot '{name}' differs from {verified}; see {received}."
            : $"Snapshot '{name}' is missing; review {received} and rename it to {Path.GetFileName(verified)}.");
    }

    public static string Normalise(string text)
    {
        var unified = text.Replace("\r\n", "\n");
        unified = unified.Replace(RepoPaths.Root.Replace('\\', '/'), "{Repo}").Replace(RepoPaths.Root, "{Repo}");
        return unified.EndsWith('\n') ? unified : unified + "\n";
    }
}
