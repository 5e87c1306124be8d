using System.Runtime.CompilerServices;

namespace NevSpec.Tests;

/// <summary>
/// Snapshot assertions without Verify (its dependency cannot be restored here): the text is compared with
/// a checked-in <c>Snapshots/&lt;name&gt;.verified.txt</c> next to the calling test file. A missing or
/// different snapshot fails the test and writes <c>&lt;name&gt;.received.txt</c> beside it; review it and
/// rename it to <c>.verified.txt</c> to accept.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot '{name}' differs from {verified}; the new text is in {received}."
            : $"Snapshot '{name}' has no verified file; review {received} and rename it to {Path.GetFileName(verified)}.");
    }
}
