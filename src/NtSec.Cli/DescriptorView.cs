using System.Globalization;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Cli;

/// <summary>The readable breakdown `sd show` prints: owner, group, control flags, each ACE with names.</summary>
internal static class DescriptorView
{
    public static bool TryWrite(SecurityDescriptor sd, string type, SddlContext context, TextWriter output, [NotNullWhen(false)] out string? error)
    {
        if (!ObjectTypeInfo.TryGetByName(type, out var info))
        {
            error = $"--type: unknown object type '{type}' (known: {string.Join(", ", ObjectTypeInfo.All.Select(t => t.Name))})";
            return false;
        }

        error = null;
        output.WriteLine($"Owner:    {Describe(sd.Owner, context)}");
        output.WriteLine($"Group:    {Describe(sd.Group, context)}");
        output.WriteLine($"Control:  0x{(ushort)sd.Control:X4} {ControlNames(sd.Control)}");
        WriteAcl(output, "DACL", sd.DaclPresent, sd.Dacl, info, context);
        WriteAcl(output, "SACL", sd.SaclPresent, sd.Sacl, info, context);
        return true;
    }

    private static void WriteAcl(TextWriter output, string name, bool present, Acl? acl, ObjectTypeInfo type, SddlContext context)
    {
        if (!present)
        {
            output.WriteLine($"{name}:     absent{(name == "DACL" ? " (no DACL: everyone is granted everything)" : string.Empty)}");
            return;
        }

        if (acl is null)
        {
            output.WriteLine($"{name}:     NULL{(name == "DACL" ? " (NO_ACCESS_CONTROL: everyone is granted everything)" : string.Empty)}");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}:     revision {acl.Revision}, {acl.Count} ACE(s)"));
        for (int i = 0; i < acl.Count; i++)
        {
            var ace = acl[i];
            string sddl = ace.TryToSddl(context, out var text) ? text : $"type 0x{(byte)ace.Type:X2} (no SDDL form)";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{i}] {sddl}"));
            output.WriteLine($"      {ace.Type}{(ace.Flags == 0 ? string.Empty : " " + ace.Flags)}");
            if (ace.Sid is not null)
            {
                output.WriteLine($"      trustee: {Describe(ace.Sid, context)}");
                string rights = ace.Type == AceType.SystemMandatoryLabel
                    ? LabelPolicy(ace.Mask.Value)
                    : AccessMaskNames.Format(ace.Mask, type.Kind);
                output.WriteLine($"      rights:  {ace.Mask} {rights}");
            }

            if (ace.ObjectType is { } objectType)
            {
                output.WriteLine($"      object type: {objectType}");
            }

            if (ace.InheritedObjectType is { } inherited)
            {
                output.WriteLine($"      inherited object type: {inherited}");
            }
        }
    }

    private static string LabelPolicy(uint mask) => mask == 0
        ? "(no policy)"
        : SdkNames(mask, [("SYSTEM_MANDATORY_LABEL_NO_WRITE_UP", 1u), ("SYSTEM_MANDATORY_LABEL_NO_READ_UP", 2u), ("SYSTEM_MANDATORY_LABEL_NO_EXECUTE_UP", 4u)]);

    private static string ControlNames(SecurityDescriptorControl control) =>
        SdkNames((ushort)control, Enum.GetValues<SecurityDescriptorControl>().Where(v => v != 0).Select(v => ("SE_" + Snake(v.ToString()), (uint)v)).ToArray());

    private static string SdkNames(uint mask, (string Name, uint Bit)[] names)
    {
        var parts = names.Where(n => (mask & n.Bit) != 0).Select(n => n.Name).ToList();
        uint rest = mask & ~names.Aggregate(0u, (a, n) => a | n.Bit);
        if (rest != 0)
        {
            parts.Add($"0x{rest:X}");
        }

        return string.Join("|", parts);
    }

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string Describe(Sid? sid, SddlContext context)
    {
        if (sid is null)
        {
            return "(none)";
        }

        string alias = context.FormatSid(sid);
        string name = WellKnownSidNames.TryGetName(sid, out var account) ? account.FullName : "(no well-known name)";
        return alias == sid.ToString() ? $"{sid} {name}" : $"{sid} {name} [{alias}]";
    }
}
