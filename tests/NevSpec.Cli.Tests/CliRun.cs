using NevSpec.Cli;

namespace NevSpec.Cli.Tests;

/// <summary>Runs the real <c>nevspec</c> command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
