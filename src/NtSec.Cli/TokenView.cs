using System.Globalization;
using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Presets;

namespace NtSec.Cli;

/// <summary>
/// The readable form `token show` and `token restrict` print: like whoami /all, plus what whoami leaves
/// out (restricting SIDs, flags, ids, owner, primary group, default DACL).
/// </summary>
internal static class TokenView
{
    private static readonly (GroupAttributes Bit, string Text)[] GroupWords =
    [
        (GroupAttributes.SE_GROUP_MANDATORY, "Mandatory"),
        (GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT, "Enabled by default"),
        (GroupAttributes.SE_GROUP_ENABLED, "Enabled"),
        (GroupAttributes.SE_GROUP_OWNER, "Owner"),
        (GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, "Deny-only"),
        (GroupAttributes.SE_GROUP_INTEGRITY, "Integrity"),
        (GroupAttributes.SE_GROUP_INTEGRITY_ENABLED, "Integrity enabled"),
        (GroupAttributes.SE_GROUP_RESOURCE, "Resource"),
        (GroupAttributes.SE_GROUP_LOGON_ID, "Logon ID"),
    ];

    public static void Write(TokenState token, string title, TextWriter output)
    {
        output.WriteLine($"TOKEN {title}");
        Field(output, "Type", token.Type.ToString());
        Field(output, "Impersonation level", token.Type == TokenType.TokenPrimary
            ? "- (primary token)"
            : token.ImpersonationLevel.ToString());
        Field(output, "Integrity level", $"{token.IntegrityLevel} {NameOf(token.IntegrityLevel)}");
        Field(output, "Mandatory policy", SdkFlags.Format(token.MandatoryPolicy));
        Field(output, "Elevation type", token.ElevationType.ToString());
        Field(output, "Flags", Hex((uint)token.Flags) + " " + (token.Flags == TokenFlags.None ? "None" : token.Flags.ToString().Replace(", ", "|", StringComparison.Ordinal)));
        Field(output, "Restricted", token.IsRestricted ? "yes (restricting SIDs)" : "no");
        Field(output, "Write-restricted", token.IsWriteRestricted ? "yes" : "no");
        Field(output, "Session", token.SessionId.ToString(CultureInfo.InvariantCulture));
        Field(output, "TokenId", token.TokenId.ToString());
        Field(output, "AuthenticationId", token.AuthenticationId.ToString());
        Field(output, "ModifiedId", token.ModifiedId.ToString());
        Field(output, "ParentTokenId", token.ParentTokenId.ToString());
        Field(output, "Source", $"{token.Source.Name} ({token.Source.Identifier})");
        Field(output, "Owner", Describe(token.Owner));
        Field(output, "Primary group", Describe(token.PrimaryGroup));
        Field(output, "Default DACL", token.DefaultDacl is null
            ? "(none)"
            : new SecurityDescriptor(SecurityDescriptorControl.None, null, null, token.DefaultDacl, null).ToSddl());

        output.WriteLine();
        output.WriteLine("USER");
        WriteSidTable(output, [(token.User.Sid, $"{(token.User.IsDenyOnly ? "Deny-only" : "Used for access checks")} ({Hex((uint)token.User.Attributes)})")]);

        output.WriteLine();
        output.WriteLine($"GROUPS ({token.Groups.Length} + integrity label)");
        var rows = token.Groups.Select(g => (g.Sid, GroupAttributeText(g.Attributes))).ToList();
        rows.Add((token.IntegrityLevel, GroupAttributeText(GroupAttributes.SE_GROUP_INTEGRITY | GroupAttributes.SE_GROUP_INTEGRITY_ENABLED) + " label"));
        WriteSidTable(output, rows);

        output.WriteLine();
        output.WriteLine($"PRIVILEGES ({token.Privileges.Length})");
        foreach (var p in token.Privileges)
        {
            output.WriteLine($"  {p.Name,-42} {PrivilegeStateText(p.Attributes)}");
        }

        output.WriteLine();
        output.WriteLine($"RESTRICTING SIDS ({token.RestrictedSids.Length})");
        WriteSidTable(output, [.. token.RestrictedSids.Select(r => (r.Sid, GroupAttributeText(r.Attributes)))]);
    }

    /// <summary>What NtFilterToken changed between <paramref name="source"/> and <paramref name="result"/>.</summary>
    public static void WriteDifference(TokenState source, TokenState result, IReadOnlyList<Sid> sidsToDisable,
        IReadOnlyList<Luid> privilegesToDelete, TextWriter output)
    {
        output.WriteLine("DIFFERENCE");
        var denyOnly = new List<string>();
        if (!source.User.IsDenyOnly && result.User.IsDenyOnly)
        {
            denyOnly.Add($"{Describe(result.User.Sid)} (user)");
        }

        foreach (var g in result.Groups)
        {
            if (g.IsDenyOnly && source.TryGetSidAttributes(g.Sid, out var before) && (before & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) == 0)
            {
                denyOnly.Add($"{Describe(g.Sid)} {Hex((uint)before)} -> {Hex((uint)g.Attributes)}");
            }
        }

        List("Now deny-only", denyOnly, output);
        List("Ignored --disable (not in the token)",
            [.. sidsToDisable.Where(s => !source.TryGetSidAttributes(s, out _)).Select(Describe)], output);

        var kept = result.Privileges.Select(p => p.Luid).ToHashSet();
        List("Privileges deleted", [.. source.Privileges.Where(p => !kept.Contains(p.Luid)).Select(p => p.Name)], output);
        var held = source.Privileges.Select(p => p.Luid).ToHashSet();
        List("Ignored --delete-privilege (not held)",
            [.. privilegesToDelete.Where(l => !held.Contains(l)).Select(l => PrivilegeTable.TryGetByLuid(l, out var p) ? p.Name : l.ToString())], output);

        if (!source.RestrictedSids.SequenceEqual(result.RestrictedSids))
        {
            List("Restricting SIDs before", [.. source.RestrictedSids.Select(r => Describe(r.Sid))], output);
            List("Restricting SIDs now", [.. result.RestrictedSids.Select(r => Describe(r.Sid))], output);
        }
        else
        {
            output.WriteLine($"  Restricting SIDs: unchanged ({result.RestrictedSids.Length})");
        }

        var added = result.Flags & ~source.Flags;
        var removed = source.Flags & ~result.Flags;
        output.WriteLine($"  Flags added: {(added == TokenFlags.None ? "none" : added.ToString().Replace(", ", "|", StringComparison.Ordinal))}");
        if (removed != TokenFlags.None)
        {
            output.WriteLine($"  Flags removed: {removed.ToString().Replace(", ", "|", StringComparison.Ordinal)}");
        }

        if (source.Owner != result.Owner)
        {
            output.WriteLine($"  Owner: {Describe(source.Owner)} -> {Describe(result.Owner)}");
        }

        output.WriteLine($"  TokenId: {source.TokenId} -> {result.TokenId} (ParentTokenId {result.ParentTokenId}); AuthenticationId unchanged {result.AuthenticationId}");
    }

    private static void List(string label, List<string> items, TextWriter output)
    {
        if (items.Count == 0)
        {
            output.WriteLine($"  {label}: none");
            return;
        }

        output.WriteLine($"  {label}:");
        foreach (var item in items)
        {
            output.WriteLine($"    {item}");
        }
    }

    private static void WriteSidTable(TextWriter output, List<(Sid Sid, string Attributes)> rows)
    {
        int sidWidth = rows.Count == 0 ? 0 : rows.Max(r => r.Sid.ToString().Length);
        int nameWidth = rows.Count == 0 ? 0 : rows.Max(r => NameOf(r.Sid).Length);
        foreach (var (sid, attributes) in rows)
        {
            output.WriteLine($"  {sid.ToString().PadRight(sidWidth)}  {NameOf(sid).PadRight(nameWidth)}  {attributes}");
        }
    }

    private static void Field(TextWriter output, string name, string value) => output.WriteLine($"  {name,-20} {value}");

    private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);

    private static string Describe(Sid sid)
    {
        string name = NameOf(sid);
        return name.Length == 0 ? sid.ToString() : $"{sid} {name}";
    }

    /// <summary>The account name of a well-known SID or of a preset machine account; empty when unknown.</summary>
    private static string NameOf(Sid sid)
    {
        if (WellKnownSidNames.TryGetName(sid, out var account))
        {
            return account.FullName;
        }

        if (sid == TokenPresets.AliceSid)
        {
            return "alice";
        }

        if (sid == TokenPresets.AdminSid)
        {
            return "admin";
        }

        return sid == TokenPresets.NoneGroupSid ? "None" : "";
    }

    private static string GroupAttributeText(GroupAttributes attributes)
    {
        var words = new List<string>();
        if ((attributes & (GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY | GroupAttributes.SE_GROUP_INTEGRITY)) == 0)
        {
            words.Add("Disabled");
        }

        foreach (var (bit, text) in GroupWords)
        {
            if ((attributes & bit) == bit)
            {
                words.Add(text);
            }
        }

        return $"{string.Join(", ", words)} ({Hex((uint)attributes)})";
    }

    private static string PrivilegeStateText(PrivilegeAttributes attributes)
    {
        string state = (attributes & PrivilegeAttributes.SE_PRIVILEGE_ENABLED) != 0 ? "Enabled" : "Disabled";
        if ((attributes & PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT) != 0)
        {
            state += ", Enabled by default";
        }

        return $"{state} ({Hex((uint)attributes)})";
    }
}
