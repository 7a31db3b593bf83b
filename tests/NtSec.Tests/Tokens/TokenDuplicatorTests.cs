using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Tokens.TestTokens;

namespace NtSec.Tests.Tokens;

public class TokenDuplicatorTests
{
    private static NtResult<TokenState> Dup(TokenState source, TokenType type, SecurityImpersonationLevel level, bool effectiveOnly = false) =>
        TokenDuplicator.Duplicate(source, type, level, effectiveOnly, new LuidAllocator());

    [Fact]
    public void A_primary_token_can_become_an_anonymous_level_impersonation_token()
    {
        // [W] DUP-01: DuplicateToken(token, SecurityAnonymous) gives TokenImpersonation at SecurityAnonymous.
        var r = Dup(TokenPresets.User, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityAnonymous);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(TokenType.TokenImpersonation, r.Value!.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityAnonymous, r.Value.ImpersonationLevel);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous, SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification, SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, SecurityImpersonationLevel.SecurityDelegation)]
    public void An_impersonation_level_can_never_be_raised(SecurityImpersonationLevel from, SecurityImpersonationLevel to)
    {
        // [W] DUP-02 (Anonymous -> Identification), [P] Identification -> Impersonation.
        var r = Dup(AtLevel(from), TokenType.TokenImpersonation, to);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, r.Status);
        Assert.Null(r.Value);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData(SecurityImpersonationLevel.SecurityDelegation, SecurityImpersonationLevel.SecurityIdentification)]
    public void The_same_or_a_lower_level_is_allowed(SecurityImpersonationLevel from, SecurityImpersonationLevel to)
    {
        var r = Dup(AtLevel(from), TokenType.TokenImpersonation, to);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(to, r.Value!.ImpersonationLevel);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(-1)]
    [InlineData(4)]
    public void An_invalid_level_value_is_a_bad_impersonation_level(int level)
    {
        // [P] DUP-02: level value 7 gives ERROR_BAD_IMPERSONATION_LEVEL.
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            Dup(TokenPresets.User, TokenType.TokenImpersonation, (SecurityImpersonationLevel)level).Status);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            Dup(TokenPresets.User, TokenType.TokenPrimary, (SecurityImpersonationLevel)level).Status);
    }

    [Fact]
    public void A_primary_token_can_be_duplicated_as_primary()
    {
        // [W] DUP-03, DUP-10: DuplicateTokenEx(token, 0, NULL, SecurityAnonymous, TokenPrimary) succeeds.
        var r = Dup(TokenPresets.User, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(TokenType.TokenPrimary, r.Value!.Type);
    }

    [Fact]
    public void A_primary_token_can_become_an_identification_level_token()
    {
        // [W] DUP-05.
        var r = Dup(TokenPresets.User, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, r.Value!.ImpersonationLevel);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification)]
    public void An_anonymous_or_identification_token_cannot_become_primary(SecurityImpersonationLevel level)
    {
        // [?] DUP-16 (Wine allows it; Windows is expected to refuse).
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            Dup(AtLevel(level), TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous).Status);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityDelegation)]
    public void An_impersonation_or_delegation_token_can_become_primary(SecurityImpersonationLevel level)
    {
        var r = Dup(AtLevel(level), TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(TokenType.TokenPrimary, r.Value!.Type);
    }

    [Fact]
    public void Privilege_attributes_are_copied_bit_for_bit()
    {
        // [W-todo] DUP-07: SeChangeNotify disabled but enabled-by-default stays exactly 0x1 in the copy.
        var b = Builder();
        b.Privileges = [new(Priv(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT)];
        var r = Dup(b.Build(), TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, Attributes(r.Value!, WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.Equal(b.Build().Groups.ToArray(), r.Value!.Groups.ToArray());
    }

    [Fact]
    public void Effective_only_drops_disabled_privileges()
    {
        // [W-todo] DUP-08: the disabled privilege is absent from an EffectiveOnly copy.
        var r = Dup(Token(), TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation, effectiveOnly: true).Value!;
        Assert.Null(Attributes(r, WellKnownPrivilege.SeShutdownPrivilege));
        Assert.Null(Attributes(r, WellKnownPrivilege.SeBackupPrivilege));
        Assert.Equal(On, Attributes(r, WellKnownPrivilege.SeChangeNotifyPrivilege));
        Assert.Equal(On, Attributes(r, WellKnownPrivilege.SeImpersonatePrivilege));
    }

    [Fact]
    public void Effective_only_drops_disabled_groups_and_keeps_deny_only_ones()
    {
        // [R] DUP-09: disabled privileges and groups removed (to a primary token too). Deny-only groups stay:
        // "you cannot remove the deny-only attribute from a SID" (SID Attributes in an Access Token).
        var r = Dup(Token(), TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous, effectiveOnly: true);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        var sids = r.Value!.Groups.Select(g => g.Sid).ToList();
        Assert.DoesNotContain(DisabledGroup, sids);
        Assert.Contains(OptionalGroup, sids);
        Assert.Contains(WellKnownSids.Users, sids);
        Assert.True(r.Value.TryGetSidAttributes(WellKnownSids.Users, out var users) && users == GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY);
        Assert.Equal(User, r.Value.User.Sid);
    }

    [Fact]
    public void Effective_only_falls_back_to_the_user_as_owner_when_the_owner_group_goes()
    {
        var b = Builder();
        b.Owner = DisabledGroup;
        var r = Dup(b.Build(), TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation, effectiveOnly: true).Value!;
        Assert.Equal(User, r.Owner);
    }

    [Fact]
    public void The_copy_keeps_default_dacl_owner_primary_group_and_label()
    {
        // [W] DUP-12 (the copy has a default DACL, owner and primary group), DUP-15 (same label).
        var source = TokenPresets.Admin;
        var r = Dup(source, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation).Value!;
        Assert.Equal(source.DefaultDacl, r.DefaultDacl);
        Assert.Equal(source.Owner, r.Owner);
        Assert.Equal(source.PrimaryGroup, r.PrimaryGroup);
        Assert.Equal(source.IntegrityLevel, r.IntegrityLevel);
        Assert.Equal(source.MandatoryPolicy, r.MandatoryPolicy);
        Assert.Equal(source.SessionId, r.SessionId);
    }

    [Theory]
    [InlineData(TokenPresets.AdminName)]
    [InlineData(TokenPresets.AdminFilteredName)]
    [InlineData(TokenPresets.UserName)]
    public void The_copy_keeps_the_elevation_type(string preset)
    {
        // [W] ELV-06: DuplicateTokenEx(..., TokenPrimary) keeps the elevation type.
        Assert.True(TokenPresets.TryGet(preset, out var source));
        Assert.Equal(source.ElevationType, Dup(source, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous).Value!.ElevationType);
    }

    [Fact]
    public void The_copy_keeps_restricting_sids_and_restriction_flags()
    {
        var restricted = TokenFilter.Filter(Token(), FilterTokenFlags.WRITE_RESTRICTED, null, null,
            [new SidAndAttributes(WellKnownSids.RestrictedCode, 0)], new LuidAllocator()).Value!;
        var r = Dup(restricted, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation).Value!;
        Assert.Equal(restricted.RestrictedSids.ToArray(), r.RestrictedSids.ToArray());
        Assert.True(r.IsRestricted);
        Assert.True(r.IsWriteRestricted);
        Assert.True((r.Flags & TokenFlags.TOKEN_IS_FILTERED) != 0);
    }

    [Fact]
    public void The_copy_is_a_new_token_in_the_same_logon_session()
    {
        var source = Token();
        var r = TokenDuplicator.Duplicate(source, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityIdentification, false,
            new LuidAllocator(0x6000)).Value!;
        Assert.Equal(new Luid(0x6000, 0), r.TokenId);
        Assert.Equal(source.AuthenticationId, r.AuthenticationId);
        Assert.Equal(source.ModifiedId, r.ModifiedId);
        Assert.Equal(source.ParentTokenId, r.ParentTokenId);
    }

    [Fact]
    public void An_undefined_token_type_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Dup(Token(), (TokenType)3, SecurityImpersonationLevel.SecurityImpersonation));
}
