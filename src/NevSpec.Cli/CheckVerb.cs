namespace NevSpec.Cli;

/// <summary><c>nevspec check</c>: diagnostics only; exit 1 when there is an error.</summary>
internal sealed class CheckVerb(TextWriter stdout, TextWriter stderr)
{
    public int Execute(FileInfo spec)
    {
        var compilation = new SpecLoader(stderr).Load(spec, out _);
        if (compilation is null || compilation.HasErrors) return 1;
        var plan = compilation.Plan!;
        // Counts of what the spec defines; kinds it does not use are left out, so a paper-1 spec reads as before.
        var parts = new List<string> { Count(plan.Sources.Count, "data source", "data sources"), Count(plan.Models.Count, "model", "models") };
        if (plan.Analyses.Count > 0) parts.Add(Count(plan.Analyses.Count, "analysis", "analyses"));
        if (plan.Networks.Count > 0) parts.Add(Count(plan.Networks.Count, "network", "networks"));
        if (plan.NetworkAnalyses.Count > 0) parts.Add(Count(plan.NetworkAnalyses.Count, "network analysis", "network analyses"));
        stdout.WriteLine($"{spec}: ok — module {plan.Module}, {string.Join(", ", parts)}.");
        return 0;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
