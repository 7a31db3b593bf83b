using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.TokenInformation.TokenInfoFixture;

namespace NtSec.Tests.Kernel.TokenInformation;

/// <summary>NtSetInformationToken: the STI-* cases of wine.md 1.10 and the Windows 11 per-class rules.</summary>
public class SetTests
{
    private static NtStatus Set(KernelCall call, NtHandle h, TokenInformationClass c, NtSec.Kernel.Native.TokenInformation? info, int length) =>
        TokenInformationRoutines.NtSetInformationToken(call, h, c, info, length);

    private static NtStatus Set(KernelCall call, NtHandle h, NtSec.Kernel.Native.TokenInformation info) =>
        TokenInformationRoutines.NtSetInformationToken(call, h, info.InformationClass, info);

    private static TokenDwordInformation Dword(TokenInformationClass c, uint value) => new(c, value);

    private static TokenState WithPrivilege(TokenState state, WellKnownPrivilege privilege)
    {
        var b = state.ToBuilder();
        b.Privileges = b.Privileges.Add(new LuidAndAttributes(PrivilegeTable.ToLuid(privilege),
            PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT));
        return b.Build();
    }

    [Fact]
    public void Default_dacl_with_no_buffer_is_a_bad_length_and_a_null_buffer_an_access_violation()
    {
        // [W] STI-01: SetTokenInformation(TokenDefaultDacl, NULL, 0) -> ERROR_BAD_LENGTH (STATUS_INFO_LENGTH_MISMATCH).
        // [W] STI-02: (NULL, correct size) -> ERROR_NOACCESS (STATUS_ACCESS_VIOLATION). Nothing changes.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenAllAccess);
        var before = k.Alice.PrimaryToken.State;
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl, null, 0));
        Assert.Equal(Win32Error.ERROR_BAD_LENGTH, NtStatusMapping.ToDosError(NtStatus.STATUS_INFO_LENGTH_MISMATCH));
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, Set(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl, null, 8));
        Assert.Equal(Win32Error.ERROR_NOACCESS, NtStatusMapping.ToDosError(NtStatus.STATUS_ACCESS_VIOLATION));
        Assert.Same(before, k.Alice.PrimaryToken.State);
    }

    [Fact]
    public void Default_dacl_can_be_cleared_and_restored_and_each_change_renews_the_modified_id()
    {
        // [W] STI-03: SetTokenInformation(TokenDefaultDacl, {DefaultDacl = NULL}) succeeds (clears it); restoring the
        // original succeeds. Every change gets a new ModifiedId (TOKEN_STATISTICS).
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery | TokenAdjustDefault);
        var original = Query<TokenDefaultDaclInformation>(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl);
        var id0 = Query<TokenStatisticsInformation>(k.AliceCall, h, TokenInformationClass.TokenStatistics).ModifiedId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenDefaultDaclInformation(null)));
        Assert.Null(k.Alice.PrimaryToken.State.DefaultDacl);
        var id1 = Query<TokenStatisticsInformation>(k.AliceCall, h, TokenInformationClass.TokenStatistics).ModifiedId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, original));
        Assert.Equal(original.DefaultDacl, k.Alice.PrimaryToken.State.DefaultDacl);
        var id2 = Query<TokenStatisticsInformation>(k.AliceCall, h, TokenInformationClass.TokenStatistics).ModifiedId;
        Assert.Equal(3, new[] { id0, id1, id2 }.Distinct().Count());
        Assert.Equal(TokenInformationClass.TokenDefaultDacl, original.InformationClass);
    }

    [Fact]
    public void Default_dacl_can_be_empty_or_one_ace()
    {
        // [W] STI-04 / GTI-13: an empty ACL is accepted and queried back with AceCount 0; [R] a one-ACE
        // (SYSTEM GENERIC_ALL) ACL is accepted.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery | TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenDefaultDaclInformation(Acl.Empty)));
        Assert.Empty(Query<TokenDefaultDaclInformation>(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl).DefaultDacl!);
        var system = SecurityDescriptor.ParseSddl("D:(A;;GA;;;SY)").Dacl!;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenDefaultDaclInformation(system)));
        Assert.Equal(system, Query<TokenDefaultDaclInformation>(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl).DefaultDacl);
    }

    [Fact]
    public void A_default_dacl_too_large_for_the_dynamic_part_is_refused()
    {
        // users.md 4.11 (ERROR_ALLOTTED_SPACE_EXCEEDED, 1344) and Windows 11 NtSetInformationToken: the primary group
        // (None, 28 bytes) plus the new ACL must fit DynamicCharged (0x1000). 112 ACEs of 36 bytes: 8 + 4032 + 28 = 4068
        // fits; 113: 4104 does not.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenAdjustDefault);
        var ace = Ace.Create(AceType.AccessAllowed, AceFlags.None, 0x10000000, TokenPresets.AliceSid);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenDefaultDaclInformation(new Acl(Enumerable.Repeat(ace, 112)))));
        var before = k.Alice.PrimaryToken.State;
        Assert.Equal(NtStatus.STATUS_ALLOTTED_SPACE_EXCEEDED, Set(k.AliceCall, h, new TokenDefaultDaclInformation(new Acl(Enumerable.Repeat(ace, 113)))));
        Assert.Same(before, k.Alice.PrimaryToken.State);
        Assert.Equal(1344, (int)NtStatusMapping.ToDosError(NtStatus.STATUS_ALLOTTED_SPACE_EXCEEDED));
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenElevationType)]
    [InlineData(TokenInformationClass.TokenElevation)]
    public void Elevation_classes_are_invalid(TokenInformationClass c)
    {
        // [W-todo] STI-05: ERROR_INVALID_PARAMETER, i.e. STATUS_INVALID_INFO_CLASS.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Set(k.AdminFullCall, OpenOwnToken(k.AdminFullCall, TokenAllAccess), c, Dword(c, 1), 4));
    }

    [Fact]
    public void A_null_handle_is_an_invalid_handle()
    {
        // [R] STI-06: NtSetInformationToken(NULL, TokenOwner, NULL, 0) -> STATUS_INVALID_HANDLE.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, Set(k.AliceCall, NtHandle.Null, TokenInformationClass.TokenOwner, null, 0));
    }

    [Theory]
    [InlineData(0xa0a)]
    [InlineData(0)]
    [InlineData(1)] // TokenUser
    [InlineData(2)] // TokenGroups
    [InlineData(3)] // TokenPrivileges
    [InlineData(7)] // TokenSource
    [InlineData(8)] // TokenType
    [InlineData(10)] // TokenStatistics
    [InlineData(28)] // TokenLogonSid
    [InlineData(29)] // TokenIsAppContainer
    [InlineData(43)]
    [InlineData(45)] // TokenChildProcessFlags: not in the Windows 11 build's mask
    [InlineData(50)]
    public void Classes_outside_the_settable_set_are_invalid_before_the_handle(int c)
    {
        // [R] STI-07: class 0xa0a -> STATUS_INVALID_INFO_CLASS. Windows 11: the settable-class mask is tested first,
        // so even a NULL handle gives STATUS_INVALID_INFO_CLASS.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Set(k.AliceCall, OpenOwnToken(k.AliceCall, TokenAllAccess), (TokenInformationClass)c, null, 0));
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Set(k.AliceCall, NtHandle.Null, (TokenInformationClass)c, null, 0));
    }

    [Fact]
    public void Session_id_needs_tcb_privilege()
    {
        // [R] STI-08: handle with TOKEN_ADJUST_DEFAULT|TOKEN_ADJUST_SESSIONID, no SeTcbPrivilege -> STATUS_PRIVILEGE_NOT_HELD.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenRead | TokenAdjustDefault | TokenAdjustSessionId);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenSessionId, 1)));
    }

    [Fact]
    public void Session_id_needs_adjust_sessionid_access_and_a_dword()
    {
        var k = new TokenInfoFixture();
        var (token, adjustOnly) = NewToken(k.SystemCall, TokenPresets.User, TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.SystemCall, adjustOnly, Dword(TokenInformationClass.TokenSessionId, 2)));
        var h = HandleTo(k.SystemCall, token, TokenAdjustDefault | TokenAdjustSessionId);
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.SystemCall, h, TokenInformationClass.TokenSessionId, Dword(TokenInformationClass.TokenSessionId, 2), 8));
        var before = token.State.ModifiedId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, h, Dword(TokenInformationClass.TokenSessionId, 2)));
        Assert.Equal(2u, token.State.SessionId);
        Assert.Equal(before, token.State.ModifiedId); // SeSetSessionIdToken does not renew the ModifiedId
    }

    [Fact]
    public void Session_id_of_a_process_primary_token_is_refused_as_in_use()
    {
        // SeSetSessionIdToken: STATUS_TOKEN_ALREADY_IN_USE for a token assigned to a process.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.SystemCall, TokenAllAccess);
        Assert.Equal(NtStatus.STATUS_TOKEN_ALREADY_IN_USE, Set(k.SystemCall, h, Dword(TokenInformationClass.TokenSessionId, 5)));
    }

    [Fact]
    public void Owner_must_be_the_user_or_an_owner_group()
    {
        // [D] STI-09 and the SetTokenInformation / TOKEN_OWNER pages: the owner must be the user or a group with
        // SE_GROUP_OWNER, else STATUS_INVALID_OWNER (SepIdAssignableAsOwner).
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AdminFullCall, TokenQuery | TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminFullCall, h, new TokenOwnerInformation(TokenPresets.AdminSid)));
        Assert.Equal(TokenPresets.AdminSid, Query<TokenOwnerInformation>(k.AdminFullCall, h, TokenInformationClass.TokenOwner).Owner);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminFullCall, h, new TokenOwnerInformation(WellKnownSids.Administrators))); // 0xF: owner
        var before = k.AdminFull.PrimaryToken.State;
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, Set(k.AdminFullCall, h, new TokenOwnerInformation(WellKnownSids.Everyone)));
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, Set(k.AdminFullCall, h, new TokenOwnerInformation(WellKnownSids.LocalSystem)));
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, Set(k.AdminFullCall, h, new TokenOwnerInformation(WellKnownSids.HighMandatoryLevel)));
        Assert.Same(before, k.AdminFull.PrimaryToken.State);
        // The filtered token's Administrators group is deny-only without SE_GROUP_OWNER.
        var limited = OpenOwnToken(k.AdminLimitedCall, TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, Set(k.AdminLimitedCall, limited, new TokenOwnerInformation(WellKnownSids.Administrators)));
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.AdminLimitedCall, limited, TokenInformationClass.TokenOwner,
            new TokenOwnerInformation(TokenPresets.AdminSid), 4));
    }

    [Fact]
    public void Primary_group_must_be_in_the_token_whatever_its_attributes()
    {
        // SetTokenInformation page / SepIdAssignableAsGroup: any SID of the token (the user, a group, a deny-only
        // group, even the label), else STATUS_INVALID_PRIMARY_GROUP.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AdminLimitedCall, TokenQuery | TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminLimitedCall, h, new TokenPrimaryGroupInformation(WellKnownSids.Administrators)));
        Assert.Equal(WellKnownSids.Administrators, Query<TokenPrimaryGroupInformation>(k.AdminLimitedCall, h, TokenInformationClass.TokenPrimaryGroup).PrimaryGroup);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminLimitedCall, h, new TokenPrimaryGroupInformation(TokenPresets.AdminSid)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminLimitedCall, h, new TokenPrimaryGroupInformation(WellKnownSids.MediumMandatoryLevel)));
        Assert.Equal(NtStatus.STATUS_INVALID_PRIMARY_GROUP, Set(k.AdminLimitedCall, h, new TokenPrimaryGroupInformation(WellKnownSids.LocalSystem)));
    }

    [Fact]
    public void Default_setters_need_adjust_default_access()
    {
        // TOKEN_ADJUST_DEFAULT is needed for every settable class (SetTokenInformation page); the pseudo handles
        // grant only TOKEN_QUERY|TOKEN_QUERY_SOURCE.
        var k = new TokenInfoFixture();
        var query = OpenOwnToken(k.AliceCall, TokenQuery | TokenAdjustSessionId);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.AliceCall, query, new TokenDefaultDaclInformation(null)));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.AliceCall, query, new TokenOwnerInformation(TokenPresets.AliceSid)));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.AliceCall, NtHandle.CurrentProcessToken, new TokenDefaultDaclInformation(null)));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.AliceCall, query, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.LowMandatoryLevel, 0))));
        // Kernel mode is not access-checked.
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenInformationRoutines.ZwSetInformationToken(k.AliceCall, query, TokenInformationClass.TokenDefaultDacl,
            new TokenDefaultDaclInformation(null), 8));
    }

    [Fact]
    public void Lowering_the_integrity_level_is_free_raising_needs_tcb_and_a_token_not_in_use()
    {
        // Windows 11 NtSetInformationToken: the same or a lower level needs nothing; a higher one SeTcbPrivilege
        // (STATUS_PRIVILEGE_NOT_HELD) and a token that is no process's primary token (STATUS_TOKEN_ALREADY_IN_USE).
        // The label's attributes are ignored; the query answers 0x60 (GTI-10).
        var k = new TokenInfoFixture();
        var own = OpenOwnToken(k.AliceCall, TokenQuery | TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, own, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.MediumMandatoryLevel, 0))));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, own, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.LowMandatoryLevel, (GroupAttributes)0x20))));
        var label = Query<TokenMandatoryLabelInformation>(k.AliceCall, own, TokenInformationClass.TokenIntegrityLevel).Label;
        Assert.Equal(new SidAndAttributes(WellKnownSids.LowMandatoryLevel, (GroupAttributes)0x60), label);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, own, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.MediumMandatoryLevel, 0))));

        // SYSTEM (SeTcbPrivilege enabled) may raise a token no process uses, but not a process's primary token.
        var (token, h) = NewToken(k.SystemCall, Duplicate(TokenPresets.User, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, h, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.HighMandatoryLevel, 0))));
        Assert.Equal(WellKnownSids.HighMandatoryLevel, token.State.IntegrityLevel);
        var alicesToken = HandleTo(k.SystemCall, k.Alice.PrimaryToken, TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_TOKEN_ALREADY_IN_USE, Set(k.SystemCall, alicesToken, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.SystemMandatoryLevel, 0))));
    }

    [Fact]
    public void Lowering_below_medium_keeps_only_three_privileges_and_clears_not_low()
    {
        // Windows 11 NtSetInformationToken: below Medium only SeChangeNotify, SeUndock and SeIncreaseWorkingSet
        // remain (alice loses SeShutdown and SeTimeZone) and TOKEN_NOT_LOW is cleared; at Medium or above it is set.
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.AliceCall, TokenPresets.User);
        var before = token.State.ModifiedId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.MediumMandatoryLevel, 0))));
        Assert.NotEqual(before, token.State.ModifiedId);
        Assert.NotEqual(TokenFlags.None, token.State.Flags & TokenFlags.TOKEN_NOT_LOW);
        Assert.Equal(5, token.State.Privileges.Length);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.LowMandatoryLevel, 0))));
        Assert.Equal([WellKnownPrivilege.SeChangeNotifyPrivilege, WellKnownPrivilege.SeUndockPrivilege, WellKnownPrivilege.SeIncreaseWorkingSetPrivilege],
            token.State.Privileges.Select(p => (WellKnownPrivilege)p.Luid.LowPart));
        Assert.Equal(TokenFlags.None, token.State.Flags & TokenFlags.TOKEN_NOT_LOW);
    }

    [Fact]
    public void Lowering_an_administrator_below_high_removes_the_administrative_privileges()
    {
        // Windows 11 NtSetInformationToken: below High the privileges of mask 0x1120160684 are removed (SeTakeOwnership,
        // SeLoadDriver, SeBackup, SeRestore, SeDebug, SeImpersonate, SeDelegateSessionUserImpersonate of the admin
        // preset); the token is then no longer elevated by privilege (its Administrators group still elevates it).
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.AdminFullCall, TokenPresets.Admin);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AdminFullCall, h, new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.MediumMandatoryLevel, 0))));
        var left = token.State.Privileges.Select(p => (WellKnownPrivilege)p.Luid.LowPart).ToHashSet();
        Assert.Equal(24 - 7, left.Count);
        foreach (var gone in new[] { WellKnownPrivilege.SeTakeOwnershipPrivilege, WellKnownPrivilege.SeLoadDriverPrivilege, WellKnownPrivilege.SeBackupPrivilege,
                     WellKnownPrivilege.SeRestorePrivilege, WellKnownPrivilege.SeDebugPrivilege, WellKnownPrivilege.SeImpersonatePrivilege,
                     WellKnownPrivilege.SeDelegateSessionUserImpersonatePrivilege })
        {
            Assert.DoesNotContain(gone, left);
        }

        Assert.Contains(WellKnownPrivilege.SeSecurityPrivilege, left);
        Assert.Contains(WellKnownPrivilege.SeChangeNotifyPrivilege, left);
    }

    [Theory]
    [InlineData("S-1-5-32-544")]
    [InlineData("S-1-16-20480")] // ProtectedProcess, above System
    [InlineData("S-1-17-4096")]
    public void Only_label_sids_up_to_system_can_be_an_integrity_level(string sid)
    {
        // Windows 11 NtSetInformationToken: not the mandatory label authority, or a level above 0x4000 -> STATUS_INVALID_LABEL.
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.SystemCall, TokenPresets.User);
        var before = token.State;
        Assert.Equal(NtStatus.STATUS_INVALID_LABEL, Set(k.SystemCall, h, new TokenMandatoryLabelInformation(new SidAndAttributes(Sid.Parse(sid), 0))));
        Assert.Same(before, token.State);
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.SystemCall, h, TokenInformationClass.TokenIntegrityLevel,
            new TokenMandatoryLabelInformation(new SidAndAttributes(WellKnownSids.LowMandatoryLevel, 0)), 15));
    }

    [Fact]
    public void Setting_ui_access_needs_tcb_clearing_it_does_not()
    {
        // Windows 11 NtSetInformationToken: a non-zero TokenUIAccess needs SeTcbPrivilege; zero needs nothing.
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.AliceCall, TokenPresets.User);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenUIAccess, 1)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenUIAccess, 0)));
        var hs = HandleTo(k.SystemCall, token, TokenQuery | TokenAdjustDefault);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, hs, Dword(TokenInformationClass.TokenUIAccess, 7)));
        Assert.Equal(1u, Query<TokenDwordInformation>(k.SystemCall, hs, TokenInformationClass.TokenUIAccess).Value);
    }

    [Fact]
    public void Mandatory_policy_needs_tcb_a_valid_value_and_a_token_not_in_use()
    {
        // Windows 11 NtSetInformationToken / SeSetMandatoryPolicyToken: SeTcbPrivilege; STATUS_TOKEN_ALREADY_IN_USE for a
        // process's primary token; bits outside 0x3 -> STATUS_INVALID_PARAMETER. (Microsoft's older SetTokenInformation
        // page names SE_CREATE_TOKEN; the current kernel checks SeTcbPrivilege.)
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.SystemCall, TokenPresets.User);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, HandleTo(k.AliceCall, token, TokenAdjustDefault),
            new TokenMandatoryPolicyInformation(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF)));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, Set(k.SystemCall, h, new TokenMandatoryPolicyInformation((TokenMandatoryPolicy)4)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, h, new TokenMandatoryPolicyInformation(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF)));
        Assert.Equal(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF, token.State.MandatoryPolicy);
        Assert.Equal(NtStatus.STATUS_TOKEN_ALREADY_IN_USE, Set(k.SystemCall, OpenOwnToken(k.SystemCall, TokenAllAccess),
            new TokenMandatoryPolicyInformation(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF)));
    }

    [Fact]
    public void Origin_needs_tcb_and_is_set_only_once()
    {
        // ReactOS notes / Windows 11 NtSetInformationToken: SeTcbPrivilege; the origin changes only while it is zero,
        // the call succeeds (with a new ModifiedId) either way; exactly 8 bytes.
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.SystemCall, TokenPresets.User);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, HandleTo(k.AliceCall, token, TokenAdjustDefault),
            new TokenOriginInformation(Luid.SystemLogonId)));
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.SystemCall, h, TokenInformationClass.TokenOrigin, new TokenOriginInformation(Luid.SystemLogonId), 4));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, h, new TokenOriginInformation(Luid.SystemLogonId)));
        var id = token.State.ModifiedId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.SystemCall, h, new TokenOriginInformation(new Luid(0x1234, 0))));
        Assert.Equal(Luid.SystemLogonId, Query<TokenOriginInformation>(k.SystemCall, h, TokenInformationClass.TokenOrigin).OriginatingLogonSession);
        Assert.NotEqual(id, token.State.ModifiedId);
    }

    [Fact]
    public void Virtualization_allowed_needs_create_token_privilege_and_enabled_follows_it()
    {
        // Windows 11: TokenVirtualizationAllowed needs SeCreateTokenPrivilege; TokenVirtualizationEnabled needs
        // nothing but only takes effect while virtualization is allowed (SeSetVirtualizationToken).
        var k = new TokenInfoFixture();
        var (token, h) = NewToken(k.AliceCall, TokenPresets.User);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenVirtualizationAllowed, 1)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenVirtualizationEnabled, 1)));
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenVirtualizationEnabled).Value);
        var creator = k.CallAs("token-creator", WithPrivilege(TokenPresets.System, WellKnownPrivilege.SeCreateTokenPrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(creator, HandleTo(creator, token, TokenAdjustDefault), Dword(TokenInformationClass.TokenVirtualizationAllowed, 1)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenVirtualizationEnabled, 1)));
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenVirtualizationEnabled).Value);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(k.AliceCall, h, Dword(TokenInformationClass.TokenVirtualizationEnabled, 0)));
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenVirtualizationEnabled).Value);
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(k.AliceCall, h, TokenInformationClass.TokenVirtualizationEnabled,
            Dword(TokenInformationClass.TokenVirtualizationEnabled, 0), 1));
    }

    [Fact]
    public void Linking_two_primary_tokens_makes_this_one_full_and_the_other_limited()
    {
        // Windows 11 SepLinkLogonSessions: SeCreateTokenPrivilege; the other handle needs TOKEN_QUERY|TOKEN_ADJUST_DEFAULT;
        // both primary and of different logon sessions; this token's session becomes Full, the other's Limited, and
        // each links to a copy of the other. A second link is STATUS_INVALID_PARAMETER.
        var k = new TokenInfoFixture();
        var creator = k.CallAs("token-creator", WithPrivilege(TokenPresets.System, WellKnownPrivilege.SeCreateTokenPrivilege));
        var (full, hf) = NewToken(creator, Duplicate(TokenPresets.User, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous));
        var (limited, hl) = NewToken(creator, Duplicate(TokenPresets.LocalService, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous));
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Set(k.AliceCall, HandleTo(k.AliceCall, full, TokenAllAccess), new TokenLinkedTokenInformation(hf)));
        var queryOnly = HandleTo(creator, limited, TokenQuery);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(creator, hf, new TokenLinkedTokenInformation(queryOnly)));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(creator, HandleTo(creator, full, TokenAdjustDefault), new TokenLinkedTokenInformation(hl)));

        Assert.Equal(NtStatus.STATUS_SUCCESS, Set(creator, hf, new TokenLinkedTokenInformation(hl)));
        Assert.Equal(TokenElevationType.TokenElevationTypeFull, full.State.ElevationType);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, limited.State.ElevationType);
        var linked = Query<TokenLinkedTokenInformation>(creator, hf, TokenInformationClass.TokenLinkedToken).LinkedToken;
        Assert.Equal(WellKnownSids.LocalService, Query<TokenUserInformation>(creator, linked, TokenInformationClass.TokenUser).User.Sid);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, Query<TokenElevationTypeInformation>(creator, linked, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, Set(creator, hf, new TokenLinkedTokenInformation(hl)));
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Set(creator, hf, TokenInformationClass.TokenLinkedToken, new TokenLinkedTokenInformation(hl), 4));
    }

    [Fact]
    public void Linking_needs_primary_tokens()
    {
        var k = new TokenInfoFixture();
        var kernel = k.AliceCall; // ZwSetInformationToken: kernel mode holds every privilege
        var (_, hf) = NewToken(kernel, Duplicate(TokenPresets.User, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous));
        var (_, hi) = NewToken(kernel, Duplicate(TokenPresets.LocalService, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenInformationRoutines.ZwSetInformationToken(kernel, hf, TokenInformationClass.TokenLinkedToken,
            new TokenLinkedTokenInformation(hi), 8));
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenSessionReference)]
    [InlineData(TokenInformationClass.TokenAuditPolicy)]
    [InlineData(TokenInformationClass.TokenSecurityAttributes)]
    [InlineData(TokenInformationClass.TokenPrivateNameSpace)]
    public void Settable_classes_the_model_does_not_hold_are_not_implemented_after_the_access_check(TokenInformationClass c)
    {
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Set(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), c, Dword(c, 0), 4));
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, Set(k.AliceCall, OpenOwnToken(k.AliceCall, TokenAdjustDefault), c, Dword(c, 0), 4));
    }

    [Fact]
    public void A_structure_of_another_class_is_a_programming_error()
    {
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenAllAccess);
        Assert.Throws<ArgumentException>(() => Set(k.AliceCall, h, TokenInformationClass.TokenOwner, new TokenPrimaryGroupInformation(TokenPresets.AliceSid), 8));
        Assert.Throws<ArgumentException>(() => Set(k.AliceCall, h, TokenInformationClass.TokenOwner, Dword(TokenInformationClass.TokenOwner, 1), 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Set(k.AliceCall, h, TokenInformationClass.TokenOwner, null, -1));
    }
}
