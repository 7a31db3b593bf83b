using System.CommandLine;
using NtSec.Cli.Commands;

namespace NtSec.Cli;

/// <summary>The `ntsec` command tree. Holds no security logic: every command calls the library.</summary>
internal static class CliApp
{
    /// <summary>Runs <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ntsec: the Windows NT security reference monitor, modelled and explained")
        {
            SdCommand.Create(output, error),
            TokenCommand.Create(output, error),
            CheckCommand.Create(output, error),
            RunCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("error: " + e.Message);
            }

            error.WriteLine("Run 'ntsec --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
