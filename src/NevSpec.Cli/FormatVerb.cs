using NevSpec.Language;

namespace NevSpec.Cli;

/// <summary><c>nevspec fmt</c>: canonical form to stdout, in place with --write, or a check with --check.</summary>
internal sealed class FormatVerb(TextWriter stdout, TextWriter stderr)
{
    public int Execute(FileInfo spec, bool write, bool check)
    {
        if (!spec.Exists)
        {
            stderr.WriteLine($"{spec}: error: spec file not found (looked for {spec.FullName}).");
            return 1;
        }
        var text = File.ReadAllText(spec.FullName);
        var parsed = NevSpecParser.TryParse(text);
        foreach (var diagnostic in parsed.Diagnostics)
            stderr.WriteLine(diagnostic.Format(spec.ToString()));
        if (!parsed.Success || parsed.Module is null) return 1;

        var formatted = SpecFormatter.Format(parsed.Module);
        if (check)
        {
            if (formatted == text) return 0;
            stderr.WriteLine($"{spec}: not in canonical form (run 'nevspec fmt --write {spec}').");
            return 1;
        }
        if (write)
        {
            if (formatted != text) File.WriteAllText(spec.FullName, formatted);
            return 0;
        }
        stdout.Write(formatted);
        return 0;
    }
}
