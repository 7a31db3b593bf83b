using System.Globalization;
using System.Text;
using NtSec.AccessControl.Conditional;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// Writes Windows' canonical SDDL (ConvertSecurityDescriptorToStringSecurityDescriptorW with
/// owner, group, DACL and SACL requested), as the Samba/Windows round-trip vectors show it:
/// sections O, G, D, S; ACL flags P, AR, AI; ACE flags in bit order; rights as a composite code
/// on exact match, else two-letter codes in ascending bit order, else lower-case hex.
/// </summary>
internal static class SddlWriter
{
    public static bool TryWrite(SecurityDescriptor sd, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        ArgumentNullException.ThrowIfNull(sd);
        ArgumentNullException.ThrowIfNull(context);
        sddl = null;
        var sb = new StringBuilder(64);
        if (sd.Owner is { } owner)
        {
            sb.Append("O:").Append(context.FormatSid(owner));
        }

        if (sd.Group is { } group)
        {
            sb.Append("G:").Append(context.FormatSid(group));
        }

        if (sd.DaclPresent && !TryWriteAcl(sb, 'D', sd.Dacl, sd.Control, isDacl: true, context, out error))
        {
            return false;
        }

        if (sd.SaclPresent && !TryWriteAcl(sb, 'S', sd.Sacl, sd.Control, isDacl: false, context, out error))
        {
            return false;
        }

        sddl = sb.ToString();
        error = null;
        return true;
    }

    private static bool TryWriteAcl(StringBuilder sb, char section, Acl? acl, SecurityDescriptorControl control, bool isDacl,
        SddlContext context, out string? error)
    {
        sb.Append(section).Append(':');
        if ((control & (isDacl ? SecurityDescriptorControl.DaclProtected : SecurityDescriptorControl.SaclProtected)) != 0)
        {
            sb.Append('P');
        }

        if ((control & (isDacl ? SecurityDescriptorControl.DaclAutoInheritRequired : SecurityDescriptorControl.SaclAutoInheritRequired)) != 0)
        {
            sb.Append("AR");
        }

        if ((control & (isDacl ? SecurityDescriptorControl.DaclAutoInherited : SecurityDescriptorControl.SaclAutoInherited)) != 0)
        {
            sb.Append("AI");
        }

        if (acl is null)
        {
            sb.Append("NO_ACCESS_CONTROL");
            error = null;
            return true;
        }

        for (int i = 0; i < acl.Count; i++)
        {
            if (!TryWriteAce(sb, acl[i], context, out error))
            {
                error = $"{(isDacl ? "DACL" : "SACL")} ACE {i}: {error}";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>One ACE in SDDL, as it would appear in a descriptor; false for ACEs SDDL cannot express.</summary>
    internal static bool TryFormatAce(Ace ace, SddlContext context, [NotNullWhen(true)] out string? text)
    {
        var sb = new StringBuilder(48);
        text = TryWriteAce(sb, ace, context, out _) ? sb.ToString() : null;
        return text is not null;
    }

    private static bool TryWriteAce(StringBuilder sb, Ace ace, SddlContext context, out string? error)
    {
        string? code = SddlTables.CodeOf(ace.Type);
        if (code is null || ace.Layout == AceLayout.Opaque)
        {
            error = $"ACE type 0x{(byte)ace.Type:X2} has no SDDL form";
            return false;
        }

        string? extra = null;
        if (!ace.ApplicationData.IsEmpty && !TryFormatExtra(ace, context, out extra, out error))
        {
            return false;
        }

        sb.Append('(').Append(code).Append(';');
        AppendFlags(sb, ace);
        sb.Append(';');
        AppendRights(sb, ace.Mask.Value, ace.Type == AceType.SystemMandatoryLabel);
        sb.Append(';');
        AppendGuid(sb, ace.ObjectType);
        sb.Append(';');
        AppendGuid(sb, ace.InheritedObjectType);
        sb.Append(';').Append(context.FormatSid(ace.Sid!));
        if (extra is not null)
        {
            sb.Append(';').Append(extra);
        }

        sb.Append(')');
        error = null;
        return true;
    }

    private static bool TryFormatExtra(Ace ace, SddlContext context, [NotNullWhen(true)] out string? extra, out string? error)
    {
        if (SddlTables.TakesCondition(ace.Type))
        {
            return ConditionalExpressionSddl.TryFormat(ace.ApplicationData, context, out extra, out error);
        }

        if (ace.Type == AceType.SystemResourceAttribute)
        {
            return ResourceAttributeSddl.TryFormat(ace.ApplicationData, context, out extra, out error);
        }

        extra = null;
        error = $"a {SddlTables.CodeOf(ace.Type)} ACE with {ace.ApplicationData.Length} bytes of application data has no SDDL form";
        return false;
    }

    private static void AppendFlags(StringBuilder sb, Ace ace)
    {
        foreach (var (code, flag) in SddlTables.AceFlagCodes)
        {
            if ((ace.Flags & flag) != 0)
            {
                sb.Append(flag == AceFlags.SuccessfulAccess && ace.Type == AceType.SystemAccessFilter ? SddlTables.TrustProtectedCode : code);
            }
        }
    }

    /// <summary>Appends the rights field as Windows writes it.</summary>
    internal static void AppendRights(StringBuilder sb, uint mask, bool label)
    {
        if (mask == 0)
        {
            return;
        }

        foreach (var (code, bits) in SddlTables.CompositeRights)
        {
            if (bits == mask)
            {
                sb.Append(code);
                return;
            }
        }

        var table = label ? SddlTables.LabelRights.Concat(SddlTables.BitRights.Where(r => r.Mask > 0x4)) : SddlTables.BitRights;
        uint covered = 0;
        foreach (var (_, bits) in table)
        {
            covered |= bits & mask;
        }

        if (covered != mask)
        {
            sb.Append("0x").Append(mask.ToString("x", CultureInfo.InvariantCulture));
            return;
        }

        foreach (var (code, bits) in table)
        {
            if ((mask & bits) != 0)
            {
                sb.Append(code);
            }
        }
    }

    private static void AppendGuid(StringBuilder sb, Guid? guid)
    {
        if (guid is { } g)
        {
            sb.Append(g.ToString("D", CultureInfo.InvariantCulture));
        }
    }
}
