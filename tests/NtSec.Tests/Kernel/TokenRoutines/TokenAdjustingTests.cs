using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using static NtSec.Tests.Kernel.TokenRoutines.KernelScenario;

namespace NtSec.Tests.Kernel.TokenRoutines;

public class TokenAdjustingTests
{
    private const uint Sentinel = 0xdeadbeef;

    private static LuidAndAttributes Request(WellKnownPrivilege privilege, PrivilegeAttributes attributes) =>
        new(PrivilegeTable.ToLuid(privilege), attributes);

    private static PrivilegeAttributes AttributesOf(TokenObject token, WellKnownPrivilege privilege) =>
        token.State.Privileges.Single(p => p.Luid == PrivilegeTable.ToLuid(privilege)).Attributes;

    [Fact]
    public void Adjusting_with_only_adjust_privileges_leaves_return_length_alone_without_a_previous_state()
    {
        // PRV-05 [W]: token opened with only TOKEN_ADJUST_PRIVILEGES; enabling SeBackupPrivilege with PreviousState NULL
        // succeeds and ReturnLength keeps 0xdeadbeef; reverting with both NULL succeeds.
        var s = For("admin", elevated: true);
        var handle = s.OpenProcessToken(TokenAdjustPrivileges);
        var length = new StrongBox<uint>(Sentinel);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false,
            [Request(WellKnownPrivilege.SeBackupPrivilege, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 16, null, length));
        Assert.Equal(Sentinel, length.Value);
        Assert.True(s.Process.PrimaryToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false,
            [Request(WellKnownPrivilege.SeBackupPrivilege, PrivilegeAttributes.None)], 0, null, null));
        Assert.False(s.Process.PrimaryToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
    }

    [Fact]
    public void The_previous_state_fed_back_restores_the_token()
    {
        // PRV-06 [W]: ADJUST_PRIVILEGES|QUERY, enable SeSecurityPrivilege with a 128-byte buffer; feeding the previous
        // state back restores it. PRV-11 [D]: only changed privileges are listed; ReturnLength = 4 + 12 per entry.
        var s = For("admin", elevated: true);
        var handle = s.OpenProcessToken(TokenAdjustPrivileges | TokenQuery);
        var previous = new StrongBox<ImmutableArray<LuidAndAttributes>>();
        var length = new StrongBox<uint>(Sentinel);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false,
            [Request(WellKnownPrivilege.SeSecurityPrivilege, PrivilegeAttributes.SE_PRIVILEGE_ENABLED),
             Request(WellKnownPrivilege.SeChangeNotifyPrivilege, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 128, previous, length));
        var entry = Assert.Single(previous.Value);
        Assert.Equal(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), entry.Luid);
        Assert.Equal(PrivilegeAttributes.None, entry.Attributes);
        Assert.Equal(16u, length.Value);
        Assert.True(s.Process.PrimaryToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege));

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false, previous.Value, 0, null, null));
        Assert.False(s.Process.PrimaryToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege));
    }

    [Fact]
    public void A_removed_privilege_cannot_come_back()
    {
        // PRV-07 [W]: SE_PRIVILEGE_REMOVED on SeChangeNotifyPrivilege succeeds; PrivilegeCheck then reports it not held;
        // restoring with the captured previous state "returns TRUE" -- STATUS_NOT_ALL_ASSIGNED, a success.
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustPrivileges | TokenQuery);
        var previous = new StrongBox<ImmutableArray<LuidAndAttributes>>();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false,
            [Request(WellKnownPrivilege.SeChangeNotifyPrivilege, PrivilegeAttributes.SE_PRIVILEGE_REMOVED)], 64, previous, new StrongBox<uint>()));
        Assert.False(s.Process.PrimaryToken.State.HasPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege));
        var set = new StrongBox<PrivilegeSet>(new PrivilegeSet(0, [Request(WellKnownPrivilege.SeChangeNotifyPrivilege, PrivilegeAttributes.None)]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, handle, set, out bool held));
        Assert.False(held);
        var status = TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false, previous.Value, 0, null, null);
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, status);
        Assert.True(status.IsSuccess());
    }

    [Fact]
    public void Enabling_a_privilege_the_token_lacks_is_not_all_assigned()
    {
        // PRV-08 [W]: a thread token without SeCreatePermanentPrivilege -> STATUS_NOT_ALL_ASSIGNED (success class).
        var s = For();
        var imp = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenImpersonate | TokenAdjustPrivileges);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Impersonating.NtSetInformationThread(s.Call, NtHandle.CurrentThread,
            ThreadInformationClass.ThreadImpersonationToken, imp));
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, imp, false,
            [Request(WellKnownPrivilege.SeCreatePermanentPrivilege, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
    }

    [Fact]
    public void Disabling_all_privileges_succeeds_and_gives_a_new_modified_id()
    {
        // PRV-09 [W]: AdjustTokenPrivileges(token, TRUE, NULL, 0, NULL, NULL) -> TRUE. ModifiedId changes on a change.
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustPrivileges);
        var before = s.Process.PrimaryToken.State;
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, true, null, 0, null, null));
        var after = s.Process.PrimaryToken.State;
        Assert.All(after.Privileges, p => Assert.False(p.IsEnabled));
        Assert.NotEqual(before.ModifiedId, after.ModifiedId);
        Assert.Equal(before.TokenId, after.TokenId);

        // Nothing left to change: the ModifiedId stays.
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, true, null, 0, null, null));
        Assert.Equal(after.ModifiedId, s.Process.PrimaryToken.State.ModifiedId);
    }

    [Fact]
    public void Disabling_se_impersonate_with_a_zero_length_and_no_previous_state_succeeds()
    {
        // PRV-10 [R].
        var s = For("admin", elevated: true);
        var handle = s.OpenProcessToken(TokenAdjustPrivileges);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, false,
            [Request(WellKnownPrivilege.SeImpersonatePrivilege, PrivilegeAttributes.None)], 0, null, null));
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, AttributesOf(s.Process.PrimaryToken, WellKnownPrivilege.SeImpersonatePrivilege));
    }

    [Fact]
    public void A_previous_state_needs_token_query_and_a_return_length()
    {
        // AdjustTokenPrivileges page: "If the PreviousState parameter is not NULL, the handle must also have TOKEN_QUERY access."
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustPrivileges);
        var previous = new StrongBox<ImmutableArray<LuidAndAttributes>>();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, true, null, 64, previous, new StrongBox<uint>()));
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, true, null, 64, previous, null));
        Assert.True(s.Process.PrimaryToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege));
    }

    [Fact]
    public void A_previous_state_buffer_that_is_too_small_changes_nothing_and_reports_the_length()
    {
        // AdjustTokenPrivileges page: "If you specify a buffer that is too small ... the function fails and does not
        // adjust any privileges ... sets the variable pointed to by the ReturnLength parameter to the number of bytes required".
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustPrivileges | TokenQuery);
        var before = s.Process.PrimaryToken.State;
        var previous = new StrongBox<ImmutableArray<LuidAndAttributes>>();
        var length = new StrongBox<uint>(Sentinel);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, handle, true, null, 15, previous, length));
        Assert.Equal(16u, length.Value);
        Assert.True(previous.Value.IsDefault);
        Assert.Same(before, s.Process.PrimaryToken.State);
    }

    [Fact]
    public void A_missing_new_state_is_an_invalid_parameter_before_the_handle_is_looked_at()
    {
        // ReactOS tokenadj.c: DisableAll FALSE with NewState NULL -> STATUS_INVALID_PARAMETER first.
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, NtHandle.Null, false, null, 0, null, null));
    }

    [Fact]
    public void Adjusting_groups_through_a_null_handle_is_an_invalid_handle()
    {
        // GRP-01 [R].
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenAdjusting.NtAdjustGroupsToken(s.Call, NtHandle.Null, true, null, 0, null, null));
    }

    [Fact]
    public void Adjusting_groups_needs_token_adjust_groups()
    {
        // GRP-02 [R]: a handle with only TOKEN_DUPLICATE -> STATUS_ACCESS_DENIED.
        var s = For();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenAdjusting.NtAdjustGroupsToken(s.Call, s.OpenProcessToken(TokenDuplicate), true, null, 0, null, null));
    }

    [Fact]
    public void Reset_to_default_needs_no_new_state_but_an_explicit_adjustment_does()
    {
        // GRP-03 [R]: ResetToDefault FALSE with NewState NULL -> STATUS_INVALID_PARAMETER; TRUE -> STATUS_SUCCESS.
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustGroups);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenAdjusting.NtAdjustGroupsToken(s.Call, handle, false, null, 0, null, null));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustGroupsToken(s.Call, handle, true, null, 0, null, null));
    }

    [Fact]
    public void A_mandatory_group_cannot_be_disabled()
    {
        // GRP-04 [D]: ERROR_CANT_DISABLE_MANDATORY for a SE_GROUP_MANDATORY group; nothing changes.
        var s = For();
        var handle = s.OpenProcessToken(TokenAdjustGroups);
        var before = s.Process.PrimaryToken.State;
        Assert.Equal(NtStatus.STATUS_CANT_DISABLE_MANDATORY, TokenAdjusting.NtAdjustGroupsToken(s.Call, handle, false,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], 0, null, null));
        Assert.Same(before, s.Process.PrimaryToken.State);
    }

    [Fact]
    public void Disabling_an_optional_group_reports_its_previous_state_with_the_sid()
    {
        // SYSTEM's BUILTIN\Administrators is not mandatory (0xE). The previous state is one group; ReturnLength is the
        // 64-bit TOKEN_GROUPS size: 8 + 16 + the SID's 16 bytes. Reset to default re-enables it.
        var s = AsSystem();
        var handle = s.OpenProcessToken(TokenAdjustGroups | TokenQuery);
        var previous = new StrongBox<ImmutableArray<SidAndAttributes>>();
        var length = new StrongBox<uint>(Sentinel);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustGroupsToken(s.Call, handle, false,
            [new SidAndAttributes(WellKnownSids.Administrators, GroupAttributes.None)], 64, previous, length));
        var entry = Assert.Single(previous.Value);
        Assert.Equal(WellKnownSids.Administrators, entry.Sid);
        Assert.True(entry.IsEnabled);
        Assert.Equal(40u, length.Value);
        Assert.False(s.Process.PrimaryToken.State.Groups.Single(g => g.Sid == WellKnownSids.Administrators).IsEnabled);

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustGroupsToken(s.Call, handle, true, null, 0, null, null));
        Assert.True(s.Process.PrimaryToken.State.Groups.Single(g => g.Sid == WellKnownSids.Administrators).IsEnabled);
    }

    [Fact]
    public void A_group_not_in_the_token_is_not_all_assigned()
    {
        // AdjustTokenGroups page: NewState may list groups not in the token without failing (STATUS_NOT_ALL_ASSIGNED).
        var s = For();
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, TokenAdjusting.NtAdjustGroupsToken(s.Call, s.OpenProcessToken(TokenAdjustGroups), false,
            [new SidAndAttributes(WellKnownSids.Administrators, GroupAttributes.SE_GROUP_ENABLED)], 0, null, null));
    }
}
