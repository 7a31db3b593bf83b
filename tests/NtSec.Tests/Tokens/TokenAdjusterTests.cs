using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Tokens.TestTokens;

namespace NtSec.Tests.Tokens;

public class TokenAdjusterTests
{
    private static TokenAdjustment<LuidAndAttributes> Privs(TokenState token, bool disableAll, params LuidAndAttributes[]? newState) =>
        TokenAdjuster.AdjustPrivileges(token, disableAll, newState, new LuidAllocator());

    private static TokenAdjustment<SidAndAttributes> Groups(TokenState token, bool reset, params SidAndAttributes[]? newState) =>
        TokenAdjuster.AdjustGroups(token, reset, newState, new LuidAllocator());

    private static LuidAndAttributes Enable(WellKnownPrivilege p) => new(Priv(p), PrivilegeAttributes.SE_PRIVILEGE_ENABLED);

    private static LuidAndAttributes Disable(WellKnownPrivilege p) => new(Priv(p), PrivilegeAttributes.None);

    [Fact]
    public void Enabling_a_held_privilege_succeeds_and_reports_its_previous_state()
    {
        // [W] PRV-05 (enable SeBackupPrivilege), PRV-11 (PreviousState lists the changed privilege).
        var r = Privs(Token(), false, Enable(WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED, Attributes(r.Token, WellKnownPrivilege.SeBackupPrivilege));
        Assert.True(r.Token.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        var previous = Assert.Single(r.PreviousState);
        Assert.Equal(new LuidAndAttributes(Priv(WellKnownPrivilege.SeBackupPrivilege), PrivilegeAttributes.None), previous);
        Assert.True((r.Token.Flags & TokenFlags.TOKEN_HAS_BACKUP_PRIVILEGE) != 0);
    }

    [Fact]
    public void Feeding_the_previous_state_back_restores_the_old_state()
    {
        // [W] PRV-06: AdjustTokenPrivileges(token, FALSE, prev, ...) restores.
        var source = TokenPresets.Admin;
        var enabled = Privs(source, false, Enable(WellKnownPrivilege.SeSecurityPrivilege));
        var restored = Privs(enabled.Token, false, [.. enabled.PreviousState]);
        Assert.Equal(NtStatus.STATUS_SUCCESS, restored.Status);
        Assert.Equal(source.Privileges.ToArray(), restored.Token.Privileges.ToArray());
    }

    [Fact]
    public void Enabling_keeps_the_enabled_by_default_bit()
    {
        // SeShutdown is 0x1 (enabled by default, currently disabled): enabling gives 0x3, disabling back 0x1.
        var on = Privs(Token(), false, Enable(WellKnownPrivilege.SeShutdownPrivilege));
        Assert.Equal(On, Attributes(on.Token, WellKnownPrivilege.SeShutdownPrivilege));
        var off = Privs(on.Token, false, Disable(WellKnownPrivilege.SeShutdownPrivilege));
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, Attributes(off.Token, WellKnownPrivilege.SeShutdownPrivilege));
    }

    [Fact]
    public void A_removed_privilege_is_gone_for_good()
    {
        // [W] PRV-07: SE_PRIVILEGE_REMOVED removes SeChangeNotify; restoring with the previous state still
        // returns TRUE (STATUS_NOT_ALL_ASSIGNED is a success) and the privilege does not come back.
        var removed = Privs(TokenPresets.User, false, new LuidAndAttributes(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.SE_PRIVILEGE_REMOVED));
        Assert.Equal(NtStatus.STATUS_SUCCESS, removed.Status);
        Assert.False(removed.Token.HasPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.Equal(TokenFlags.None, removed.Token.Flags & TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE);
        Assert.Equal(On, Assert.Single(removed.PreviousState).Attributes);

        var restore = Privs(removed.Token, false, [.. removed.PreviousState]);
        Assert.True(restore.IsSuccess);
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, restore.Status);
        Assert.False(restore.Token.HasPrivilege(WellKnownPrivilege.SeChangeNotifyPrivilege));
    }

    [Fact]
    public void Enabling_a_privilege_the_token_lacks_is_not_all_assigned_a_success()
    {
        // [W] PRV-08: STATUS_NOT_ALL_ASSIGNED, a success-class status (Win32: TRUE with ERROR_NOT_ALL_ASSIGNED).
        var r = Privs(TokenPresets.User, false, Enable(WellKnownPrivilege.SeCreatePermanentPrivilege));
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, r.Status);
        Assert.True(r.IsSuccess);
        Assert.Same(TokenPresets.User, r.Token);
        Assert.Empty(r.PreviousState);
    }

    [Fact]
    public void Not_all_assigned_still_applies_the_privileges_that_are_held()
    {
        // PRV-11 [D]: "returns TRUE with ERROR_NOT_ALL_ASSIGNED if any requested privilege is not in the token".
        var r = Privs(Token(), false, Enable(WellKnownPrivilege.SeDebugPrivilege), Enable(WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, r.Status);
        Assert.True(r.Token.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
    }

    [Fact]
    public void Disable_all_privileges()
    {
        // [W] PRV-09: AdjustTokenPrivileges(token, TRUE, NULL, ...) succeeds; every privilege is disabled,
        // the enabled-by-default bits stay.
        var r = Privs(Token(), true, null);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.All(r.Token.Privileges, p => Assert.False(p.IsEnabled));
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, Attributes(r.Token, WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.Equal(2, r.PreviousState.Length);
        Assert.Equal(TokenFlags.None, r.Token.Flags & (TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE | TokenFlags.TOKEN_HAS_IMPERSONATE_PRIVILEGE));
    }

    [Fact]
    public void Disable_all_ignores_new_state()
    {
        var r = Privs(Token(), true, Enable(WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.False(r.Token.HasEnabledPrivilege(WellKnownPrivilege.SeBackupPrivilege));
    }

    [Fact]
    public void Disabling_an_enabled_privilege_succeeds()
    {
        // [R] PRV-10: disable SeImpersonatePrivilege, no previous state wanted.
        var r = Privs(Token(), false, Disable(WellKnownPrivilege.SeImpersonatePrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.False(r.Token.HasEnabledPrivilege(WellKnownPrivilege.SeImpersonatePrivilege));
        Assert.True(r.Token.HasPrivilege(WellKnownPrivilege.SeImpersonatePrivilege));
    }

    [Fact]
    public void Previous_state_lists_only_what_changed_and_no_change_keeps_the_modified_id()
    {
        // [D] PRV-11: enabling an already-enabled privilege changes nothing and reports nothing (Wine reports
        // one entry). No change, no new ModifiedId.
        var source = Token();
        var r = Privs(source, false, Enable(WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Empty(r.PreviousState);
        Assert.False(r.Changed);
        Assert.Same(source, r.Token);
    }

    [Fact]
    public void Every_change_gets_a_new_modified_id_and_keeps_the_token_id()
    {
        var source = Token();
        var r = TokenAdjuster.AdjustPrivileges(source, false, [Enable(WellKnownPrivilege.SeBackupPrivilege)], new LuidAllocator(0x8000));
        Assert.Equal(new Luid(0x8000, 0), r.Token.ModifiedId);
        Assert.Equal(source.TokenId, r.Token.TokenId);
        Assert.Equal(source.AuthenticationId, r.Token.AuthenticationId);
    }

    [Fact]
    public void Null_new_state_without_disable_all_is_an_invalid_parameter()
    {
        var source = Token();
        var r = Privs(source, false, null);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, r.Status);
        Assert.Same(source, r.Token);
    }

    [Fact]
    public void Groups_null_new_state_without_reset_is_an_invalid_parameter_and_reset_with_null_succeeds()
    {
        // [R] GRP-03.
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, Groups(Token(), false, null).Status);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Groups(Token(), true, null).Status);
    }

    [Fact]
    public void A_mandatory_group_cannot_be_disabled()
    {
        // GRP-04 [D]: "cannot disable groups with the SE_GROUP_MANDATORY attribute" -> ERROR_CANT_DISABLE_MANDATORY.
        var source = Token();
        var r = Groups(source, false, new SidAndAttributes(OptionalGroup, 0), new SidAndAttributes(WellKnownSids.Everyone, 0));
        Assert.Equal(NtStatus.STATUS_CANT_DISABLE_MANDATORY, r.Status);
        Assert.Same(source, r.Token);
        Assert.Empty(r.PreviousState);
    }

    [Fact]
    public void A_deny_only_group_cannot_be_enabled()
    {
        // GRP-04 [D]: "You cannot enable a group that has the SE_GROUP_USE_FOR_DENY_ONLY attribute."
        var r = Groups(Token(), false, new SidAndAttributes(WellKnownSids.Users, GroupAttributes.SE_GROUP_ENABLED));
        Assert.Equal(NtStatus.STATUS_CANT_ENABLE_DENY_ONLY, r.Status);
    }

    [Fact]
    public void The_user_sid_is_not_a_group_that_can_be_adjusted()
    {
        // "You cannot use AdjustTokenGroups to disable the user SID" (SID Attributes in an Access Token):
        // it is not found among the groups, so the request is not all assigned and nothing changes.
        var source = Token();
        var r = Groups(source, false, new SidAndAttributes(User, 0));
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, r.Status);
        Assert.Same(source, r.Token);
    }

    [Fact]
    public void An_optional_group_can_be_disabled_and_enabled_again()
    {
        var source = Token();
        var off = Groups(source, false, new SidAndAttributes(OptionalGroup, 0));
        Assert.Equal(NtStatus.STATUS_SUCCESS, off.Status);
        Assert.Equal(GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT, Attributes(off.Token, OptionalGroup));
        Assert.Equal(new SidAndAttributes(OptionalGroup, Optional), Assert.Single(off.PreviousState));
        Assert.NotEqual(source.ModifiedId, off.Token.ModifiedId);

        // AdjustTokenGroups remarks: PreviousState passed back as NewState restores the groups.
        var back = Groups(off.Token, false, [.. off.PreviousState]);
        Assert.Equal(source.Groups.ToArray(), back.Token.Groups.ToArray());
    }

    [Fact]
    public void Reset_to_default_follows_enabled_by_default()
    {
        var b = Builder();
        b.Groups =
        [
            new(OptionalGroup, GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT),
            new(DisabledGroup, GroupAttributes.SE_GROUP_ENABLED),
            new(WellKnownSids.Users, GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY),
            new(WellKnownSids.Everyone, Default),
        ];
        var r = Groups(b.Build(), true, new SidAndAttributes(WellKnownSids.Everyone, 0));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(Optional, Attributes(r.Token, OptionalGroup));
        Assert.Equal(GroupAttributes.None, Attributes(r.Token, DisabledGroup));
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, Attributes(r.Token, WellKnownSids.Users));
        Assert.Equal(Default, Attributes(r.Token, WellKnownSids.Everyone));
        Assert.Equal(2, r.PreviousState.Length);
    }

    [Fact]
    public void Groups_not_in_the_token_are_not_all_assigned_but_the_others_apply()
    {
        // AdjustTokenGroups: "The NewState parameter can list groups to be changed that are not present in the
        // access token. This does not affect the successful modification of the groups in the token."
        var r = Groups(Token(), false, new SidAndAttributes(WellKnownSids.Network, GroupAttributes.SE_GROUP_ENABLED),
            new SidAndAttributes(DisabledGroup, GroupAttributes.SE_GROUP_ENABLED));
        Assert.Equal(NtStatus.STATUS_NOT_ALL_ASSIGNED, r.Status);
        Assert.Equal(GroupAttributes.SE_GROUP_ENABLED, Attributes(r.Token, DisabledGroup));
    }

    [Fact]
    public void Only_the_enabled_bit_of_the_request_is_used()
    {
        var r = Groups(Token(), false, new SidAndAttributes(DisabledGroup, GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_OWNER | GroupAttributes.SE_GROUP_MANDATORY));
        Assert.Equal(GroupAttributes.SE_GROUP_ENABLED, Attributes(r.Token, DisabledGroup));
    }

    [Fact]
    public void The_system_tokens_administrators_group_is_not_mandatory_and_can_be_disabled()
    {
        // whoami /groups as SYSTEM: BUILTIN\Administrators "Enabled by default, Enabled group, Group owner".
        var r = Groups(TokenPresets.System, false, new SidAndAttributes(WellKnownSids.Administrators, 0));
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.False(r.Token.Groups.Single(g => g.Sid == WellKnownSids.Administrators).IsEnabled);
    }
}
