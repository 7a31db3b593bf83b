using System.Collections.Frozen;
using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens.Operations;

namespace NtSec.Tokens.Presets;

/// <summary>
/// The token presets of shared/CONTRACT.md: process tokens as current Windows (10/11) gives them to
/// SYSTEM, LOCAL SERVICE, NETWORK SERVICE, a UAC administrator (both halves of the split token), a
/// standard user, and the anonymous logon. Each is one fixed snapshot with stable identifiers.
/// </summary>
/// <remarks>
/// <para>The machine: domain SID S-1-5-21-1-2-3 (<see cref="MachineDomainSid"/>). alice, the standard user,
/// is RID 1001. The administrator "admin" is RID 1002, not the built-in Administrator (RID 500): RID 500 is
/// exempt from Admin Approval Mode by default (FilterAdministratorToken is disabled), so it would get no
/// split token, while CONTRACT.md's admin has one. Both accounts' primary group is the machine's "None"
/// group, RID 513, as for every local account.</para>
/// <para>Groups and privileges: the attributes whoami /groups and whoami /priv print on Windows 10/11
/// ("Mandatory group, Enabled by default, Enabled group" = 0x7; the logon SID 0xC0000007; the integrity
/// label is kept in <see cref="TokenState.IntegrityLevel"/>, not in the group list). Privileges are in LUID
/// order, as Windows lists them; one that whoami shows "Enabled" is stored as
/// SE_PRIVILEGE_ENABLED|SE_PRIVILEGE_ENABLED_BY_DEFAULT, "Disabled" as 0 (whoami does not show the
/// default bit; the LSA enables at logon exactly the enabled-by-default ones). Sources are given per preset.
/// whoami /groups does not print the logon SID; the interactive presets carry one because the default
/// DACL names it; the service presets carry none (unverified either way).</para>
/// <para>Identifiers (all HighPart 0; chosen here, below <see cref="LuidAllocator.DefaultFirstValue"/> so
/// no allocated LUID can collide with them):</para>
/// <list type="table">
/// <listheader><term>preset</term><description>TokenId / ModifiedId / AuthenticationId / logon SID</description></listheader>
/// <item><term>system</term><description>0x10007 / 0x11007 / 0x3E7 (SYSTEM_LUID) / none</description></item>
/// <item><term>local-service</term><description>0x10005 / 0x11005 / 0x3E5 (LOCALSERVICE_LUID) / none</description></item>
/// <item><term>network-service</term><description>0x10004 / 0x11004 / 0x3E4 (NETWORKSERVICE_LUID) / none</description></item>
/// <item><term>anonymous</term><description>0x10006 / 0x11006 / 0x3E6 (ANONYMOUS_LOGON_LUID) / none</description></item>
/// <item><term>user</term><description>0x10011 / 0x11011 / 0x20011 / S-1-5-5-0-196625 (0x30011)</description></item>
/// <item><term>admin-filtered</term><description>0x10012 / 0x11012 / 0x20012 / S-1-5-5-0-196626 (0x30012)</description></item>
/// <item><term>admin</term><description>0x10013 / 0x11013 / 0x20013 / S-1-5-5-0-196626 (0x30012)</description></item>
/// </list>
/// <para>The two halves of the UAC split token are two logon sessions (LSA creates a second, linked logon
/// session for the filtered token), so their AuthenticationIds differ; they share the logon SID of the one
/// interactive logon, which is what the window station and desktop grant.</para>
/// </remarks>
public static class TokenPresets
{
    /// <summary>The name of the SYSTEM preset.</summary>
    public const string SystemName = "system";

    /// <summary>The name of the LOCAL SERVICE preset.</summary>
    public const string LocalServiceName = "local-service";

    /// <summary>The name of the NETWORK SERVICE preset.</summary>
    public const string NetworkServiceName = "network-service";

    /// <summary>The name of the elevated administrator preset.</summary>
    public const string AdminName = "admin";

    /// <summary>The name of the UAC-filtered administrator preset.</summary>
    public const string AdminFilteredName = "admin-filtered";

    /// <summary>The name of the standard user preset.</summary>
    public const string UserName = "user";

    /// <summary>The name of the anonymous logon preset.</summary>
    public const string AnonymousName = "anonymous";

    private const GroupAttributes Default = GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT
        | GroupAttributes.SE_GROUP_ENABLED;

    private const GroupAttributes LogonId = Default | GroupAttributes.SE_GROUP_LOGON_ID;

    private const PrivilegeAttributes On = PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT;

    private const PrivilegeAttributes Off = PrivilegeAttributes.None;

    private const TokenMandatoryPolicy Policy =
        TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP | TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN;

    /// <summary>The machine's domain SID, S-1-5-21-1-2-3.</summary>
    public static Sid MachineDomainSid { get; } = new(WellKnownSids.NtAuthority, 21, 1, 2, 3);

    /// <summary>alice, the standard user: S-1-5-21-1-2-3-1001.</summary>
    public static Sid AliceSid { get; } = MachineDomainSid.Append(1001);

    /// <summary>admin, the UAC administrator: S-1-5-21-1-2-3-1002.</summary>
    public static Sid AdminSid { get; } = MachineDomainSid.Append(1002);

    /// <summary>The machine's "None" group (DOMAIN_GROUP_RID_USERS, 513): primary group of local accounts.</summary>
    public static Sid NoneGroupSid { get; } = MachineDomainSid.Append(513);

    /// <summary>The logon SID of alice's interactive logon, S-1-5-5-0-196625.</summary>
    public static Sid AliceLogonSid { get; } = WellKnownSids.LogonSid(0, 0x30011);

    /// <summary>The logon SID of admin's interactive logon (both halves of the split token), S-1-5-5-0-196626.</summary>
    public static Sid AdminLogonSid { get; } = WellKnownSids.LogonSid(0, 0x30012);

    /// <summary>The preset names, in the order CONTRACT.md lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [SystemName, LocalServiceName, NetworkServiceName, AdminName, AdminFilteredName, UserName, AnonymousName];

    /// <summary>
    /// NT AUTHORITY\SYSTEM as a service gets it (primary, System integrity). Groups: BUILTIN\Administrators
    /// "Enabled by default, Enabled group, Group owner" (0xE, not mandatory), Everyone and Authenticated
    /// Users (0x7). Privileges and states: whoami /all as SYSTEM from a service on Windows 10.0.20348
    /// (28 privileges), agreeing with Microsoft's "LocalSystem Account" page on every state it lists (that
    /// older list also has SeCreateTokenPrivilege, disabled, which a current service SYSTEM token lacks).
    /// Owner BUILTIN\Administrators, primary group SYSTEM (ReactOS's system token, read for behaviour).
    /// Default DACL D:(A;;GA;;;SY)(A;;GRGX;;;BA) (ReactOS's kernel system token adds READ_CONTROL to the
    /// second ACE, which GENERIC_READ maps to anyway; unverified for the LSA-made token).
    /// </summary>
    public static TokenState System { get; } = Build(
        WellKnownSids.LocalSystem,
        [G(WellKnownSids.Administrators, GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_OWNER),
         G(WellKnownSids.Everyone, Default), G(WellKnownSids.AuthenticatedUsers, Default)],
        [P(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege, Off), P(WellKnownPrivilege.SeLockMemoryPrivilege, On),
         P(WellKnownPrivilege.SeIncreaseQuotaPrivilege, Off), P(WellKnownPrivilege.SeTcbPrivilege, On),
         P(WellKnownPrivilege.SeSecurityPrivilege, Off), P(WellKnownPrivilege.SeTakeOwnershipPrivilege, Off),
         P(WellKnownPrivilege.SeLoadDriverPrivilege, Off), P(WellKnownPrivilege.SeSystemProfilePrivilege, On),
         P(WellKnownPrivilege.SeSystemtimePrivilege, Off), P(WellKnownPrivilege.SeProfileSingleProcessPrivilege, On),
         P(WellKnownPrivilege.SeIncreaseBasePriorityPrivilege, On), P(WellKnownPrivilege.SeCreatePagefilePrivilege, On),
         P(WellKnownPrivilege.SeCreatePermanentPrivilege, On), P(WellKnownPrivilege.SeBackupPrivilege, Off),
         P(WellKnownPrivilege.SeRestorePrivilege, Off), P(WellKnownPrivilege.SeShutdownPrivilege, Off),
         P(WellKnownPrivilege.SeDebugPrivilege, On), P(WellKnownPrivilege.SeAuditPrivilege, On),
         P(WellKnownPrivilege.SeSystemEnvironmentPrivilege, Off), P(WellKnownPrivilege.SeChangeNotifyPrivilege, On),
         P(WellKnownPrivilege.SeUndockPrivilege, Off), P(WellKnownPrivilege.SeManageVolumePrivilege, Off),
         P(WellKnownPrivilege.SeImpersonatePrivilege, On), P(WellKnownPrivilege.SeCreateGlobalPrivilege, On),
         P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, On), P(WellKnownPrivilege.SeTimeZonePrivilege, On),
         P(WellKnownPrivilege.SeCreateSymbolicLinkPrivilege, On), P(WellKnownPrivilege.SeDelegateSessionUserImpersonatePrivilege, On)],
        owner: WellKnownSids.Administrators, primaryGroup: WellKnownSids.LocalSystem,
        dacl: "D:(A;;GA;;;SY)(A;;GRGX;;;BA)", IntegrityLevel.System,
        tokenId: 0x10007, authenticationId: 0x3E7, sessionId: 0, source: "*SYSTEM*");

    /// <summary>
    /// NT AUTHORITY\LOCAL SERVICE (primary, System integrity), a service logon without a per-service SID.
    /// Groups as whoami /all shows them for such a process: Everyone, BUILTIN\Users, SERVICE, CONSOLE LOGON,
    /// Authenticated Users, This Organization, LOCAL (0x7 each). Privileges: Microsoft's "LocalService
    /// Account" page (SeAssignPrimaryToken, SeAudit, SeIncreaseQuota, SeShutdown, SeUndock disabled;
    /// SeChangeNotify, SeCreateGlobal, SeImpersonate enabled) plus "any privileges assigned to users and
    /// authenticated users" (SeIncreaseWorkingSet, SeTimeZone) and SeSystemtime (granted to LOCAL SERVICE by
    /// default), matching whoami /priv of a LOCAL SERVICE token on Windows 10.0.19044. Owner and primary
    /// group LOCAL SERVICE; default DACL D:(A;;GA;;;LS)(A;;GA;;;SY) -- both unverified.
    /// </summary>
    public static TokenState LocalService { get; } = Build(
        WellKnownSids.LocalService, ServiceGroups(),
        [P(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege, Off), P(WellKnownPrivilege.SeIncreaseQuotaPrivilege, Off),
         P(WellKnownPrivilege.SeSystemtimePrivilege, Off), P(WellKnownPrivilege.SeShutdownPrivilege, Off),
         P(WellKnownPrivilege.SeAuditPrivilege, Off), P(WellKnownPrivilege.SeChangeNotifyPrivilege, On),
         P(WellKnownPrivilege.SeUndockPrivilege, Off), P(WellKnownPrivilege.SeImpersonatePrivilege, On),
         P(WellKnownPrivilege.SeCreateGlobalPrivilege, On), P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, Off),
         P(WellKnownPrivilege.SeTimeZonePrivilege, Off)],
        owner: WellKnownSids.LocalService, primaryGroup: WellKnownSids.LocalService,
        dacl: "D:(A;;GA;;;LS)(A;;GA;;;SY)", IntegrityLevel.System,
        tokenId: 0x10005, authenticationId: 0x3E5, sessionId: 0, source: "Advapi");

    /// <summary>
    /// NT AUTHORITY\NETWORK SERVICE (primary, System integrity): the groups of <see cref="LocalService"/>;
    /// privileges from Microsoft's "NetworkService Account" page (the same list as LocalService's) plus
    /// those of Users (SeIncreaseWorkingSet, SeTimeZone); no SeSystemtime. Owner and primary group NETWORK
    /// SERVICE; default DACL D:(A;;GA;;;NS)(A;;GA;;;SY) -- both unverified.
    /// </summary>
    public static TokenState NetworkService { get; } = Build(
        WellKnownSids.NetworkService, ServiceGroups(),
        [P(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege, Off), P(WellKnownPrivilege.SeIncreaseQuotaPrivilege, Off),
         P(WellKnownPrivilege.SeShutdownPrivilege, Off), P(WellKnownPrivilege.SeAuditPrivilege, Off),
         P(WellKnownPrivilege.SeChangeNotifyPrivilege, On), P(WellKnownPrivilege.SeUndockPrivilege, Off),
         P(WellKnownPrivilege.SeImpersonatePrivilege, On), P(WellKnownPrivilege.SeCreateGlobalPrivilege, On),
         P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, Off), P(WellKnownPrivilege.SeTimeZonePrivilege, Off)],
        owner: WellKnownSids.NetworkService, primaryGroup: WellKnownSids.NetworkService,
        dacl: "D:(A;;GA;;;NS)(A;;GA;;;SY)", IntegrityLevel.System,
        tokenId: 0x10004, authenticationId: 0x3E4, sessionId: 0, source: "Advapi");

    /// <summary>
    /// admin's elevated token (primary, High integrity, TokenElevationTypeFull; linked to
    /// <see cref="AdminFiltered"/>). Groups as whoami /groups prints them for an elevated local administrator:
    /// BUILTIN\Administrators 0xF (enabled, owner) and "Local account and member of Administrators group"
    /// enabled, with the usual interactive groups. Privileges: the 24 of an elevated administrator's whoami
    /// /priv on Windows 10/11, all disabled except SeChangeNotify, SeImpersonate and SeCreateGlobal. Owner
    /// BUILTIN\Administrators (the default "Default owner for objects created by members of the
    /// Administrators group"). Default DACL D:(A;;GA;;;BA)(A;;GA;;;SY)(A;;GXGR;;;logon SID) -- unverified.
    /// </summary>
    public static TokenState Admin { get; } = Build(
        AdminSid, AdminGroups(elevated: true), AdminPrivileges(),
        owner: WellKnownSids.Administrators, primaryGroup: NoneGroupSid,
        dacl: $"D:(A;;GA;;;BA)(A;;GA;;;SY)(A;;GXGR;;;{AdminLogonSid})", IntegrityLevel.High,
        tokenId: 0x10013, authenticationId: 0x20013, sessionId: 1, source: "User32",
        elevation: TokenElevationType.TokenElevationTypeFull);

    /// <summary>
    /// admin's UAC-filtered token (primary, Medium integrity, TokenElevationTypeLimited, TOKEN_IS_FILTERED;
    /// linked to <see cref="Admin"/>). BUILTIN\Administrators and "Local account and member of
    /// Administrators group" are "Group used for deny only" (0x10); the owner is the user; privileges are the
    /// five of a standard user (SeShutdown, SeChangeNotify enabled, SeUndock, SeIncreaseWorkingSet,
    /// SeTimeZone). Default DACL D:(A;;GA;;;user)(A;;GA;;;SY)(A;;GXGR;;;logon SID) -- unverified.
    /// </summary>
    public static TokenState AdminFiltered { get; } = Build(
        AdminSid, AdminGroups(elevated: false), StandardUserPrivileges(),
        owner: AdminSid, primaryGroup: NoneGroupSid,
        dacl: $"D:(A;;GA;;;{AdminSid})(A;;GA;;;SY)(A;;GXGR;;;{AdminLogonSid})", IntegrityLevel.Medium,
        tokenId: 0x10012, authenticationId: 0x20012, sessionId: 1, source: "User32",
        elevation: TokenElevationType.TokenElevationTypeLimited, flags: TokenFlags.TOKEN_IS_FILTERED);

    /// <summary>
    /// alice, a standard user logged on interactively (primary, Medium integrity, TokenElevationTypeDefault).
    /// Groups: None, Everyone, Users, INTERACTIVE, CONSOLE LOGON, Authenticated Users, This Organization,
    /// Local account, the logon SID (0xC0000007), LOCAL, NTLM Authentication. Privileges: the five a
    /// standard user's whoami /priv shows. Owner alice, primary group None. Default DACL
    /// D:(A;;GA;;;alice)(A;;GA;;;SY)(A;;GXGR;;;logon SID) (the shape Forshaw's <i>Windows Security
    /// Internals</i> shows for a user token; unverified here).
    /// </summary>
    public static TokenState User { get; } = Build(
        AliceSid,
        [G(NoneGroupSid, Default), G(WellKnownSids.Everyone, Default), G(WellKnownSids.Users, Default),
         G(WellKnownSids.Interactive, Default), G(WellKnownSids.ConsoleLogon, Default), G(WellKnownSids.AuthenticatedUsers, Default),
         G(WellKnownSids.ThisOrganization, Default), G(WellKnownSids.LocalAccount, Default), G(AliceLogonSid, LogonId),
         G(WellKnownSids.Local, Default), G(WellKnownSids.NtlmAuthentication, Default)],
        StandardUserPrivileges(),
        owner: AliceSid, primaryGroup: NoneGroupSid,
        dacl: $"D:(A;;GA;;;{AliceSid})(A;;GA;;;SY)(A;;GXGR;;;{AliceLogonSid})", IntegrityLevel.Medium,
        tokenId: 0x10011, authenticationId: 0x20011, sessionId: 1, source: "User32");

    /// <summary>
    /// The anonymous logon token as NtImpersonateAnonymousToken puts it on a thread (impersonation,
    /// SecurityImpersonation level). User NT AUTHORITY\ANONYMOUS LOGON; no groups -- Everyone is added only
    /// when the policy "Network access: Let Everyone permissions apply to anonymous users"
    /// (EveryoneIncludesAnonymous) is enabled, which is not the default (ReactOS keeps both variants and
    /// picks by that setting). No privileges. Owner and primary group ANONYMOUS LOGON; default DACL
    /// D:(A;;GA;;;WD)(A;;GA;;;AN) (ReactOS SeSystemAnonymousLogonDacl). Integrity Untrusted -- unverified.
    /// </summary>
    public static TokenState Anonymous { get; } = Build(
        WellKnownSids.Anonymous, [], [],
        owner: WellKnownSids.Anonymous, primaryGroup: WellKnownSids.Anonymous,
        dacl: "D:(A;;GA;;;WD)(A;;GA;;;AN)", IntegrityLevel.Untrusted,
        tokenId: 0x10006, authenticationId: 0x3E6, sessionId: 0, source: "*SYSTEM*",
        type: TokenType.TokenImpersonation, level: SecurityImpersonationLevel.SecurityImpersonation);

    private static readonly FrozenDictionary<string, TokenState> ByName = new Dictionary<string, TokenState>
    {
        [SystemName] = System,
        [LocalServiceName] = LocalService,
        [NetworkServiceName] = NetworkService,
        [AdminName] = Admin,
        [AdminFilteredName] = AdminFiltered,
        [UserName] = User,
        [AnonymousName] = Anonymous,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The preset named <paramref name="name"/> (case-insensitive); false for any other name.</summary>
    public static bool TryGet(string? name, [NotNullWhen(true)] out TokenState? token)
    {
        token = null;
        return name is not null && ByName.TryGetValue(name, out token);
    }

    /// <summary>
    /// The other half of a UAC split token: admin for admin-filtered and the reverse; false for presets
    /// without a linked token (TokenElevationTypeDefault). This is the linked token's state; what
    /// NtQueryInformationToken(TokenLinkedToken) returns is a new Identification-level impersonation copy of
    /// it each time (wine.md ELV-02..ELV-04), which the kernel layer makes.
    /// </summary>
    public static bool TryGetLinked(string? name, [NotNullWhen(true)] out TokenState? linked)
    {
        linked = null;
        if (!TryGet(name, out var token))
        {
            return false;
        }

        linked = token.ElevationType switch
        {
            TokenElevationType.TokenElevationTypeFull => AdminFiltered,
            TokenElevationType.TokenElevationTypeLimited => Admin,
            _ => null,
        };
        return linked is not null;
    }

    private static SidAndAttributes G(Sid sid, GroupAttributes attributes) => new(sid, attributes);

    private static LuidAndAttributes P(WellKnownPrivilege privilege, PrivilegeAttributes attributes) =>
        new(PrivilegeTable.ToLuid(privilege), attributes);

    private static ImmutableArray<SidAndAttributes> ServiceGroups() =>
    [
        G(WellKnownSids.Everyone, Default), G(WellKnownSids.Users, Default), G(WellKnownSids.Service, Default),
        G(WellKnownSids.ConsoleLogon, Default), G(WellKnownSids.AuthenticatedUsers, Default),
        G(WellKnownSids.ThisOrganization, Default), G(WellKnownSids.Local, Default),
    ];

    private static ImmutableArray<SidAndAttributes> AdminGroups(bool elevated)
    {
        var admins = elevated ? Default | GroupAttributes.SE_GROUP_OWNER : GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY;
        var localAdmin = elevated ? Default : GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY;
        return
        [
            G(NoneGroupSid, Default), G(WellKnownSids.Everyone, Default), G(WellKnownSids.LocalAccountAndAdministrator, localAdmin),
            G(WellKnownSids.Administrators, admins), G(WellKnownSids.Users, Default), G(WellKnownSids.Interactive, Default),
            G(WellKnownSids.ConsoleLogon, Default), G(WellKnownSids.AuthenticatedUsers, Default),
            G(WellKnownSids.ThisOrganization, Default), G(WellKnownSids.LocalAccount, Default), G(AdminLogonSid, LogonId),
            G(WellKnownSids.Local, Default), G(WellKnownSids.NtlmAuthentication, Default),
        ];
    }

    private static ImmutableArray<LuidAndAttributes> StandardUserPrivileges() =>
    [
        P(WellKnownPrivilege.SeShutdownPrivilege, Off), P(WellKnownPrivilege.SeChangeNotifyPrivilege, On),
        P(WellKnownPrivilege.SeUndockPrivilege, Off), P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, Off),
        P(WellKnownPrivilege.SeTimeZonePrivilege, Off),
    ];

    private static ImmutableArray<LuidAndAttributes> AdminPrivileges() =>
    [
        P(WellKnownPrivilege.SeIncreaseQuotaPrivilege, Off), P(WellKnownPrivilege.SeSecurityPrivilege, Off),
        P(WellKnownPrivilege.SeTakeOwnershipPrivilege, Off), P(WellKnownPrivilege.SeLoadDriverPrivilege, Off),
        P(WellKnownPrivilege.SeSystemProfilePrivilege, Off), P(WellKnownPrivilege.SeSystemtimePrivilege, Off),
        P(WellKnownPrivilege.SeProfileSingleProcessPrivilege, Off), P(WellKnownPrivilege.SeIncreaseBasePriorityPrivilege, Off),
        P(WellKnownPrivilege.SeCreatePagefilePrivilege, Off), P(WellKnownPrivilege.SeBackupPrivilege, Off),
        P(WellKnownPrivilege.SeRestorePrivilege, Off), P(WellKnownPrivilege.SeShutdownPrivilege, Off),
        P(WellKnownPrivilege.SeDebugPrivilege, Off), P(WellKnownPrivilege.SeSystemEnvironmentPrivilege, Off),
        P(WellKnownPrivilege.SeChangeNotifyPrivilege, On), P(WellKnownPrivilege.SeRemoteShutdownPrivilege, Off),
        P(WellKnownPrivilege.SeUndockPrivilege, Off), P(WellKnownPrivilege.SeManageVolumePrivilege, Off),
        P(WellKnownPrivilege.SeImpersonatePrivilege, On), P(WellKnownPrivilege.SeCreateGlobalPrivilege, On),
        P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, Off), P(WellKnownPrivilege.SeTimeZonePrivilege, Off),
        P(WellKnownPrivilege.SeCreateSymbolicLinkPrivilege, Off), P(WellKnownPrivilege.SeDelegateSessionUserImpersonatePrivilege, Off),
    ];

    private static TokenState Build(Sid user, ImmutableArray<SidAndAttributes> groups, ImmutableArray<LuidAndAttributes> privileges,
        Sid owner, Sid primaryGroup, string dacl, IntegrityLevel integrity, uint tokenId, uint authenticationId, uint sessionId,
        string source, TokenElevationType elevation = TokenElevationType.TokenElevationTypeDefault, TokenFlags flags = TokenFlags.None,
        TokenType type = TokenType.TokenPrimary, SecurityImpersonationLevel level = SecurityImpersonationLevel.SecurityAnonymous)
    {
        var b = new TokenStateBuilder(user)
        {
            Groups = groups,
            Privileges = privileges,
            Owner = owner,
            PrimaryGroup = primaryGroup,
            DefaultDacl = SecurityDescriptor.ParseSddl(dacl).Dacl,
            Type = type,

            // Not meaningful for a primary token (TokenImpersonationLevel cannot be queried on one, DUP-03).
            ImpersonationLevel = level,
            IntegrityLevel = integrity.ToSid(),

            // NO_WRITE_UP|NEW_PROCESS_MIN, the policy LSA gives ordinary logons; unverified for service tokens.
            MandatoryPolicy = Policy,
            TokenId = new Luid(tokenId, 0),
            ModifiedId = new Luid(tokenId + 0x1000, 0),
            AuthenticationId = new Luid(authenticationId, 0),
            SessionId = sessionId,
            ElevationType = elevation,
            Source = new TokenSource(source, default),
        };
        b.Flags = TokenPrivilegeFlags.Recompute(flags, b.Privileges);
        return b.Build();
    }
}
