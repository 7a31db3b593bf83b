using System.CommandLine;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec token`: access token commands.</summary>
internal static class TokenCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("token", "Access tokens: show a token, make a restricted token from it as CreateRestrictedToken does")
        {
            TokenShowCommand.Create(output, error),
            TokenRestrictCommand.Create(output, error),
        };
}
