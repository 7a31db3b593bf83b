using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Presets;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>Token states for the impersonation tests, made from the user preset by changing what a test varies.</summary>
internal static class ImpersonationTokens
{
    /// <summary>bob, a second local user: S-1-5-21-1-2-3-1003.</summary>
    public static Sid Bob { get; } = TokenPresets.MachineDomainSid.Append(1003);

    public static Luid ServerLogon { get; } = new(0x50001, 0);

    public static Luid ClientLogon { get; } = new(0x50002, 0);

    /// <summary>
    /// A primary token for <paramref name="user"/> at <paramref name="integrity"/>, with SeChangeNotify and,
    /// when asked, SeImpersonatePrivilege (enabled or present but disabled), restricted by Everyone when asked.
    /// </summary>
    public static TokenState Make(Sid user, IntegrityLevel integrity, Luid authenticationId, bool impersonatePrivilege = false,
        bool impersonatePrivilegeEnabled = true, bool restricted = false, bool writeRestricted = false, uint sessionId = 1,
        Luid origin = default, TokenType type = TokenType.TokenPrimary,
        SecurityImpersonationLevel level = SecurityImpersonationLevel.SecurityAnonymous,
        TokenElevationType elevation = TokenElevationType.TokenElevationTypeDefault, Sid? appContainer = null)
    {
        var b = TokenPresets.User.ToBuilder();
        b.User = new SidAndAttributes(user, 0);
        b.Owner = user;
        b.IntegrityLevel = integrity.ToSid();
        b.AuthenticationId = authenticationId;
        b.Origin = origin;
        b.SessionId = sessionId;
        b.Type = type;
        b.ImpersonationLevel = level;
        b.ElevationType = elevation;
        b.AppContainerSid = appContainer;
        var on = PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT;
        b.Privileges = impersonatePrivilege
            ? [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege), on),
               new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeImpersonatePrivilege), impersonatePrivilegeEnabled ? on : 0)]
            : [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege), on)];
        if (restricted || writeRestricted)
        {
            b.RestrictedSids = [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_MANDATORY)];
        }

        if (writeRestricted)
        {
            b.Flags |= TokenFlags.TOKEN_WRITE_RESTRICTED;
        }

        return b.Build();
    }

    /// <summary>LocalService's token without SeImpersonatePrivilege (a service whose privilege was removed).</summary>
    public static TokenState LocalServiceWithoutImpersonate()
    {
        var b = TokenPresets.LocalService.ToBuilder();
        b.Privileges = [.. TokenPresets.LocalService.Privileges.Where(p => p.Luid != PrivilegeTable.ToLuid(WellKnownPrivilege.SeImpersonatePrivilege))];
        return b.Build();
    }
}
