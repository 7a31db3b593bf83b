using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using static NtSec.Tests.Kernel.TokenRoutines.KernelScenario;

namespace NtSec.Tests.Kernel.TokenRoutines;

/// <summary>wine.md 1.6 (ACC-*) and 1.7 (ACT-*): mapping {KEY_READ, KEY_WRITE, KEY_EXECUTE, KEY_ALL_ACCESS}.</summary>
public class AccessCheckingTests
{
    private const uint KeyQueryValue = 0x1;
    private const uint KeySetValue = 0x2;
    private const uint KeyEnumerateSubKeys = 0x8;
    private const uint KeyRead = 0x20019;
    private const uint KeyWrite = 0x20006;
    private const uint KeyAllAccess = 0xF003F;
    private const uint Untouched = 0xdeadbeef;
    private const uint SixteenEntries = PrivilegeSet.HeaderLength + (16 * PrivilegeSet.EntryLength);

    private static readonly GenericMapping Key = GenericMapping.Key;
    private static readonly Guid O = new("12345678-1234-5678-1122-334455667788");
    private static readonly Guid C1 = new("23456789-2345-6786-0233-445566778899");
    private static readonly Guid C2 = new("34578901-3456-7896-0344-556677889900");
    private static readonly Guid C3 = new("45678901-4567-1122-0412-131415161701");
    private static readonly Guid C4 = new("56788901-1111-2222-0513-141516171802");
    private static readonly Guid C5 = new("67901234-2222-3333-0414-151617181903");

    private static SecurityDescriptor Sd(Acl? dacl, bool daclPresent = true, Sid? owner = null, Sid? group = null) =>
        new(daclPresent ? SecurityDescriptorControl.DaclPresent : SecurityDescriptorControl.None,
            owner ?? WellKnownSids.Administrators, group ?? WellKnownSids.Users, dacl, null);

    private static Ace Allow(Sid sid, uint mask, AceFlags flags = AceFlags.None) => Ace.Create(AceType.AccessAllowed, flags, mask, sid);

    private static Ace Deny(Sid sid, uint mask) => Ace.Create(AceType.AccessDenied, AceFlags.None, mask, sid);

    private static Ace AllowObject(Sid sid, uint mask, Guid type) => Ace.CreateObject(AceType.AccessAllowedObject, AceFlags.None, mask, sid, type, null);

    private static Ace DenyObject(Sid sid, uint mask, Guid type) => Ace.CreateObject(AceType.AccessDeniedObject, AceFlags.None, mask, sid, type, null);

    /// <summary>The outputs of one call, pre-filled with sentinels so "untouched" is observable.</summary>
    private sealed class Outputs
    {
        public StrongBox<PrivilegeSet>? Set { get; set; } = new(new PrivilegeSet(Untouched, []));

        public StrongBox<uint>? Length { get; set; } = new(SixteenEntries);

        public uint Granted = Untouched;

        public NtStatus Access = (NtStatus)Untouched;

        public NtStatus Check(KernelCall call, SecurityDescriptor? sd, NtHandle token, uint desired, GenericMapping? mapping = null) =>
            AccessChecking.NtAccessCheck(call, sd, token, desired, mapping ?? Key, Set, Length, ref Granted, ref Access);

        public NtStatus ByType(KernelCall call, SecurityDescriptor? sd, NtHandle token, uint desired, IReadOnlyList<ObjectTypeEntry>? list,
            Sid? self = null) =>
            AccessChecking.NtAccessCheckByType(call, sd, self, token, desired, list, Key, Set, Length, ref Granted, ref Access);

        public void AssertUntouched()
        {
            Assert.Equal(Untouched, Granted);
            Assert.Equal((NtStatus)Untouched, Access);
        }

        public void AssertGranted(uint mask)
        {
            Assert.Equal(NtStatus.STATUS_SUCCESS, Access);
            Assert.Equal(mask, Granted);
        }

        public void AssertDenied(NtStatus why = NtStatus.STATUS_ACCESS_DENIED)
        {
            Assert.Equal(why, Access);
            Assert.Equal(0u, Granted);
        }
    }

    private static (KernelScenario S, NtHandle Token) Setup(string account = "alice", bool elevated = false,
        SecurityImpersonationLevel level = SecurityImpersonationLevel.SecurityImpersonation)
    {
        var s = For(account, elevated);
        return (s, s.Impersonation(level, TokenQuery | TokenImpersonate | TokenAdjustPrivileges));
    }

    [Fact]
    public void A_descriptor_without_owner_and_group_is_invalid_and_leaves_the_outputs_alone()
    {
        // ACC-01 [W].
        var (s, token) = Setup();
        var o = new Outputs();
        var sd = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, Acl.Empty, null);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, o.Check(s.Call, sd, token, KeyQueryValue));
        o.AssertUntouched();
    }

    [Fact]
    public void Generic_bits_in_the_desired_access_are_not_mapped()
    {
        // ACC-02 [W]: GENERIC_READ and 0xffffffff -> STATUS_GENERIC_NOT_MAPPED, outputs untouched.
        var (s, token) = Setup();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, o.Check(s.Call, Sd(Acl.Empty), token, AccessMask.GenericRead));
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, o.Check(s.Call, Sd(Acl.Empty), token, 0xffffffff));
        o.AssertUntouched();
    }

    [Fact]
    public void Missing_privilege_set_pointers_fault_before_the_generic_bits_are_looked_at()
    {
        // ACC-03 [W] / ACC-06 [W]: PrivilegeSet NULL, PrivilegeSetLength NULL, or both, with GENERIC_READ -> STATUS_ACCESS_VIOLATION;
        // outputs and *ReturnLength untouched.
        var (s, token) = Setup();
        var noSet = new Outputs { Set = null };
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, noSet.Check(s.Call, Sd(Acl.Empty), token, AccessMask.GenericRead));
        Assert.Equal(SixteenEntries, noSet.Length!.Value);
        noSet.AssertUntouched();
        var noLength = new Outputs { Length = null };
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, noLength.Check(s.Call, Sd(Acl.Empty), token, AccessMask.GenericRead));
        var neither = new Outputs { Set = null, Length = null };
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, neither.Check(s.Call, Sd(Acl.Empty), token, AccessMask.GenericRead));
        neither.AssertUntouched();
    }

    [Fact]
    public void No_dacl_and_a_null_dacl_grant_what_is_asked()
    {
        // ACC-04 [W]: no DACL, KEY_READ -> granted KEY_READ. ACC-09 [W]: NULL DACL, KEY_READ -> KEY_READ,
        // MAXIMUM_ALLOWED -> KEY_ALL_ACCESS.
        var (s, token) = Setup();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(null, daclPresent: false), token, KeyRead));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(null), token, KeyRead));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(null), token, AccessMask.MaximumAllowed));
        o.AssertGranted(KeyAllAccess);
        Assert.Equal(0u, o.Set!.Value!.Control);
        Assert.Empty(o.Set.Value.Privileges);
    }

    [Fact]
    public void The_generic_check_comes_before_the_buffer_size()
    {
        // ACC-07 [W]: GENERIC_READ with *ReturnLength 0 or 19 -> STATUS_GENERIC_NOT_MAPPED, length unchanged.
        var (s, token) = Setup();
        foreach (uint length in new uint[] { 0, 19 })
        {
            var o = new Outputs { Length = new(length) };
            Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, o.Check(s.Call, Sd(Acl.Empty), token, AccessMask.GenericRead));
            Assert.Equal(length, o.Length!.Value);
        }
    }

    [Fact]
    public void A_privilege_set_buffer_below_twenty_bytes_is_too_small()
    {
        // ACC-08 [W]: KEY_READ with *ReturnLength 0 or 19 -> STATUS_BUFFER_TOO_SMALL, length set to 20.
        // ACC-15 [W]: the buffer's contents are untouched.
        var (s, token) = Setup();
        foreach (uint length in new uint[] { 0, 1, 19 })
        {
            var o = new Outputs { Length = new(length) };
            var before = o.Set!.Value;
            Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, o.Check(s.Call, Sd(null), token, KeyRead));
            Assert.Equal(PrivilegeSet.SizeOf, o.Length!.Value);
            Assert.Same(before, o.Set.Value);
            o.AssertUntouched();
        }
    }

    [Fact]
    public void An_empty_dacl_denies_what_the_owner_rights_do_not_cover()
    {
        // ACC-10 [W]: empty DACL, KEY_READ -> AccessStatus denied, GrantedAccess 0.
        var (s, token) = Setup();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(Acl.Empty), token, KeyRead));
        o.AssertDenied();
    }

    [Fact]
    public void Allow_everyone_read_with_a_deny_for_administrators_grants_read_and_denies_write()
    {
        // ACC-11 [W]: [Allow Everyone KEY_READ, Deny Administrators KEY_SET_VALUE]: KEY_READ granted; MAXIMUM_ALLOWED granted.
        // ACC-12 [W]: KEY_WRITE -> denied, GrantedAccess 0.
        var (s, token) = Setup();
        var sd = Sd(new Acl([Allow(WellKnownSids.Everyone, KeyRead), Deny(WellKnownSids.Administrators, KeySetValue)]));
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, KeyRead));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, AccessMask.MaximumAllowed));
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Access);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, KeyWrite));
        o.AssertDenied();
    }

    [Fact]
    public void A_null_privilege_set_with_length_zero_is_too_small_and_otherwise_faults()
    {
        // ACC-13 [W]: PrivilegeSet NULL, length 0 -> STATUS_BUFFER_TOO_SMALL (ERROR_INSUFFICIENT_BUFFER), length 20.
        // ACC-14 [W]: PrivilegeSet NULL, length 1, 19, 20 or 16 entries -> STATUS_ACCESS_VIOLATION, length unchanged.
        var (s, token) = Setup();
        var zero = new Outputs { Set = null, Length = new(0) };
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, zero.Check(s.Call, Sd(null), token, KeyRead));
        Assert.Equal(20u, zero.Length!.Value);
        zero.AssertUntouched();
        foreach (uint length in new uint[] { 1, 19, 20, SixteenEntries })
        {
            var o = new Outputs { Set = null, Length = new(length) };
            Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, o.Check(s.Call, Sd(null), token, KeyRead));
            Assert.Equal(length, o.Length!.Value);
            o.AssertUntouched();
        }
    }

    [Fact]
    public void Twenty_bytes_are_enough_and_a_larger_length_is_not_rewritten()
    {
        // ACC-16 [W]/[W-todo]: length 20 -> success, KEY_READ, PrivilegeCount 0; length 21 stays 21.
        var (s, token) = Setup();
        foreach (uint length in new uint[] { 20, 21 })
        {
            var o = new Outputs { Length = new(length) };
            Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(null), token, KeyRead));
            o.AssertGranted(KeyRead);
            Assert.Empty(o.Set!.Value!.Privileges);
            Assert.Equal(length, o.Length!.Value);
        }
    }

    [Fact]
    public void Access_system_security_without_the_privilege_is_privilege_not_held()
    {
        // ACC-17 [W]: the call succeeds with AccessStatus STATUS_PRIVILEGE_NOT_HELD.
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([Allow(WellKnownSids.Everyone, KeyRead), Deny(WellKnownSids.Administrators, KeySetValue)]));
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, AccessMask.AccessSystemSecurity));
        o.AssertDenied(NtStatus.STATUS_PRIVILEGE_NOT_HELD);
    }

    [Fact]
    public void An_enabled_se_security_privilege_grants_access_system_security_and_is_reported()
    {
        // ACC-18 [W]: with SeSecurityPrivilege enabled on the impersonation token: KEY_READ with length 0 or 19 ->
        // too small with 20; ACCESS_SYSTEM_SECURITY with 16 entries -> granted, PrivilegeCount 1 (used for access).
        var (s, token) = Setup("admin", elevated: true);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, token, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
        var sd = Sd(new Acl([Allow(WellKnownSids.Everyone, KeyRead)]));
        var small = new Outputs { Length = new(19) };
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, small.Check(s.Call, sd, token, KeyRead));
        Assert.Equal(20u, small.Length!.Value);

        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, AccessMask.AccessSystemSecurity));
        o.AssertGranted(AccessMask.AccessSystemSecurity);
        var used = Assert.Single(o.Set!.Value!.Privileges);
        Assert.Equal(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), used.Luid);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS, used.Attributes);
    }

    [Fact]
    public void Two_privileges_used_need_thirty_two_bytes()
    {
        // sizeof(PRIVILEGE_SET) = 8 + 12 per privilege: SeTakeOwnership and SeSecurity used -> 32 bytes.
        var (s, token) = Setup("admin", elevated: true);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, token, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED),
             new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeTakeOwnershipPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)],
            0, null, null));
        uint desired = AccessMask.AccessSystemSecurity | AccessMask.WriteOwner;
        var o = new Outputs { Length = new(20) };
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, o.Check(s.Call, Sd(Acl.Empty), token, desired));
        Assert.Equal(32u, o.Length!.Value);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(Acl.Empty), token, desired));
        o.AssertGranted(desired);
        Assert.Equal(2, o.Set!.Value!.Privileges.Length);
    }

    [Fact]
    public void Inherit_only_aces_are_skipped()
    {
        // ACC-19 [W].
        var (s, token) = Setup();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(new Acl([Allow(WellKnownSids.Everyone, KeyRead, AceFlags.InheritOnly)])), token, KeyRead));
        o.AssertDenied();
    }

    [Fact]
    public void An_anonymous_level_token_is_refused_and_an_identification_level_token_is_enough()
    {
        // ACC-20 [W]: DuplicateToken(process, SecurityAnonymous), MAXIMUM_ALLOWED -> STATUS_BAD_IMPERSONATION_LEVEL.
        // ACC-22 [W]: Identification-level tokens are fine.
        var (s, anonymous) = Setup(level: SecurityImpersonationLevel.SecurityAnonymous);
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, o.Check(s.Call, Sd(null), anonymous, AccessMask.MaximumAllowed));
        o.AssertUntouched();
        var identification = s.Impersonation(SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, Sd(new Acl([Allow(WellKnownSids.Everyone, 0x1FF)])), identification, 0x1FF,
            GenericMapping.File));
        o.AssertGranted(0x1FF);
    }

    [Fact]
    public void A_primary_token_is_not_an_impersonation_token()
    {
        // ACC-21 [W], ACT-03 [R].
        var s = For();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_NO_IMPERSONATION_TOKEN, o.Check(s.Call, Sd(null), s.OpenProcessToken(TokenQuery), KeyRead));
        o.AssertUntouched();
    }

    [Fact]
    public void An_all_zero_mapping_with_maximum_allowed_succeeds()
    {
        // ACC-25 [R]: DACL [Allow World GENERIC_ALL], owner = group = World, mapping all zero, MAXIMUM_ALLOWED -> both statuses success.
        var (s, token) = Setup();
        var sd = Sd(new Acl([Allow(WellKnownSids.World, AccessMask.GenericAll)]), owner: WellKnownSids.World, group: WellKnownSids.World);
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, token, AccessMask.MaximumAllowed, new GenericMapping(0, 0, 0, 0)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Access);
    }

    [Fact]
    public void The_token_handle_needs_token_query_and_pseudo_handles_are_refused()
    {
        // ACT-02 [R]: no token -> STATUS_INVALID_HANDLE. The handle needs TOKEN_QUERY (AccessCheck page).
        var s = For();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, o.ByType(s.Call, null, NtHandle.Null, AccessMask.MaximumAllowed, null));
        var noQuery = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenImpersonate);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, o.Check(s.Call, Sd(null), noQuery, KeyRead));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, o.Check(s.Call, Sd(null), NtHandle.CurrentThreadEffectiveToken, KeyRead));
        o.AssertUntouched();
    }

    [Fact]
    public void The_checks_run_generic_bits_before_the_token_level_and_everything_before_the_descriptor()
    {
        // ACT-04 [R]: anonymous-level token -> STATUS_BAD_IMPERSONATION_LEVEL; ACT-05 [R]: the same token with GENERIC_WRITE ->
        // STATUS_GENERIC_NOT_MAPPED; ACT-06 [R]: Impersonation level, SD NULL -> STATUS_INVALID_SECURITY_DESCR;
        // ACT-07 [R]: PrivilegeSet NULL -> STATUS_ACCESS_VIOLATION; ACT-08 [R]: SD without owner, group, DACL -> invalid.
        var (s, anonymous) = Setup(level: SecurityImpersonationLevel.SecurityAnonymous);
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, o.ByType(s.Call, null, anonymous, AccessMask.MaximumAllowed, null));
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, o.ByType(s.Call, null, anonymous, AccessMask.GenericWrite, null));
        var token = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, o.ByType(s.Call, null, token, AccessMask.MaximumAllowed, null));
        var noSet = new Outputs { Set = null, Length = null };
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, noSet.ByType(s.Call, null, token, AccessMask.MaximumAllowed, null));
        var bare = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, o.ByType(s.Call, bare, token, AccessMask.MaximumAllowed, null));
        o.AssertUntouched();
    }

    [Theory]
    [InlineData(1, -1)]
    [InlineData(0, 0)]
    [InlineData(0xa, -1)]
    [InlineData(0, 2)]
    public void A_malformed_object_type_list_is_an_invalid_parameter_even_with_a_bad_descriptor(int first, int second)
    {
        // ACT-10 [R]: first entry not level 0; two level-0 roots; level 0xa; levels jumping 0 -> 2. The descriptor lacks
        // owner and group, so the list is checked before it.
        var (s, token) = Setup();
        List<ObjectTypeEntry> list = [new(first, O)];
        if (second >= 0)
        {
            list.Add(new(second, C1));
        }

        var bare = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, new Outputs().ByType(s.Call, bare, token, AccessMask.MaximumAllowed, list));
    }

    [Fact]
    public void Without_a_dacl_the_list_changes_nothing()
    {
        // ACT-11 [R]: SD with no DACL, list [O, C1]: KEY_READ -> KEY_READ; MAXIMUM_ALLOWED -> KEY_ALL_ACCESS; no list -> KEY_READ.
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(null, daclPresent: false);
        ObjectTypeEntry[] list = [new(0, O), new(1, C1)];
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyRead, list));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, AccessMask.MaximumAllowed, list));
        o.AssertGranted(KeyAllAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyRead, null));
        o.AssertGranted(KeyRead);
        Assert.True(o.Length!.Value > 0);
    }

    [Fact]
    public void Object_aces_on_the_object_grant_through_the_list()
    {
        // ACT-13 [R]: [Allow-object Everyone KEY_READ on O, Allow-object Administrators KEY_READ|KEY_WRITE on O]; list [O, C1];
        // an administrator gets KEY_READ and KEY_WRITE.
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([AllowObject(WellKnownSids.Everyone, KeyRead, O), AllowObject(WellKnownSids.Administrators, KeyRead | KeyWrite, O)]));
        ObjectTypeEntry[] list = [new(0, O), new(1, C1)];
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyRead, list));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyWrite, list));
        o.AssertGranted(KeyWrite);
    }

    [Fact]
    public void Each_right_of_a_property_tree_is_granted_exactly()
    {
        // ACT-14 [R].
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([AllowObject(WellKnownSids.Administrators, KeyAllAccess, O), AllowObject(WellKnownSids.Everyone, KeyRead, C1),
            AllowObject(WellKnownSids.Everyone, KeyWrite, C2), AllowObject(WellKnownSids.Everyone, 0x20039, C3),
            AllowObject(WellKnownSids.Everyone, KeySetValue, C4), AllowObject(WellKnownSids.Everyone, KeyQueryValue, C5)]));
        ObjectTypeEntry[] list = [new(0, O), new(1, C1), new(2, C2), new(2, C3), new(1, C4), new(2, C5)];
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, AccessMask.MaximumAllowed, list));
        o.AssertGranted(KeyAllAccess);
        foreach (uint right in new uint[] { KeyRead, KeyWrite, 0x20039, KeySetValue, KeyQueryValue })
        {
            Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, right, list));
            o.AssertGranted(right);
        }
    }

    [Fact]
    public void A_deny_on_a_child_property_set_denies_the_whole_object()
    {
        // ACT-15 [R]: [Deny-object Administrators KEY_QUERY_VALUE on O, Deny-object Everyone KEY_WRITE on C1, Allow-object Everyone
        // KEY_ENUMERATE_SUB_KEYS on O]; list [O, C1]: KEY_QUERY_VALUE denied; KEY_WRITE denied; KEY_ENUMERATE_SUB_KEYS granted.
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([DenyObject(WellKnownSids.Administrators, KeyQueryValue, O), DenyObject(WellKnownSids.Everyone, KeyWrite, C1),
            AllowObject(WellKnownSids.Everyone, KeyEnumerateSubKeys, O)]));
        ObjectTypeEntry[] list = [new(0, O), new(1, C1)];
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyQueryValue, list));
        o.AssertDenied();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyWrite, list));
        o.AssertDenied();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyEnumerateSubKeys, list));
        o.AssertGranted(KeyEnumerateSubKeys);
    }

    [Fact]
    public void Principal_self_aces_stand_for_the_principal_self_sid()
    {
        // AccessCheckByType page: PrincipalSelfSid replaces PRINCIPAL_SELF (S-1-5-10) in ACEs.
        var (s, token) = Setup();
        var sd = Sd(new Acl([Allow(WellKnownSids.PrincipalSelf, KeyRead)]));
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyRead, null, self: NtSec.Tokens.Presets.TokenPresets.AliceSid));
        o.AssertGranted(KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.ByType(s.Call, sd, token, KeyRead, null, self: WellKnownSids.Administrators));
        o.AssertDenied();
    }

    [Fact]
    public void A_deny_only_group_does_not_satisfy_an_allow_ace()
    {
        // CRT-02 [W] / CRT-09 [W], through the access check: LOCAL made deny-only by filtering no longer matches an allow ACE
        // for LOCAL; Everyone still grants SYNCHRONIZE.
        var s = For();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, s.OpenProcessToken(TokenDuplicate | TokenQuery), FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var restricted));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, restricted, TokenQuery,
            new ObjectAttributes(SecurityQualityOfService: new(SecurityImpersonationLevel.SecurityImpersonation)), false, TokenType.TokenImpersonation,
            out var imp));
        var sd = Sd(new Acl([Allow(WellKnownSids.Everyone, AccessMask.Synchronize), Allow(WellKnownSids.Local, 0x2)]));
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, imp, AccessMask.Synchronize, GenericMapping.Event));
        o.AssertGranted(AccessMask.Synchronize);
        Assert.Equal(NtStatus.STATUS_SUCCESS, o.Check(s.Call, sd, imp, 0x2, GenericMapping.Event));
        o.AssertDenied();
    }

    [Fact]
    public void Kernel_mode_callers_are_granted_without_a_check()
    {
        // ReactOS NtAccessCheck: PreviousMode KernelMode grants at once; MAXIMUM_ALLOWED becomes GenericAll.
        var s = For();
        var o = new Outputs();
        Assert.Equal(NtStatus.STATUS_SUCCESS, AccessChecking.NtAccessCheck(s.Call.AsKernel(), null, NtHandle.Null, AccessMask.MaximumAllowed, Key,
            null, null, ref o.Granted, ref o.Access));
        o.AssertGranted(KeyAllAccess);
    }

    // NtAccessCheckByTypeResultList: ReactOS modules/rostests/apitests/ntdll/NtAccessCheckByTypeResultList.c [R].

    private static NtStatus ResultList(KernelScenario s, SecurityDescriptor? sd, NtHandle token, uint desired, IReadOnlyList<ObjectTypeEntry>? list,
        uint[]? granted, NtStatus[]? statuses) =>
        AccessChecking.NtAccessCheckByTypeResultList(s.Call, sd, null, token, desired, list, Key, new StrongBox<PrivilegeSet>(PrivilegeSet.Empty),
            new StrongBox<uint>(SixteenEntries), granted, statuses);

    private static readonly ObjectTypeEntry[] SixNodes = [new(0, O), new(1, C1), new(2, C2), new(2, C3), new(1, C4), new(2, C5)];

    [Fact]
    public void A_result_list_needs_an_object_type_list()
    {
        // ReactOS ParamValidationNoObjsList: no list (with an SD lacking owner and group) -> STATUS_INVALID_PARAMETER.
        var (s, token) = Setup();
        var bare = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, ResultList(s, bare, token, AccessMask.MaximumAllowed, null, new uint[1], new NtStatus[1]));
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, ResultList(s, bare, token, AccessMask.MaximumAllowed, SixNodes, null, new NtStatus[6]));
    }

    [Fact]
    public void A_grant_on_the_object_reaches_every_entry()
    {
        // ReactOS GrantedAccessTests: [Allow-object Administrators KEY_ALL_ACCESS on O, Allow-object Everyone KEY_READ on O,
        // Allow-object Everyone KEY_QUERY_VALUE on C1]; six entries: MAXIMUM_ALLOWED -> KEY_ALL_ACCESS each; KEY_READ -> KEY_READ
        // each; KEY_QUERY_VALUE -> KEY_QUERY_VALUE each, all STATUS_SUCCESS.
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([AllowObject(WellKnownSids.Administrators, KeyAllAccess, O), AllowObject(WellKnownSids.Everyone, KeyRead, O),
            AllowObject(WellKnownSids.Everyone, KeyQueryValue, C1)]));
        foreach (var (desired, expected) in new[] { (AccessMask.MaximumAllowed, KeyAllAccess), (KeyRead, KeyRead), (KeyQueryValue, KeyQueryValue) })
        {
            var granted = new uint[6];
            var statuses = new NtStatus[6];
            Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, sd, token, desired, SixNodes, granted, statuses));
            Assert.All(statuses, st => Assert.Equal(NtStatus.STATUS_SUCCESS, st));
            Assert.All(granted, g => Assert.Equal(expected, g));
        }
    }

    [Fact]
    public void Denied_entries_report_the_partial_access_granted()
    {
        // ReactOS DenyAccessTests: [Deny-object Administrators KEY_READ on O, Deny-object Everyone KEY_WRITE on C1], owner
        // Administrators: KEY_READ and KEY_WRITE -> every entry STATUS_ACCESS_DENIED with GrantedAccess READ_CONTROL (the owner's).
        var (s, token) = Setup("admin", elevated: true);
        var sd = Sd(new Acl([DenyObject(WellKnownSids.Administrators, KeyRead, O), DenyObject(WellKnownSids.Everyone, KeyWrite, C1)]));
        foreach (uint desired in new[] { KeyRead, KeyWrite })
        {
            var granted = new uint[6];
            var statuses = new NtStatus[6];
            Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, sd, token, desired, SixNodes, granted, statuses));
            Assert.All(statuses, st => Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, st));
            Assert.All(granted, g => Assert.Equal(AccessMask.ReadControl, g));
        }
    }

    [Fact]
    public void Each_entry_is_decided_by_its_own_node_its_ancestors_and_its_descendants()
    {
        // The model's per-entry rule (AccessChecking remarks): a grant on C1 reaches C1 and its children only; the object
        // itself needs every property set granted.
        var (s, token) = Setup();
        var sd = Sd(new Acl([AllowObject(WellKnownSids.Everyone, KeyQueryValue, C1)]));
        var granted = new uint[6];
        var statuses = new NtStatus[6];
        Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, sd, token, KeyQueryValue, SixNodes, granted, statuses));
        Assert.Equal([NtStatus.STATUS_ACCESS_DENIED, NtStatus.STATUS_SUCCESS, NtStatus.STATUS_SUCCESS, NtStatus.STATUS_SUCCESS,
            NtStatus.STATUS_ACCESS_DENIED, NtStatus.STATUS_ACCESS_DENIED], statuses);
        Assert.Equal([0u, KeyQueryValue, KeyQueryValue, KeyQueryValue, 0u, 0u], granted);

        var both = Sd(new Acl([AllowObject(WellKnownSids.Everyone, KeyQueryValue, C1), AllowObject(WellKnownSids.Everyone, KeyQueryValue, C4)]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, both, token, KeyQueryValue, SixNodes, granted, statuses));
        Assert.All(statuses, st => Assert.Equal(NtStatus.STATUS_SUCCESS, st));
    }

    [Fact]
    public void A_deny_on_a_property_set_reaches_its_properties_and_the_object_but_not_its_siblings()
    {
        // Windows' maximum-access walk (decompiled AuthzBasepUpdateParentTypeList): a parent's denied access is the OR of its
        // children's and its granted access the AND, so a deny on C1 before a plain allow leaves O, C1, C2, C3 without the
        // right while C4 and C5 get it.
        var (s, token) = Setup();
        var sd = Sd(new Acl([DenyObject(WellKnownSids.Everyone, KeyQueryValue, C1), Allow(WellKnownSids.Everyone, KeyQueryValue)]));
        var granted = new uint[6];
        var statuses = new NtStatus[6];
        Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, sd, token, KeyQueryValue, SixNodes, granted, statuses));
        Assert.Equal([NtStatus.STATUS_ACCESS_DENIED, NtStatus.STATUS_ACCESS_DENIED, NtStatus.STATUS_ACCESS_DENIED, NtStatus.STATUS_ACCESS_DENIED,
            NtStatus.STATUS_SUCCESS, NtStatus.STATUS_SUCCESS], statuses);
        Assert.Equal([0u, 0u, 0u, 0u, KeyQueryValue, KeyQueryValue], granted);

        // Allowed first, the later deny finds the right already granted everywhere: first writer wins.
        var allowFirst = Sd(new Acl([Allow(WellKnownSids.Everyone, KeyQueryValue), DenyObject(WellKnownSids.Everyone, KeyQueryValue, C1)]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, allowFirst, token, KeyQueryValue, SixNodes, granted, statuses));
        Assert.All(statuses, st => Assert.Equal(NtStatus.STATUS_SUCCESS, st));
    }

    [Fact]
    public void A_result_list_reports_the_privileges_used_and_refuses_what_the_plain_check_refuses()
    {
        var (s, token) = Setup("admin", elevated: true);
        var granted = new uint[2];
        var statuses = new NtStatus[2];
        ObjectTypeEntry[] two = [new(0, O), new(1, C1)];
        Assert.Equal(NtStatus.STATUS_SUCCESS, ResultList(s, Sd(Acl.Empty), token, AccessMask.AccessSystemSecurity, two, granted, statuses));
        Assert.All(statuses, st => Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, st));
        var bare = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, ResultList(s, bare, token, KeyRead, two, granted, statuses));
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, ResultList(s, Sd(null), token, AccessMask.GenericRead, two, granted, statuses));
    }

    [Fact]
    public void Result_arrays_are_untouched_on_failure()
    {
        var (s, anonymous) = Setup(level: SecurityImpersonationLevel.SecurityAnonymous);
        var granted = new uint[] { Untouched, Untouched };
        var statuses = new NtStatus[] { (NtStatus)Untouched, (NtStatus)Untouched };
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, ResultList(s, Sd(null), anonymous, KeyRead, [new(0, O), new(1, C1)], granted, statuses));
        Assert.All(granted, g => Assert.Equal(Untouched, g));
        Assert.All(statuses, st => Assert.Equal((NtStatus)Untouched, st));
    }
}
