using System.CommandLine;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec sd convert` (shared/CONTRACT.md): one descriptor, or one line per input with --batch.</summary>
internal static class SdConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<DescriptorFormat>("--from") { Description = "Input encoding: sddl, hex or base64", Required = true };
        var to = new Option<DescriptorFormat>("--to") { Description = "Output encoding: sddl, hex or base64", Required = true };
        var domainSid = CommonOptions.DomainSid();
        var batch = new Option<FileInfo?>("--batch") { Description = "Read one input per line from FILE; write one line per input" };
        var input = new Argument<string?>("INPUT") { Description = "The descriptor to convert, or @FILE to read it from a file", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("convert", "Convert a security descriptor between SDDL, hex and base64")
        {
            from, to, domainSid, batch, input,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryContext(result.GetValue(domainSid), out var context, out var contextError))
            {
                error.WriteLine("error: " + contextError);
                return ExitCodes.BadInput;
            }

            var inFormat = result.GetValue(from);
            var outFormat = result.GetValue(to);
            if (result.GetValue(batch) is { } file)
            {
                return RunBatch(file, inFormat, outFormat, context, output, error);
            }

            if (result.GetValue(input) is not { } argument)
            {
                error.WriteLine("error: give INPUT or --batch FILE");
                return ExitCodes.BadInput;
            }

            if (!InputText.TryResolve(argument, out var text, out var inputError))
            {
                error.WriteLine("error: " + inputError);
                return ExitCodes.BadInput;
            }

            if (DescriptorCodec.TryDecode(text, inFormat, context, out var sd, out var decodeError)
                && DescriptorCodec.TryEncode(sd, outFormat, context, out var converted, out decodeError))
            {
                output.WriteLine(converted);
                return ExitCodes.Success;
            }

            error.WriteLine("error: " + decodeError);
            return ExitCodes.BadInput;
        });
        return command;
    }

    /// <summary>Exactly one output line per input line, in order; exit 1 when any line failed.</summary>
    private static int RunBatch(FileInfo file, DescriptorFormat from, DescriptorFormat to, NtSec.AccessControl.Sddl.SddlContext context,
        TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"error: --batch: file '{file.FullName}' does not exist");
            return ExitCodes.BadInput;
        }

        bool anyFailed = false;
        foreach (var line in File.ReadLines(file.FullName))
        {
            if (DescriptorCodec.TryDecode(line, from, context, out var sd, out var lineError)
                && DescriptorCodec.TryEncode(sd, to, context, out var converted, out lineError))
            {
                output.WriteLine(converted);
            }
            else
            {
                anyFailed = true;
                output.WriteLine("error: " + lineError);
            }
        }

        return anyFailed ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
