using System.CommandLine;
using NtSec.Cli.Scenarios;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec run FILE...` (CONTRACT.md "Scenarios"; docs/scenarios.md): runs scenario files and checks their expectations.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files (.yaml/.yml) or directories of them", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON report instead of the text lines" };
        var command = new Command("run", "Run scenario files: build a machine, make the calls, check what Windows would answer")
        {
            files, json,
        };
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(json), output, error));
        return command;
    }

    /// <summary>0 when every expectation holds, 1 when one fails, 2 when a file is malformed or missing.</summary>
    public static int Run(IReadOnlyList<string> arguments, bool json, TextWriter output, TextWriter error)
    {
        if (!ScenarioFiles.TryExpand(arguments, out var paths, out var problem))
        {
            error.WriteLine("error: " + problem);
            return ExitCodes.BadInput;
        }

        var outcomes = paths.Select(p => ScenarioRunner.RunFile(p, p)).ToList();
        if (json)
        {
            output.WriteLine(ScenarioReport.Json(outcomes));
            foreach (var e in outcomes.Select(o => o.Error).OfType<ScenarioException>())
            {
                error.WriteLine($"{e.Mark}: error: {e.Message}");
            }
        }
        else
        {
            ScenarioReport.WriteText(outcomes, output, error);
        }

        var (_, failed, errors) = ScenarioReport.Totals(outcomes);
        return errors > 0 ? ExitCodes.BadInput : failed > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
