using NevSpec.Language;

namespace NevSpec.Cli;

/// <summary>
/// Reads and compiles a spec the way every verb needs it, printing diagnostics in the compiler's
/// <c>file(line,col): error NEVxxxx: message</c> form with the path as the user typed it.
/// </summary>
internal sealed class SpecLoader
{
    private readonly TextWriter _stderr;

    public SpecLoader(TextWriter stderr) => _stderr = stderr;

    /// <summary>The compilation, or null when the file cannot be read (already reported).</summary>
    public SpecCompilation? Load(FileInfo spec, out string text)
    {
        text = "";
        if (!spec.Exists)
        {
            _stderr.WriteLine($"{spec}: error: spec file not found (looked for {spec.FullName}).");
            return null;
        }
        text = File.ReadAllText(spec.FullName);
        var compilation = SpecCompiler.Compile(text, new FileSystemHeaderProvider(spec.DirectoryName ?? "."));
        foreach (var diagnostic in compilation.Diagnostics)
            _stderr.WriteLine(diagnostic.Format(spec.ToString()));
        return compilation;
    }
}
