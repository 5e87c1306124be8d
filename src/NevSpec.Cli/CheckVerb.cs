namespace NevSpec.Cli;

/// <summary><c>nevspec check</c>: diagnostics only; exit 1 when there is an error.</summary>
internal sealed class CheckVerb(TextWriter stdout, TextWriter stderr)
{
    public int Execute(FileInfo spec)
    {
        var compilation = new SpecLoader(stderr).Load(spec, out _);
        if (compilation is null || compilation.HasErrors) return 1;
        var plan = compilation.Plan!;
        stdout.WriteLine($"{spec}: ok — module {plan.Module}, {plan.Sources.Count} data source(s), {plan.Models.Count} model(s).");
        return 0;
    }
}
