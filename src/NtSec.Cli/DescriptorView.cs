using System.Globalization;
using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Cli;

/// <summary>The readable breakdown `sd show` prints: owner, group, control flags, each ACE.</summary>
internal static class DescriptorView
{
    public static bool TryWrite(SecurityDescriptor sd, string type, SddlContext context, TextWriter output, [NotNullWhen(false)] out string? error)
    {
        error = null;
        output.WriteLine($"Owner:   {Describe(sd.Owner, context)}");
        output.WriteLine($"Group:   {Describe(sd.Group, context)}");
        output.WriteLine($"Control: 0x{(ushort)sd.Control:X4} {sd.Control}");
        WriteAcl(output, "DACL", sd.DaclPresent, sd.Dacl, context);
        WriteAcl(output, "SACL", sd.SaclPresent, sd.Sacl, context);
        _ = type;
        return true;
    }

    private static void WriteAcl(TextWriter output, string name, bool present, Acl? acl, SddlContext context)
    {
        if (!present)
        {
            output.WriteLine($"{name}:    absent");
            return;
        }

        if (acl is null)
        {
            output.WriteLine($"{name}:    NULL (no ACL: grants everyone all access)");
            return;
        }

        output.WriteLine($"{name}:    revision {acl.Revision}, {acl.Count} ACE(s)");
        for (int i = 0; i < acl.Count; i++)
        {
            var ace = acl[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{i}] {ace.Type} flags={ace.Flags} mask={ace.Mask} sid={Describe(ace.Sid, context)}"));
        }
    }

    private static string Describe(Sid? sid, SddlContext context) =>
        sid is null ? "(none)" : $"{sid} ({context.FormatSid(sid)})";
}
