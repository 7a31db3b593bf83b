using System.CommandLine;
using NtSec.AccessControl;
using NtSec.Authorization;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec check` (CONTRACT.md): one access check, or one JSON line per input with --batch.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sd = new Option<string?>("--sd") { Description = "The security descriptor in SDDL, or @FILE" };
        var token = new Option<string?>("--token") { Description = "A token preset (system, local-service, network-service, admin, admin-filtered, user, anonymous) or a token JSON file" };
        var access = new Option<string?>("--access") { Description = "Desired access: hex, decimal or |-joined SDK names (FILE_GENERIC_READ|DELETE, MAXIMUM_ALLOWED)" };
        var type = new Option<string>("--type") { Description = "Object type whose generic mapping and names apply", DefaultValueFactory = _ => "file" };
        var explain = new Option<bool>("--explain") { Description = "Print the decision trace: every stage and every ACE" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var batch = new Option<FileInfo?>("--batch") { Description = "Read JSON lines {\"sd\",\"token\",\"access\",\"type\"}; write one JSON line per input" };
        var command = new Command("check", "Run the access check as NtAccessCheck does, and say why")
        {
            sd, token, access, type, explain, json, batch,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(batch) is { } file)
            {
                return CheckBatch.Run(file, output, error);
            }

            return RunSingle(result.GetValue(sd), result.GetValue(token), result.GetValue(access), result.GetValue(type)!,
                result.GetValue(explain), result.GetValue(json), output, error);
        });
        return command;
    }

    private static int RunSingle(string? sdText, string? tokenText, string? accessText, string typeName, bool explain, bool json,
        TextWriter output, TextWriter error)
    {
        if (sdText is null || tokenText is null || accessText is null)
        {
            error.WriteLine("error: give --sd, --token and --access (or --batch FILE)");
            return ExitCodes.BadInput;
        }

        if (!InputText.TryResolve(sdText, out var sddl, out var problem)
            || !CheckInputs.TryType(typeName, out var type, out problem)
            || !CheckInputs.TryMask(accessText, type, out uint desired, out problem)
            || !TokenInput.TryResolveToken(tokenText, out var tokenState, out problem))
        {
            error.WriteLine("error: " + problem);
            return ExitCodes.BadInput;
        }

        if (!SecurityDescriptor.TryParseSddl(sddl, TokenInput.Context, out var descriptor, out var parseError))
        {
            error.WriteLine($"error: --sd: SDDL {parseError}");
            return ExitCodes.BadInput;
        }

        var trace = explain ? new AccessCheckTrace() : null;
        var checkResult = ImpersonationAccessCheck.Check(descriptor, tokenState, desired, type.GenericMapping, null, trace);
        if (json)
        {
            output.WriteLine(CheckOutput.Json(checkResult, type, trace));
        }
        else
        {
            CheckOutput.WriteText(output, checkResult, type, desired, trace);
        }

        return ExitCodes.Success;
    }
}
