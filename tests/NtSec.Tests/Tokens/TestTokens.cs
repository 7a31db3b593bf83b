using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Tests.Tokens;

/// <summary>Small hand-made tokens for operation tests.</summary>
internal static class TestTokens
{
    public const GroupAttributes Default = GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;

    public const GroupAttributes Optional = GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;

    public const PrivilegeAttributes On = PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT;

    public static Sid User { get; } = Sid.Parse("S-1-5-21-7-8-9-1001");

    public static Sid OptionalGroup { get; } = Sid.Parse("S-1-5-21-7-8-9-2000");

    public static Sid DisabledGroup { get; } = Sid.Parse("S-1-5-21-7-8-9-2001");

    public static Luid Priv(WellKnownPrivilege p) => PrivilegeTable.ToLuid(p);

    /// <summary>
    /// An impersonation token (SecurityImpersonation) with: Everyone and LOCAL mandatory (0x7), an optional
    /// group (0x6), a disabled group (0), BUILTIN\Users deny-only (0x10); SeChangeNotify enabled by default,
    /// SeBackup disabled, SeShutdown enabled by default but disabled (0x1), SeImpersonate enabled (0x3).
    /// </summary>
    public static TokenStateBuilder Builder() => new(User)
    {
        Groups =
        [
            new(WellKnownSids.Everyone, Default),
            new(WellKnownSids.Local, Default),
            new(OptionalGroup, Optional),
            new(DisabledGroup, GroupAttributes.None),
            new(WellKnownSids.Users, GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY),
        ],
        Privileges =
        [
            new(Priv(WellKnownPrivilege.SeBackupPrivilege), PrivilegeAttributes.None),
            new(Priv(WellKnownPrivilege.SeShutdownPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT),
            new(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), On),
            new(Priv(WellKnownPrivilege.SeImpersonatePrivilege), On),
        ],
        Type = TokenType.TokenImpersonation,
        ImpersonationLevel = SecurityImpersonationLevel.SecurityImpersonation,
        TokenId = new Luid(0x900, 0),
        ModifiedId = new Luid(0x901, 0),
        AuthenticationId = new Luid(0x902, 0),
        ParentTokenId = new Luid(0x903, 0),
    };

    public static TokenState Token() => Builder().Build();

    public static TokenState Primary()
    {
        var b = Builder();
        b.Type = TokenType.TokenPrimary;
        return b.Build();
    }

    public static TokenState AtLevel(SecurityImpersonationLevel level)
    {
        var b = Builder();
        b.ImpersonationLevel = level;
        return b.Build();
    }

    public static GroupAttributes Attributes(TokenState token, Sid sid) =>
        token.TryGetSidAttributes(sid, out var a) ? a : throw new InvalidOperationException($"{sid} is not in the token");

    public static PrivilegeAttributes? Attributes(TokenState token, WellKnownPrivilege p)
    {
        foreach (var entry in token.Privileges)
        {
            if (entry.Luid == Priv(p))
            {
                return entry.Attributes;
            }
        }

        return null;
    }
}
