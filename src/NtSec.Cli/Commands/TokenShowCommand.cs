using System.CommandLine;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec token show TOKEN`: everything a token holds, like whoami /all and more.</summary>
internal static class TokenShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var token = new Argument<string>("TOKEN") { Description = "A preset: system, local-service, network-service, admin, admin-filtered, user, anonymous" };
        var command = new Command("show", "Show a token: user, groups, privileges, restricting SIDs, flags, ids, default DACL")
        {
            token,
        };
        command.SetAction(result =>
        {
            string name = result.GetValue(token)!;
            if (!TokenInput.TryResolveToken(name, out var state, out var tokenError))
            {
                error.WriteLine("error: " + tokenError);
                return ExitCodes.BadInput;
            }

            TokenView.Write(state, name, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
