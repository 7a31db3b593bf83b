using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using static NtSec.Tests.Kernel.TokenRoutines.KernelScenario;

namespace NtSec.Tests.Kernel.TokenRoutines;

public class TokenCopyingTests
{
    private static readonly ObjectAttributes NoQos = new();

    private static ObjectAttributes Qos(SecurityImpersonationLevel level) => new(SecurityQualityOfService: new SecurityQualityOfService(level));

    [Fact]
    public void Duplicate_gets_exactly_the_access_asked_for_at_the_level_asked_for()
    {
        // DUP-01 [W]: DuplicateToken(SecurityAnonymous) = NtDuplicateToken(TOKEN_QUERY|TOKEN_IMPERSONATE, QoS Anonymous).
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate | 0x80 | TokenAdjustPrivileges);
        var status = TokenCopying.NtDuplicateToken(s.Call, source, TokenQuery | TokenImpersonate, Qos(SecurityImpersonationLevel.SecurityAnonymous),
            false, TokenType.TokenImpersonation, out var copy);
        Assert.Equal(NtStatus.STATUS_SUCCESS, status);
        Assert.Equal(TokenQuery | TokenImpersonate, s.Entry(copy).GrantedAccess);
        var state = s.Token(copy).State;
        Assert.Equal(TokenType.TokenImpersonation, state.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityAnonymous, state.ImpersonationLevel);
    }

    [Fact]
    public void An_impersonation_level_is_never_raised()
    {
        // DUP-02 [W]: an anonymous-level token duplicated at Identification fails; the output handle is NULL.
        var s = For();
        var anonymous = s.Impersonation(SecurityImpersonationLevel.SecurityAnonymous);
        var status = TokenCopying.NtDuplicateToken(s.Call, anonymous, 0, Qos(SecurityImpersonationLevel.SecurityIdentification), false,
            TokenType.TokenImpersonation, out var copy);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, status);
        Assert.True(copy.IsNull);
    }

    [Fact]
    public void Zero_access_means_the_source_handles_access()
    {
        // DUP-03 [W] (primary) and DUP-05 [W] (Identification-level impersonation).
        var s = For();
        uint sourceAccess = TokenQuery | TokenDuplicate | 0x80 | TokenAdjustPrivileges;
        var source = s.OpenProcessToken(sourceAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, null, false, TokenType.TokenPrimary, out var primary));
        Assert.Equal(sourceAccess, s.Entry(primary).GrantedAccess);
        Assert.Equal(TokenType.TokenPrimary, s.Token(primary).State.Type);

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, Qos(SecurityImpersonationLevel.SecurityIdentification),
            false, TokenType.TokenImpersonation, out var identification));
        Assert.Equal(sourceAccess, s.Entry(identification).GrantedAccess);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, s.Token(identification).State.ImpersonationLevel);
    }

    [Fact]
    public void Maximum_allowed_gives_token_all_access_without_a_check_against_the_new_descriptor()
    {
        // DUP-04 [W]: MAXIMUM_ALLOWED -> TOKEN_ALL_ACCESS; TOKEN_QUERY_SOURCE -> exactly TOKEN_QUERY_SOURCE.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        var empty = new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, WellKnownSids.Administrators, Acl.Empty, null);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, AccessMask.MaximumAllowed,
            new ObjectAttributes(SecurityDescriptor: empty), false, TokenType.TokenPrimary, out var all));
        Assert.Equal(TokenAllAccess, s.Entry(all).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0x10, null, false, TokenType.TokenPrimary, out var querySource));
        Assert.Equal(0x10u, s.Entry(querySource).GrantedAccess);
    }

    [Fact]
    public void Without_a_quality_of_service_a_primary_source_gives_an_anonymous_copy()
    {
        // DUP-06 [W]: attributes without SecurityQualityOfService -> SecurityAnonymous, access = source access;
        // with QoS {SecurityIdentification} -> Identification.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, NoQos, false, TokenType.TokenImpersonation, out var copy));
        Assert.Equal(SecurityImpersonationLevel.SecurityAnonymous, s.Token(copy).State.ImpersonationLevel);
        Assert.Equal(TokenQuery | TokenDuplicate, s.Entry(copy).GrantedAccess);
    }

    [Fact]
    public void Without_a_quality_of_service_an_impersonation_source_keeps_its_level()
    {
        // NtDuplicateToken page: "If the existing token is an impersonation token and the ObjectAttributes parameter
        // provides no impersonation information, the new token's impersonation level is set to the existing token's".
        var s = For();
        var source = s.Impersonation(SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, NoQos, false, TokenType.TokenImpersonation, out var copy));
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, s.Token(copy).State.ImpersonationLevel);
    }

    [Fact]
    public void The_disabled_state_and_the_default_bit_of_a_privilege_are_both_copied()
    {
        // DUP-07 [W-todo]: SeChangeNotifyPrivilege disabled first; the copy has exactly SE_PRIVILEGE_ENABLED_BY_DEFAULT.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate | TokenAdjustPrivileges);
        var traverse = PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, source, false,
            [new LuidAndAttributes(traverse, PrivilegeAttributes.None)], 0, null, null));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, Qos(SecurityImpersonationLevel.SecurityImpersonation),
            false, TokenType.TokenImpersonation, out var copy));
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, s.Token(copy).State.Privileges.Single(p => p.Luid == traverse).Attributes);

        // DUP-08 [W-todo]: with EffectiveOnly the disabled privilege is absent from the copy.
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, Qos(SecurityImpersonationLevel.SecurityImpersonation),
            true, TokenType.TokenImpersonation, out var effective));
        Assert.DoesNotContain(s.Token(effective).State.Privileges, p => p.Luid == traverse);
    }

    [Fact]
    public void Effective_only_primary_copy_drops_disabled_privileges_and_groups()
    {
        // DUP-09 [R]: SeImpersonatePrivilege disabled, NtDuplicateToken(0, attr, EffectiveOnly TRUE, TokenPrimary) succeeds
        // and the disabled privileges are gone.
        var s = For("admin", elevated: true);
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate | TokenAdjustPrivileges);
        var impersonate = PrivilegeTable.ToLuid(WellKnownPrivilege.SeImpersonatePrivilege);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, source, false,
            [new LuidAndAttributes(impersonate, PrivilegeAttributes.None)], 0, null, null));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, NoQos, true, TokenType.TokenPrimary, out var copy));
        var state = s.Token(copy).State;
        Assert.All(state.Privileges, p => Assert.True(p.IsEnabled));
        Assert.All(state.Groups, g => Assert.True(g.IsEnabled || g.IsDenyOnly));
    }

    [Fact]
    public void Null_object_attributes_are_allowed()
    {
        // DUP-10 [W]: NtDuplicateToken(TOKEN_ALL_ACCESS, NULL, FALSE, TokenPrimary) succeeds.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, TokenAllAccess, null, false, TokenType.TokenPrimary, out var copy));
        Assert.Equal(TokenAllAccess, s.Entry(copy).GrantedAccess);
    }

    [Fact]
    public void An_invalid_source_handle_fails_with_a_null_output()
    {
        // DUP-11 [W]/[R]: invalid handle -> STATUS_INVALID_HANDLE, output NULL.
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenCopying.NtDuplicateToken(s.Call, new NtHandle(0xdead & ~3), 0, null, false,
            TokenType.TokenPrimary, out var copy));
        Assert.True(copy.IsNull);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenCopying.NtDuplicateToken(s.Call, NtHandle.Null, 0, null, false, TokenType.TokenPrimary, out _));
    }

    [Fact]
    public void The_source_handle_needs_token_duplicate()
    {
        // NtDuplicateToken page: STATUS_ACCESS_DENIED "if the existing token does not have the TOKEN_DUPLICATE access right".
        var s = For();
        var source = s.OpenProcessToken(TokenQuery);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenCopying.NtDuplicateToken(s.Call, source, 0, null, false, TokenType.TokenPrimary, out var copy));
        Assert.True(copy.IsNull);
    }

    [Fact]
    public void Token_pseudo_handles_cannot_be_duplicated()
    {
        // GetCurrentProcessToken page: "The pseudo-handle cannot be duplicated by ... the DuplicateToken function."
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenCopying.NtDuplicateToken(s.Call, NtHandle.CurrentProcessToken, 0, null, false,
            TokenType.TokenPrimary, out _));
    }

    [Fact]
    public void A_token_type_outside_the_enumeration_is_an_invalid_parameter()
    {
        // NtDuplicateToken page: STATUS_INVALID_PARAMETER; ReactOS checks TokenType first.
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenCopying.NtDuplicateToken(s.Call, NtHandle.Null, 0, null, false, (TokenType)3, out _));
    }

    [Fact]
    public void Access_system_security_for_the_new_handle_needs_se_security_privilege()
    {
        // NtDuplicateToken page, ACCESS_SYSTEM_SECURITY: granted "only if the SE_SECURITY_NAME privilege is enabled".
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, TokenCopying.NtDuplicateToken(s.Call, source, AccessMask.AccessSystemSecurity, null, false,
            TokenType.TokenPrimary, out var copy));
        Assert.True(copy.IsNull);
    }

    [Fact]
    public void An_identification_level_token_cannot_become_primary()
    {
        // DUP-16 [?] and the NtDuplicateToken page, TokenPrimary row.
        var s = For();
        var identification = s.Impersonation(SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenCopying.NtDuplicateToken(s.Call, identification, 0, null, false,
            TokenType.TokenPrimary, out _));
    }

    [Fact]
    public void The_new_object_takes_the_descriptor_given_or_the_callers_default()
    {
        // DUP-13 [W]: an SA whose DACL is one allow ACE (S-1-5-6, GENERIC_ALL, NO_PROPAGATE_INHERIT_ACE) becomes the
        // new token object's DACL, same SID and flags. DUP-14 [W]: duplicating that token without an SA does not copy it.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        var ace = Ace.Create(AceType.AccessAllowed, AceFlags.NoPropagateInherit, AccessMask.GenericAll, WellKnownSids.Service);
        var sd = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, new Acl([ace]), null);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, AccessMask.MaximumAllowed,
            new ObjectAttributes(SecurityDescriptor: sd, SecurityQualityOfService: new(SecurityImpersonationLevel.SecurityImpersonation)),
            false, TokenType.TokenImpersonation, out var first));
        var dacl = s.Token(first).Security.Dacl!;
        var only = Assert.Single(dacl.Aces);
        Assert.Equal(WellKnownSids.Service, only.Sid);
        Assert.Equal(AceFlags.NoPropagateInherit, only.Flags);
        Assert.Equal(0, (int)(s.Token(first).Security.Control & SecurityDescriptorControl.DaclDefaulted));

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, first, AccessMask.MaximumAllowed, null, false,
            TokenType.TokenImpersonation, out var second));
        var secondDacl = s.Token(second).Security.Dacl!;
        Assert.DoesNotContain(secondDacl.Aces, a => a.Sid == WellKnownSids.Service);
        Assert.Equal(s.Process.PrimaryToken.State.DefaultDacl!.Count, secondDacl.Count);
    }

    [Fact]
    public void A_label_in_the_callers_descriptor_is_ignored()
    {
        // DUP-15 [W]: the token's label stays the source's; a low label in the SA's SACL is not applied.
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        var low = Ace.Create(AceType.SystemMandatoryLabel, AceFlags.None, 1, WellKnownSids.LowMandatoryLevel);
        var sd = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, new Acl([low]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, new ObjectAttributes(SecurityDescriptor: sd),
            false, TokenType.TokenPrimary, out var copy));
        var token = s.Token(copy);
        Assert.Equal(s.Process.PrimaryToken.State.IntegrityLevel, token.State.IntegrityLevel);
        var label = Assert.Single(token.Security.Sacl!.Aces, a => a.Type == AceType.SystemMandatoryLabel);
        Assert.Equal(token.State.IntegrityLevel, label.Sid);
    }

    [Fact]
    public void Handle_attributes_are_kept_and_invalid_bits_refused()
    {
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, source, 0, new ObjectAttributes(ObjectAttributeFlags.OBJ_INHERIT),
            false, TokenType.TokenPrimary, out var copy));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, s.Entry(copy).Attributes);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenCopying.NtDuplicateToken(s.Call, source, 0, new ObjectAttributes((ObjectAttributeFlags)0x1),
            false, TokenType.TokenPrimary, out _));
    }

    [Fact]
    public void An_allocation_failure_is_insufficient_resources()
    {
        // NtDuplicateToken page: STATUS_INSUFFICIENT_RESOURCES "Sufficient memory could not be allocated".
        var s = For();
        var source = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        s.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_INSUFFICIENT_RESOURCES, TokenCopying.NtDuplicateToken(s.Call, source, 0, null, false, TokenType.TokenPrimary, out var copy));
        Assert.True(copy.IsNull);
    }

    [Fact]
    public void Filtering_a_null_handle_is_an_invalid_handle()
    {
        // CRT-11 [R]: NtFilterToken(NULL, 0, NULL, NULL, NULL, &h) -> STATUS_INVALID_HANDLE.
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenCopying.NtFilterToken(s.Call, NtHandle.Null, FilterTokenFlags.None, null, null, null, out var h));
        Assert.True(h.IsNull);
    }

    [Fact]
    public void Filtering_succeeds_with_no_lists_with_flags_and_with_a_privilege_to_delete()
    {
        // CRT-12 [R]: process token (DUPLICATE|QUERY): flags 0; DISABLE_MAX_PRIVILEGE|SANDBOX_INERT; delete SeBackupPrivilege.
        var s = For("admin", elevated: true);
        var token = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token, FilterTokenFlags.None, null, null, null, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token,
            FilterTokenFlags.DISABLE_MAX_PRIVILEGE | FilterTokenFlags.SANDBOX_INERT, null, null, null, out var max));
        Assert.Single(s.Token(max).State.Privileges);
        var backup = PrivilegeTable.ToLuid(WellKnownPrivilege.SeBackupPrivilege);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token, FilterTokenFlags.None, null,
            [new LuidAndAttributes(backup, PrivilegeAttributes.None)], null, out var noBackup));
        Assert.DoesNotContain(s.Token(noBackup).State.Privileges, p => p.Luid == backup);
    }

    [Fact]
    public void A_disabled_sid_becomes_deny_only_and_type_level_and_handle_access_are_kept()
    {
        // CRT-01 [W]: source = DuplicateTokenEx(TOKEN_DUPLICATE|TOKEN_ADJUST_GROUPS|TOKEN_QUERY, SecurityImpersonation,
        // TokenImpersonation); disabling its first enabled group succeeds. CRT-03 [W]: the group is deny-only and not
        // enabled. CRT-04 [W]: type and level preserved. CreateRestrictedToken page: "same handle access".
        var s = For();
        uint access = TokenDuplicate | TokenAdjustGroups | TokenQuery;
        var source = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, access);
        var group = s.Token(source).State.Groups.First(g => g.IsEnabled);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, source, FilterTokenFlags.None,
            [new SidAndAttributes(group.Sid, GroupAttributes.None)], null, null, out var restricted));
        var state = s.Token(restricted).State;
        var filtered = state.Groups.Single(g => g.Sid == group.Sid);
        Assert.True(filtered.IsDenyOnly);
        Assert.False(filtered.IsEnabled);
        Assert.Equal(TokenType.TokenImpersonation, state.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, state.ImpersonationLevel);
        Assert.Equal(access, s.Entry(restricted).GrantedAccess);
    }

    [Fact]
    public void Filtering_a_primary_token_gives_a_primary_token()
    {
        // CRT-05 [W].
        var s = For();
        var token = s.OpenProcessToken(TokenDuplicate | TokenQuery);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token, FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var restricted));
        Assert.Equal(TokenType.TokenPrimary, s.Token(restricted).State.Type);
    }

    [Fact]
    public void A_deleted_privilege_is_gone_and_privilege_check_reports_it_not_held()
    {
        // CRT-06 [W] and PRV-04 [W]: PrivilegeCheck on the restricted token succeeds with result FALSE.
        var s = For();
        var source = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenDuplicate | TokenQuery);
        var privilege = s.Token(source).State.Privileges.First(p => p.IsEnabled);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, source, FilterTokenFlags.None, null,
            [privilege with { Attributes = PrivilegeAttributes.None }], null, out var restricted));
        Assert.DoesNotContain(s.Token(restricted).State.Privileges, p => p.Luid == privilege.Luid);
        var set = new System.Runtime.CompilerServices.StrongBox<PrivilegeSet>(new PrivilegeSet(0, [privilege with { Attributes = PrivilegeAttributes.None }]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, restricted, set, out bool held));
        Assert.False(held);
    }

    [Fact]
    public void Unknown_sids_and_privileges_are_ignored()
    {
        // CRT-07 [W].
        var s = For();
        var source = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenDuplicate | TokenQuery);
        var bogus = new SidAndAttributes(Sid.Parse("S-1-5-21-1-2-3-99999"), GroupAttributes.None);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, source, FilterTokenFlags.None, [bogus],
            [new LuidAndAttributes(new Luid(0xdeadbeef, 0), PrivilegeAttributes.None)], null, out var restricted));
        Assert.Equal(s.Token(source).State.Groups.ToArray(), s.Token(restricted).State.Groups.ToArray());
    }

    [Fact]
    public void Filtering_needs_token_duplicate_and_zero_restricting_attributes()
    {
        var s = For();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenCopying.NtFilterToken(s.Call, s.OpenProcessToken(TokenQuery), FilterTokenFlags.None,
            null, null, null, out var h));
        Assert.True(h.IsNull);

        // SeFilterToken page: "The Attributes members ... must be zero" -> STATUS_INVALID_PARAMETER.
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenCopying.NtFilterToken(s.Call, s.OpenProcessToken(TokenDuplicate), FilterTokenFlags.None,
            null, null, [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.SE_GROUP_ENABLED)], out _));
    }

    [Fact]
    public void A_restricted_token_object_gets_the_callers_default_security()
    {
        var s = For();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, s.OpenProcessToken(TokenDuplicate), FilterTokenFlags.None,
            null, null, [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], out var restricted));
        var security = s.Token(restricted).Security;
        Assert.Equal(s.Process.PrimaryToken.State.Owner, security.Owner);
        Assert.True(s.Token(restricted).State.IsRestricted);
    }
}
