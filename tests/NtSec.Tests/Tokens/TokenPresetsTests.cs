using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;

namespace NtSec.Tests.Tokens;

public class TokenPresetsTests
{
    private const GroupAttributes Default = TestTokens.Default;

    private static TokenState Get(string name) =>
        TokenPresets.TryGet(name, out var token) ? token : throw new InvalidOperationException(name);

    private static string[] EnabledPrivileges(TokenState t) => [.. t.Privileges.Where(p => p.IsEnabled).Select(p => p.Name)];

    [Theory]
    [InlineData("system")]
    [InlineData("SYSTEM")]
    [InlineData("Local-Service")]
    [InlineData("network-service")]
    [InlineData("admin")]
    [InlineData("Admin-Filtered")]
    [InlineData("user")]
    [InlineData("anonymous")]
    public void Every_contract_preset_resolves_case_insensitively(string name) => Assert.True(TokenPresets.TryGet(name, out _));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("administrator")]
    [InlineData("system ")]
    public void Other_names_do_not_resolve(string? name) => Assert.False(TokenPresets.TryGet(name, out _));

    [Fact]
    public void Names_are_the_seven_of_the_contract()
    {
        Assert.Equal(["system", "local-service", "network-service", "admin", "admin-filtered", "user", "anonymous"], TokenPresets.Names);
    }

    [Fact]
    public void Identifiers_are_stable_distinct_and_below_allocated_luids()
    {
        var tokens = TokenPresets.Names.Select(Get).ToList();
        Assert.Equal(tokens.Count, tokens.Select(t => t.TokenId).Distinct().Count());
        Assert.Equal(tokens.Count, tokens.Select(t => t.AuthenticationId).Distinct().Count());
        Assert.All(tokens, t => Assert.True(t.TokenId.ToInt64() < LuidAllocator.DefaultFirstValue));
        Assert.All(tokens, t => Assert.True(t.ModifiedId.ToInt64() < LuidAllocator.DefaultFirstValue));
        Assert.Equal(new Luid(0x3E7, 0), TokenPresets.System.AuthenticationId);
        Assert.Equal(new Luid(0x3E5, 0), TokenPresets.LocalService.AuthenticationId);
        Assert.Equal(new Luid(0x3E4, 0), TokenPresets.NetworkService.AuthenticationId);
        Assert.Equal(new Luid(0x3E6, 0), TokenPresets.Anonymous.AuthenticationId);
        Assert.Equal(new Luid(0x10011, 0), TokenPresets.User.TokenId);
        Assert.Same(TokenPresets.User, Get("user"));
    }

    [Fact]
    public void System_is_the_service_system_token()
    {
        // whoami /all as SYSTEM (Windows 10.0.20348): Administrators 0xE (not mandatory), Everyone,
        // Authenticated Users; System label; 28 privileges.
        var t = TokenPresets.System;
        Assert.Equal(WellKnownSids.LocalSystem, t.User.Sid);
        Assert.Equal(
            [(WellKnownSids.Administrators, GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_OWNER),
             (WellKnownSids.Everyone, Default), (WellKnownSids.AuthenticatedUsers, Default)],
            t.Groups.Select(g => (g.Sid, g.Attributes)));
        Assert.Equal(IntegrityLevel.System.ToSid(), t.IntegrityLevel);
        Assert.Equal(28, t.Privileges.Length);
        Assert.True(t.HasEnabledPrivilege(WellKnownPrivilege.SeTcbPrivilege));
        Assert.True(t.HasEnabledPrivilege(WellKnownPrivilege.SeDebugPrivilege));
        Assert.False(t.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        Assert.True(t.HasPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        Assert.False(t.HasPrivilege(WellKnownPrivilege.SeCreateTokenPrivilege));
        Assert.Equal(WellKnownSids.Administrators, t.Owner);
        Assert.Equal(WellKnownSids.LocalSystem, t.PrimaryGroup);
        Assert.Equal(SecurityDescriptor.ParseSddl("D:(A;;GA;;;SY)(A;;GRGX;;;BA)").Dacl, t.DefaultDacl);
        Assert.Equal(TokenType.TokenPrimary, t.Type);
        Assert.Equal(0u, t.SessionId);
    }

    [Fact]
    public void System_privilege_states_agree_with_the_LocalSystem_account_page()
    {
        // Microsoft "LocalSystem Account": every privilege it lists with its state, except
        // SeCreateTokenPrivilege, which a current service SYSTEM token does not hold.
        string[] enabled = ["SeAuditPrivilege", "SeChangeNotifyPrivilege", "SeCreateGlobalPrivilege", "SeCreatePagefilePrivilege",
            "SeCreatePermanentPrivilege", "SeDebugPrivilege", "SeImpersonatePrivilege", "SeIncreaseBasePriorityPrivilege",
            "SeLockMemoryPrivilege", "SeProfileSingleProcessPrivilege", "SeTcbPrivilege"];
        string[] disabled = ["SeAssignPrimaryTokenPrivilege", "SeBackupPrivilege", "SeIncreaseQuotaPrivilege", "SeLoadDriverPrivilege",
            "SeManageVolumePrivilege", "SeRestorePrivilege", "SeSecurityPrivilege", "SeShutdownPrivilege", "SeSystemEnvironmentPrivilege",
            "SeSystemtimePrivilege", "SeTakeOwnershipPrivilege", "SeUndockPrivilege"];
        var t = TokenPresets.System;
        Assert.All(enabled, n => Assert.True(t.Privileges.Single(p => p.Name == n).IsEnabled, n));
        Assert.All(disabled, n => Assert.False(t.Privileges.Single(p => p.Name == n).IsEnabled, n));
    }

    [Theory]
    [InlineData("local-service", "S-1-5-19", 11)]
    [InlineData("network-service", "S-1-5-20", 10)]
    public void Service_accounts_follow_the_account_pages(string name, string user, int count)
    {
        // Microsoft "LocalService Account" / "NetworkService Account": SeChangeNotify, SeCreateGlobal,
        // SeImpersonate enabled; SeAssignPrimaryToken, SeAudit, SeIncreaseQuota, SeShutdown, SeUndock disabled;
        // plus the Users privileges (and SeSystemtime for LOCAL SERVICE).
        var t = Get(name);
        Assert.Equal(Sid.Parse(user), t.User.Sid);
        Assert.Equal(count, t.Privileges.Length);
        Assert.Equal(["SeChangeNotifyPrivilege", "SeImpersonatePrivilege", "SeCreateGlobalPrivilege"], EnabledPrivileges(t));
        foreach (var p in new[] { WellKnownPrivilege.SeAssignPrimaryTokenPrivilege, WellKnownPrivilege.SeAuditPrivilege,
            WellKnownPrivilege.SeIncreaseQuotaPrivilege, WellKnownPrivilege.SeShutdownPrivilege, WellKnownPrivilege.SeUndockPrivilege })
        {
            Assert.True(t.HasPrivilege(p));
            Assert.False(t.HasEnabledPrivilege(p));
        }

        Assert.Equal(name == "local-service", t.HasPrivilege(WellKnownPrivilege.SeSystemtimePrivilege));
        Assert.Equal(IntegrityLevel.System.ToSid(), t.IntegrityLevel);
        Assert.Contains(t.Groups, g => g.Sid == WellKnownSids.Service && g.Attributes == Default);
        Assert.All(t.Groups, g => Assert.Equal(Default, g.Attributes));
    }

    [Fact]
    public void Admin_is_the_elevated_half()
    {
        var t = TokenPresets.Admin;
        Assert.Equal(TokenPresets.AdminSid, t.User.Sid);
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-1002"), t.User.Sid);
        Assert.Equal(IntegrityLevel.High.ToSid(), t.IntegrityLevel);
        Assert.Equal(TokenElevationType.TokenElevationTypeFull, t.ElevationType);
        Assert.Equal(Default | GroupAttributes.SE_GROUP_OWNER, TestTokens.Attributes(t, WellKnownSids.Administrators));
        Assert.Equal(Default, TestTokens.Attributes(t, WellKnownSids.LocalAccountAndAdministrator));
        Assert.Equal(WellKnownSids.Administrators, t.Owner);
        Assert.Equal(24, t.Privileges.Length);
        Assert.Equal(["SeChangeNotifyPrivilege", "SeImpersonatePrivilege", "SeCreateGlobalPrivilege"], EnabledPrivileges(t));
        Assert.True(t.HasPrivilege(WellKnownPrivilege.SeDebugPrivilege));
        Assert.Equal(TokenFlags.None, t.Flags & TokenFlags.TOKEN_IS_FILTERED);
    }

    [Fact]
    public void Admin_filtered_is_the_uac_limited_half()
    {
        var t = TokenPresets.AdminFiltered;
        Assert.Equal(TokenPresets.AdminSid, t.User.Sid);
        Assert.Equal(IntegrityLevel.Medium.ToSid(), t.IntegrityLevel);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, t.ElevationType);
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, TestTokens.Attributes(t, WellKnownSids.Administrators));
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, TestTokens.Attributes(t, WellKnownSids.LocalAccountAndAdministrator));
        Assert.True((t.Flags & TokenFlags.TOKEN_IS_FILTERED) != 0);
        Assert.Equal(TokenPresets.AdminSid, t.Owner);
        Assert.Equal(["SeShutdownPrivilege", "SeChangeNotifyPrivilege", "SeUndockPrivilege", "SeIncreaseWorkingSetPrivilege", "SeTimeZonePrivilege"],
            t.Privileges.Select(p => p.Name));
        Assert.Equal(["SeChangeNotifyPrivilege"], EnabledPrivileges(t));
    }

    [Fact]
    public void The_two_halves_share_the_logon_sid_but_not_the_logon_session()
    {
        var full = TokenPresets.Admin;
        var limited = TokenPresets.AdminFiltered;
        Assert.NotEqual(full.AuthenticationId, limited.AuthenticationId);
        Assert.True(full.TryGetSidAttributes(TokenPresets.AdminLogonSid, out var a));
        Assert.True(limited.TryGetSidAttributes(TokenPresets.AdminLogonSid, out var b));
        Assert.Equal(GroupAttributes.SE_GROUP_LOGON_ID | Default, a);
        Assert.Equal(a, b);
        Assert.Equal(full.Groups.Select(g => g.Sid), limited.Groups.Select(g => g.Sid));
    }

    [Fact]
    public void Linked_tokens_pair_admin_and_admin_filtered_only()
    {
        // wine.md ELV-01..03: a linked token exists exactly for Full and Limited elevation types.
        Assert.True(TokenPresets.TryGetLinked("admin", out var l1));
        Assert.Same(TokenPresets.AdminFiltered, l1);
        Assert.True(TokenPresets.TryGetLinked("ADMIN-FILTERED", out var l2));
        Assert.Same(TokenPresets.Admin, l2);
        foreach (var name in new[] { "system", "local-service", "network-service", "user", "anonymous", "nosuch" })
        {
            Assert.False(TokenPresets.TryGetLinked(name, out _), name);
        }
    }

    [Fact]
    public void User_is_a_standard_interactive_user()
    {
        var t = TokenPresets.User;
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-1001"), t.User.Sid);
        Assert.Equal(IntegrityLevel.Medium.ToSid(), t.IntegrityLevel);
        Assert.Equal(TokenElevationType.TokenElevationTypeDefault, t.ElevationType);
        Assert.False(t.TryGetSidAttributes(WellKnownSids.Administrators, out _));
        foreach (var sid in new[] { WellKnownSids.Everyone, WellKnownSids.Users, WellKnownSids.Interactive, WellKnownSids.ConsoleLogon,
            WellKnownSids.AuthenticatedUsers, WellKnownSids.ThisOrganization, WellKnownSids.LocalAccount, WellKnownSids.Local,
            WellKnownSids.NtlmAuthentication, TokenPresets.NoneGroupSid })
        {
            Assert.Equal(Default, TestTokens.Attributes(t, sid));
        }

        Assert.Equal(unchecked((GroupAttributes)0xC0000007), TestTokens.Attributes(t, TokenPresets.AliceLogonSid));
        Assert.Equal(TokenPresets.NoneGroupSid, t.PrimaryGroup);
        Assert.Equal(t.User.Sid, t.Owner);
        Assert.Equal(5, t.Privileges.Length);
        Assert.Equal(SecurityDescriptor.ParseSddl($"D:(A;;GA;;;{TokenPresets.AliceSid})(A;;GA;;;SY)(A;;GXGR;;;{TokenPresets.AliceLogonSid})").Dacl, t.DefaultDacl);
        Assert.Equal(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP | TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN, t.MandatoryPolicy);
    }

    [Fact]
    public void Anonymous_is_the_anonymous_logon_as_a_thread_token()
    {
        var t = TokenPresets.Anonymous;
        Assert.Equal(WellKnownSids.Anonymous, t.User.Sid);
        Assert.Empty(t.Groups);
        Assert.Empty(t.Privileges);
        Assert.Equal(TokenType.TokenImpersonation, t.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, t.ImpersonationLevel);
        Assert.Equal(SecurityDescriptor.ParseSddl("D:(A;;GA;;;WD)(A;;GA;;;AN)").Dacl, t.DefaultDacl);
    }

    [Fact]
    public void Privilege_flags_match_enabled_privileges()
    {
        foreach (var t in TokenPresets.Names.Select(Get))
        {
            Assert.Equal(t.HasEnabledPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege), (t.Flags & TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE) != 0);
            Assert.Equal(t.HasEnabledPrivilege(WellKnownPrivilege.SeImpersonatePrivilege), (t.Flags & TokenFlags.TOKEN_HAS_IMPERSONATE_PRIVILEGE) != 0);
        }
    }

    [Fact]
    public void Privileges_are_in_luid_order_and_unique()
    {
        foreach (var t in TokenPresets.Names.Select(Get))
        {
            var lows = t.Privileges.Select(p => p.Luid.LowPart).ToList();
            Assert.Equal(lows.Order(), lows);
            Assert.Equal(lows.Count, lows.Distinct().Count());
        }
    }

    [Fact]
    public void Every_group_sid_has_a_name_to_show()
    {
        foreach (var t in TokenPresets.Names.Select(Get))
        {
            Assert.All(t.Groups.Where(g => g.Sid != TokenPresets.NoneGroupSid), g => Assert.True(WellKnownSidNames.TryGetName(g.Sid, out _), g.Sid.ToString()));
        }
    }
}
