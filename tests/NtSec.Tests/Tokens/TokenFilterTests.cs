using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Tokens.TestTokens;

namespace NtSec.Tests.Tokens;

public class TokenFilterTests
{
    private static NtResult<TokenState> Filter(TokenState source, FilterTokenFlags flags = FilterTokenFlags.None,
        Sid[]? disable = null, Luid[]? delete = null, SidAndAttributes[]? restrict = null) =>
        TokenFilter.Filter(source, flags, disable, delete, restrict, new LuidAllocator());

    [Fact]
    public void Disabled_sid_becomes_deny_only_and_keeps_its_other_attributes()
    {
        // [W] CRT-01..03: S stays listed, SE_GROUP_USE_FOR_DENY_ONLY set, SE_GROUP_ENABLED clear. The
        // CreateRestrictedToken page: ENABLED and ENABLED_BY_DEFAULT cleared, all other attributes ignored,
        // so LOCAL (0x7) becomes 0x11 (Wine [P] shows the same value).
        var r = Filter(Token(), disable: [WellKnownSids.Local]);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, Attributes(r.Value!, WellKnownSids.Local));
        Assert.Contains(r.Value!.Groups, g => g.Sid == WellKnownSids.Local && g.IsDenyOnly && !g.IsEnabled);
    }

    [Fact]
    public void The_user_sid_can_be_made_deny_only()
    {
        // CreateRestrictedToken: "Deny-only attributes apply to any combination of an existing token's SIDs,
        // including the user SID" (Wine cannot: wine.md 2.5).
        var r = Filter(Token(), disable: [User]);
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, r.Value!.User.Attributes);
        Assert.True(r.Value.User.IsDenyOnly);
    }

    [Fact]
    public void Mandatory_groups_can_be_made_deny_only()
    {
        // CreateRestrictedToken: "... and group SIDs that have the SE_GROUP_MANDATORY attribute".
        var r = Filter(Token(), disable: [WellKnownSids.Everyone]);
        Assert.True((Attributes(r.Value!, WellKnownSids.Everyone) & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) != 0);
    }

    [Fact]
    public void Logon_sid_keeps_its_logon_id_bits_when_made_deny_only()
    {
        var r = Filter(TokenPresets.User, disable: [TokenPresets.AliceLogonSid]);
        Assert.Equal(GroupAttributes.SE_GROUP_LOGON_ID | GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY,
            Attributes(r.Value!, TokenPresets.AliceLogonSid));
    }

    [Fact]
    public void Type_and_level_of_an_impersonation_source_are_kept()
    {
        // [W] CRT-04.
        var r = Filter(AtLevel(SecurityImpersonationLevel.SecurityIdentification), disable: [WellKnownSids.Local]);
        Assert.Equal(TokenType.TokenImpersonation, r.Value!.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, r.Value.ImpersonationLevel);
    }

    [Fact]
    public void A_primary_source_gives_a_primary_token()
    {
        // [W] CRT-05.
        Assert.Equal(TokenType.TokenPrimary, Filter(Primary(), disable: [WellKnownSids.Local]).Value!.Type);
    }

    [Fact]
    public void Deleted_privilege_is_gone_not_disabled()
    {
        // [W] CRT-06 / PRV-04: the enabled privilege P is no longer in TokenPrivileges at all.
        var r = Filter(Token(), delete: [Priv(WellKnownPrivilege.SeImpersonatePrivilege)]);
        Assert.Null(Attributes(r.Value!, WellKnownPrivilege.SeImpersonatePrivilege));
        Assert.False(r.Value!.HasPrivilege(WellKnownPrivilege.SeImpersonatePrivilege));
        Assert.Equal(3, r.Value.Privileges.Length);
    }

    [Fact]
    public void Unknown_sids_and_privileges_are_ignored()
    {
        // [W] CRT-07: a SID the token lacks and LUID LowPart 0xdeadbeef succeed and change nothing.
        var source = Token();
        var r = Filter(source, disable: [Sid.Parse("S-1-5-21-7-8-10-1001")], delete: [new Luid(0xDEADBEEF, 0)]);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(source.Groups.ToArray(), r.Value!.Groups.ToArray());
        Assert.Equal(source.User, r.Value.User);
        Assert.Equal(source.Privileges.ToArray(), r.Value.Privileges.ToArray());
    }

    [Theory]
    [InlineData(TokenPresets.AdminName, TokenElevationType.TokenElevationTypeFull)]
    [InlineData(TokenPresets.AdminFilteredName, TokenElevationType.TokenElevationTypeLimited)]
    [InlineData(TokenPresets.UserName, TokenElevationType.TokenElevationTypeDefault)]
    public void Elevation_type_is_unchanged(string preset, TokenElevationType expected)
    {
        // [W] CRT-08: CreateRestrictedToken with nothing to restrict keeps TokenElevationType.
        Assert.True(TokenPresets.TryGet(preset, out var token));
        Assert.Equal(expected, Filter(token).Value!.ElevationType);
    }

    [Fact]
    public void Disable_max_privilege_with_sandbox_inert_succeeds()
    {
        // [R] CRT-12: NtFilterToken(t, DISABLE_MAX_PRIVILEGE|SANDBOX_INERT) succeeds.
        var r = Filter(TokenPresets.Admin, FilterTokenFlags.DISABLE_MAX_PRIVILEGE | FilterTokenFlags.SANDBOX_INERT);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        var only = Assert.Single(r.Value!.Privileges);
        Assert.Equal(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), only.Luid);
        Assert.True((r.Value.Flags & TokenFlags.TOKEN_SANDBOX_INERT) != 0);
    }

    [Fact]
    public void Delete_one_privilege_succeeds()
    {
        // [R] CRT-12: NtFilterToken(t, 0, NULL, {SeBackupPrivilege}, NULL) succeeds.
        var r = Filter(TokenPresets.Admin, delete: [Priv(WellKnownPrivilege.SeBackupPrivilege)]);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.False(r.Value!.HasPrivilege(WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(TokenPresets.Admin.Privileges.Length - 1, r.Value.Privileges.Length);
    }

    [Fact]
    public void Disable_max_privilege_keeps_SeChangeNotify_exactly_as_it_was()
    {
        // "Disables all privileges in the new token except the SeChangeNotifyPrivilege privilege": it is
        // left untouched, so a disabled SeChangeNotify stays disabled.
        var b = Builder();
        b.Privileges = [new(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT),
            new(Priv(WellKnownPrivilege.SeDebugPrivilege), On)];
        var r = Filter(b.Build(), FilterTokenFlags.DISABLE_MAX_PRIVILEGE);
        var only = Assert.Single(r.Value!.Privileges);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, only.Attributes);
        Assert.Equal(TokenFlags.None, r.Value.Flags & TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE);
    }

    [Fact]
    public void Disable_max_privilege_ignores_privileges_to_delete()
    {
        // "If this value is specified, the DeletePrivilegeCount and PrivilegesToDelete parameters are ignored."
        var r = Filter(Token(), FilterTokenFlags.DISABLE_MAX_PRIVILEGE, delete: [Priv(WellKnownPrivilege.SeChangeNotifyPrivilege)]);
        Assert.Equal(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), Assert.Single(r.Value!.Privileges).Luid);
    }

    [Fact]
    public void Disable_max_privilege_without_SeChangeNotify_leaves_no_privileges()
    {
        var b = Builder();
        b.Privileges = [new(Priv(WellKnownPrivilege.SeDebugPrivilege), On)];
        Assert.Empty(Filter(b.Build(), FilterTokenFlags.DISABLE_MAX_PRIVILEGE).Value!.Privileges);
    }

    [Fact]
    public void Restricting_sids_with_attributes_are_an_invalid_parameter()
    {
        // "The Attributes member of the SID_AND_ATTRIBUTES structure must be zero" (Win32: ERROR_INVALID_PARAMETER).
        var r = Filter(Token(), restrict: [new(WellKnownSids.RestrictedCode, GroupAttributes.SE_GROUP_ENABLED)]);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, r.Status);
        Assert.Null(r.Value);
    }

    [Fact]
    public void Restricting_sids_are_stored_enabled_and_make_the_token_restricted()
    {
        // "Restricting SIDs are always enabled for access checks"; IsTokenRestricted is TRUE only with a
        // restricting-SID list (wine.md 1.5 [D]).
        var r = Filter(Token(), restrict: [new(WellKnownSids.RestrictedCode, 0), new(WellKnownSids.Everyone, 0)]);
        Assert.True(r.Value!.IsRestricted);
        Assert.True((r.Value.Flags & TokenFlags.TOKEN_IS_RESTRICTED) != 0);
        Assert.Equal([WellKnownSids.RestrictedCode, WellKnownSids.Everyone], r.Value.RestrictedSids.Select(s => s.Sid));
        Assert.All(r.Value.RestrictedSids, s => Assert.Equal(TokenFilter.RestrictingSidAttributes, s.Attributes));
        Assert.Equal((GroupAttributes)0x7, TokenFilter.RestrictingSidAttributes);
    }

    [Fact]
    public void Deny_only_sids_or_deleted_privileges_alone_do_not_make_a_restricted_token()
    {
        // IsTokenRestricted: not for a token that only has disabled SIDs or deleted privileges (wine.md 1.5 [D]).
        var r = Filter(Token(), disable: [WellKnownSids.Local], delete: [Priv(WellKnownPrivilege.SeBackupPrivilege)]);
        Assert.False(r.Value!.IsRestricted);
    }

    [Fact]
    public void Filtering_a_restricted_token_intersects_the_restricting_sids_keeping_duplicates()
    {
        // CreateRestrictedToken: "the intersection of this array and the list of restricting SIDs for the
        // existing token. No check is performed to remove duplicate SIDs that were placed on SidsToRestrict".
        var first = Filter(Token(), restrict: [new(WellKnownSids.RestrictedCode, 0), new(WellKnownSids.Everyone, 0), new(WellKnownSids.Users, 0)]).Value!;
        var second = Filter(first, restrict:
        [
            new(WellKnownSids.Users, 0), new(WellKnownSids.Interactive, 0), new(WellKnownSids.Users, 0), new(WellKnownSids.RestrictedCode, 0),
        ]).Value!;
        Assert.Equal([WellKnownSids.Users, WellKnownSids.Users, WellKnownSids.RestrictedCode], second.RestrictedSids.Select(s => s.Sid));
    }

    [Fact]
    public void Filtering_a_restricted_token_without_new_restricting_sids_keeps_its_list()
    {
        var first = Filter(Token(), restrict: [new(WellKnownSids.RestrictedCode, 0)]).Value!;
        var second = Filter(first, disable: [WellKnownSids.Local]).Value!;
        Assert.Equal(first.RestrictedSids.ToArray(), second.RestrictedSids.ToArray());
        Assert.True(second.IsRestricted);
    }

    [Fact]
    public void An_empty_intersection_leaves_the_token_restricted()
    {
        // Restricted Tokens (Microsoft docs): the second check uses the restricting SIDs; with none left it
        // grants nothing, so the token must stay restricted (unverified on Windows; docs/tokens.md).
        var first = Filter(Token(), restrict: [new(WellKnownSids.RestrictedCode, 0)]).Value!;
        var second = Filter(first, restrict: [new(WellKnownSids.Everyone, 0)]).Value!;
        Assert.True(second.IsRestricted);
    }

    [Fact]
    public void Write_restricted_is_valid_without_restricting_sids()
    {
        // users.md 4.5 (NtObjectManager PR #20): a write-restricted token can have zero restricting SIDs.
        var r = Filter(Token(), FilterTokenFlags.WRITE_RESTRICTED);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.True(r.Value!.IsWriteRestricted);
        Assert.False(r.Value.IsRestricted);
    }

    [Fact]
    public void Write_restricted_with_restricting_sids()
    {
        var r = Filter(Token(), FilterTokenFlags.WRITE_RESTRICTED, restrict: [new(WellKnownSids.WriteRestrictedCode, 0)]);
        Assert.True(r.Value!.IsWriteRestricted);
        Assert.True(r.Value.IsRestricted);
    }

    [Fact]
    public void Lua_token_is_not_implemented()
    {
        // "The new token is a LUA token": no source says what that changes, so it is not guessed.
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, Filter(TokenPresets.Admin, FilterTokenFlags.LUA_TOKEN).Status);
    }

    [Fact]
    public void Unknown_flag_bits_are_an_invalid_parameter()
    {
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, Filter(Token(), (FilterTokenFlags)0x10).Status);
    }

    [Fact]
    public void The_result_is_a_new_filtered_child_of_the_source_in_the_same_logon_session()
    {
        var source = Token();
        var ids = new LuidAllocator(0x7000);
        var r = TokenFilter.Filter(source, FilterTokenFlags.None, null, null, null, ids).Value!;
        Assert.Equal(new Luid(0x7000, 0), r.TokenId);
        Assert.Equal(new Luid(0x7001, 0), r.ModifiedId);
        Assert.Equal(source.TokenId, r.ParentTokenId);
        Assert.Equal(source.AuthenticationId, r.AuthenticationId);
        Assert.True((r.Flags & TokenFlags.TOKEN_IS_FILTERED) != 0);
        Assert.Equal(source.DefaultDacl, r.DefaultDacl);
        Assert.Equal(source.IntegrityLevel, r.IntegrityLevel);
        Assert.Equal(source.PrimaryGroup, r.PrimaryGroup);
    }

    [Fact]
    public void Disabling_the_owner_group_makes_the_user_the_default_owner()
    {
        var r = Filter(TokenPresets.Admin, disable: [WellKnownSids.Administrators]).Value!;
        Assert.Equal(TokenPresets.AdminSid, r.Owner);
    }

    [Fact]
    public void Privilege_flags_follow_the_remaining_privileges()
    {
        var r = Filter(Token(), delete: [Priv(WellKnownPrivilege.SeImpersonatePrivilege)]).Value!;
        Assert.Equal(TokenFlags.None, r.Flags & TokenFlags.TOKEN_HAS_IMPERSONATE_PRIVILEGE);
        Assert.Equal(TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE, r.Flags & TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE);
    }

    [Fact]
    public void The_source_snapshot_is_not_modified()
    {
        var source = Token();
        var groups = source.Groups;
        _ = Filter(source, FilterTokenFlags.DISABLE_MAX_PRIVILEGE, disable: [User, WellKnownSids.Everyone], restrict: [new(WellKnownSids.Everyone, 0)]);
        Assert.Equal(groups.ToArray(), source.Groups.ToArray());
        Assert.Equal(4, source.Privileges.Length);
        Assert.False(source.User.IsDenyOnly);
    }

    [Fact]
    public void A_filtered_token_never_has_more_enabled_sids_or_privileges_than_its_source()
    {
        // Property: whatever is disabled, deleted or restricted, filtering only takes away.
        var random = new Random(20240611);
        var flagChoices = new[] { FilterTokenFlags.None, FilterTokenFlags.DISABLE_MAX_PRIVILEGE, FilterTokenFlags.SANDBOX_INERT, FilterTokenFlags.WRITE_RESTRICTED };
        var sources = TokenPresets.Names.Select(n => TokenPresets.TryGet(n, out var t) ? t : throw new InvalidOperationException()).Append(Token()).ToList();
        for (int round = 0; round < 400; round++)
        {
            var source = sources[random.Next(sources.Count)];
            var sids = source.Groups.Select(g => g.Sid).Append(source.User.Sid).Append(WellKnownSids.Network).ToList();
            var disable = sids.Where(_ => random.Next(3) == 0).ToArray();
            var delete = source.Privileges.Where(_ => random.Next(3) == 0).Select(p => p.Luid).ToArray();
            var restrict = random.Next(2) == 0 ? null : sids.Where(_ => random.Next(2) == 0).Select(s => new SidAndAttributes(s, 0)).ToArray();
            var flags = flagChoices[random.Next(flagChoices.Length)];
            var r = Filter(source, flags, disable, delete, restrict);
            Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
            var result = r.Value!;

            foreach (var g in result.Groups.Append(result.User))
            {
                Assert.True(source.TryGetSidAttributes(g.Sid, out var before), $"{g.Sid} appeared from nowhere");
                if (g.IsEnabled)
                {
                    Assert.True((before & GroupAttributes.SE_GROUP_ENABLED) != 0);
                }

                if ((before & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) != 0)
                {
                    Assert.True(g.IsDenyOnly, "deny-only can never be removed");
                }
            }

            Assert.True(result.Groups.Count(g => g.IsEnabled) <= source.Groups.Count(g => g.IsEnabled));
            Assert.True(result.Privileges.Count(p => p.IsEnabled) <= source.Privileges.Count(p => p.IsEnabled));
            Assert.All(result.Privileges, p => Assert.Contains(p, source.Privileges));
            if (source.IsRestricted)
            {
                Assert.All(result.RestrictedSids, s => Assert.True(source.TryGetRestrictedSidAttributes(s.Sid, out _)));
            }
        }
    }
}
