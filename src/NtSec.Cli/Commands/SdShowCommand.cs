using System.CommandLine;

namespace NtSec.Cli.Commands;

/// <summary>`ntsec sd show`: a readable breakdown of one descriptor.</summary>
internal static class SdShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<DescriptorFormat>("--from") { Description = "Input encoding: sddl (default), hex or base64", DefaultValueFactory = _ => DescriptorFormat.Sddl };
        var type = new Option<string>("--type") { Description = "Object type whose rights names are shown (file, directory, key, process, thread, token, ...)", DefaultValueFactory = _ => "file" };
        var domainSid = CommonOptions.DomainSid();
        var input = new Argument<string>("INPUT") { Description = "The descriptor to show, or @FILE to read it from a file" };
        var command = new Command("show", "Show a security descriptor: owner, group, control flags and every ACE with names")
        {
            from, type, domainSid, input,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryContext(result.GetValue(domainSid), out var context, out var contextError))
            {
                error.WriteLine("error: " + contextError);
                return ExitCodes.BadInput;
            }

            if (!InputText.TryResolve(result.GetValue(input)!, out var text, out var inputError))
            {
                error.WriteLine("error: " + inputError);
                return ExitCodes.BadInput;
            }

            if (!DescriptorCodec.TryDecode(text, result.GetValue(from), context, out var sd, out var decodeError))
            {
                error.WriteLine("error: " + decodeError);
                return ExitCodes.BadInput;
            }

            if (!DescriptorView.TryWrite(sd, result.GetValue(type)!, context, output, out var viewError))
            {
                error.WriteLine("error: " + viewError);
                return ExitCodes.BadInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
