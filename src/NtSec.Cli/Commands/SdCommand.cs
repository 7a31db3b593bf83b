using System.CommandLine;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec sd`: security descriptor commands.</summary>
internal static class SdCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("sd", "Security descriptors: convert between SDDL and self-relative bytes, show their contents")
        {
            SdConvertCommand.Create(output, error),
            SdShowCommand.Create(output, error),
        };
}
