using System.CommandLine;

namespace NevSpec.Cli;

/// <summary>
/// The <c>nevspec</c> command line: <c>check</c>, <c>run</c> and <c>fmt</c>. Output goes to the given
/// writers so that tests can run the real commands in-process.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("NevSpec: check, run and format .nevspec study specifications.");
        root.Subcommands.Add(CheckCommand(stdout, stderr));
        root.Subcommands.Add(RunCommand(stdout, stderr));
        root.Subcommands.Add(FormatCommand(stdout, stderr));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Argument<FileInfo> SpecArgument() => new("spec") { Description = "The .nevspec file." };

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        var spec = SpecArgument();
        var command = new Command("check", "Parse and bind a spec; report diagnostics as file(line,col): error NEVxxxx: message.");
        command.Arguments.Add(spec);
        command.SetAction(parse => new CheckVerb(stdout, stderr).Execute(parse.GetValue(spec)!));
        return command;
    }

    private static Command RunCommand(TextWriter stdout, TextWriter stderr)
    {
        var spec = SpecArgument();
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Output folder (default: out/<module>)." };
        var command = new Command("run", "Run every model of a spec; print tables and write results.json.");
        command.Arguments.Add(spec);
        command.Options.Add(output);
        command.SetAction(parse => new RunVerb(stdout, stderr).Execute(parse.GetValue(spec)!, parse.GetValue(output)));
        return command;
    }

    private static Command FormatCommand(TextWriter stdout, TextWriter stderr)
    {
        var spec = SpecArgument();
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the file in place instead of printing." };
        var check = new Option<bool>("--check") { Description = "Exit 1 if the file is not in canonical form." };
        var command = new Command("fmt", "Print a spec in canonical form.");
        command.Arguments.Add(spec);
        command.Options.Add(write);
        command.Options.Add(check);
        command.SetAction(parse => new FormatVerb(stdout, stderr).Execute(parse.GetValue(spec)!, parse.GetValue(write), parse.GetValue(check)));
        return command;
    }
}
