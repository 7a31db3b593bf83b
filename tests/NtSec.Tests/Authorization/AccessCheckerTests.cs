using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Tests.Authorization;

public class AccessCheckerTests
{
    private const uint KeyRead = 0x20019, KeyWrite = 0x20006, KeySetValue = 0x2, KeyAll = 0xF003F;
    private static readonly GenericMapping Key = GenericMapping.Key;
    private static readonly GenericMapping File = GenericMapping.File;

    private static SecurityDescriptor Sd(string sddl) => SecurityDescriptor.ParseSddl(sddl);

    private static AccessCheckResult Check(string sddl, NtSec.Tokens.TokenState token, uint desired, GenericMapping? mapping = null, AccessCheckOptions? options = null) =>
        AccessChecker.Check(Sd(sddl), token, desired, mapping ?? Key, options);

    [Fact]
    public void Descriptor_without_owner_or_group_is_invalid()
    {
        // ACC-01 (wine.md): empty DACL, no owner, no group -> ERROR_INVALID_SECURITY_DESCR.
        var r = Check("D:", TestTokens.Standard(), KeyRead);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, r.Status);
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, Check("O:BAD:", TestTokens.Standard(), KeyRead).Status);
    }

    [Fact]
    public void Generic_bits_in_the_request_are_not_mapped()
    {
        // ACC-02/ACC-07: STATUS_GENERIC_NOT_MAPPED before anything else; 0xffffffff likewise.
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, Check("O:BAG:BU", TestTokens.Standard(), AccessMask.GenericRead).Status);
        Assert.Equal(NtStatus.STATUS_GENERIC_NOT_MAPPED, Check("O:BAG:BU", TestTokens.Standard(), 0xFFFFFFFF).Status);
    }

    [Fact]
    public void Absent_dacl_grants_the_request()
    {
        // ACC-04: no DACL -> granted KEY_READ.
        var r = Check("O:BAG:BU", TestTokens.Standard(), KeyRead);
        Assert.True(r.IsGranted);
        Assert.Equal(KeyRead, r.GrantedAccess);
    }

    [Fact]
    public void Null_dacl_grants_the_request_and_generic_all_for_maximum_allowed()
    {
        // ACC-09: NULL DACL -> KEY_READ; MAXIMUM_ALLOWED -> the mapping's GenericAll (KEY_ALL_ACCESS).
        Assert.Equal(KeyRead, Check("O:BAG:BUD:NO_ACCESS_CONTROL", TestTokens.Standard(), KeyRead).GrantedAccess);
        var max = Check("O:BAG:BUD:NO_ACCESS_CONTROL", TestTokens.Standard(), AccessMask.MaximumAllowed);
        Assert.True(max.IsGranted);
        Assert.Equal(KeyAll, max.GrantedAccess);
    }

    [Fact]
    public void Empty_dacl_denies_except_owner_rights()
    {
        // ACC-10: empty DACL, KEY_READ -> denied, granted 0 (owner rights are only READ_CONTROL|WRITE_DAC).
        var r = Check("O:BAG:BUD:", TestTokens.Admin(), KeyRead);
        Assert.Equal(NtStatus.STATUS_SUCCESS, r.Status);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, r.AccessStatus);
        Assert.Equal(0u, r.GrantedAccess);
        // MS-DTYP 2.5.3.2 step 3: the owner still gets READ_CONTROL | WRITE_DAC from an empty DACL.
        var owner = Check("O:BAG:BUD:", TestTokens.Admin(), AccessMask.ReadControl | AccessMask.WriteDac);
        Assert.True(owner.IsGranted);
        var max = Check("O:BAG:BUD:", TestTokens.Admin(), AccessMask.MaximumAllowed);
        Assert.Equal(AccessMask.ReadControl | AccessMask.WriteDac, max.GrantedAccess);
    }

    [Fact]
    public void Allow_then_deny_for_a_bit_not_requested()
    {
        // ACC-11/ACC-12: [Allow Everyone KEY_READ, Deny Administrators KEY_SET_VALUE].
        const string sddl = "O:BAG:BUD:(A;;0x20019;;;WD)(D;;0x2;;;BA)";
        Assert.Equal(KeyRead, Check(sddl, TestTokens.Admin(), KeyRead).GrantedAccess);
        Assert.True(Check(sddl, TestTokens.Admin(), AccessMask.MaximumAllowed).IsGranted);
        var write = Check(sddl, TestTokens.Admin(), KeyWrite);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, write.AccessStatus);
        Assert.Equal(0u, write.GrantedAccess);
    }

    [Fact]
    public void Access_system_security_needs_the_privilege()
    {
        // ACC-17: without SeSecurityPrivilege -> STATUS_PRIVILEGE_NOT_HELD; ACC-18: with it -> granted, privilege reported.
        const string sddl = "O:BAG:BUD:(A;;0x20019;;;WD)(D;;0x2;;;BA)";
        var denied = Check(sddl, TestTokens.Admin(), AccessMask.AccessSystemSecurity);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, denied.AccessStatus);
        var granted = Check(sddl, TestTokens.Admin().WithPrivileges(WellKnownPrivilege.SeSecurityPrivilege), AccessMask.AccessSystemSecurity);
        Assert.True(granted.IsGranted);
        Assert.Equal(AccessMask.AccessSystemSecurity, granted.GrantedAccess);
        Assert.Equal(UsedPrivileges.SeSecurityPrivilege, granted.PrivilegesUsed);
        // Even a NULL DACL needs the privilege (wine.md 1.6: Wine wrongly grants it).
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, Check("O:BAG:BUD:NO_ACCESS_CONTROL", TestTokens.Admin(), AccessMask.AccessSystemSecurity).AccessStatus);
    }

    [Fact]
    public void Inherit_only_aces_are_skipped()
    {
        // ACC-19.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Check("O:BAG:BUD:(A;IO;0x20019;;;WD)", TestTokens.Standard(), KeyRead).AccessStatus);
    }

    [Fact]
    public void Unmapped_generic_all_ace_counts_for_maximum_allowed()
    {
        // ACC-25 (ReactOS NtAccessCheck): Allow World GENERIC_ALL, zero mapping, MAXIMUM_ALLOWED -> success.
        // The owner is World, which the token holds, so READ_CONTROL | WRITE_DAC come on top.
        var r = Check("O:WDG:WDD:(A;;GA;;;WD)", TestTokens.Standard(), AccessMask.MaximumAllowed, new GenericMapping(0, 0, 0, 0));
        Assert.True(r.IsGranted);
        Assert.Equal(AccessMask.GenericAll | AccessMask.ReadControl | AccessMask.WriteDac, r.GrantedAccess);
    }

    [Fact]
    public void First_matching_ace_decides_in_order()
    {
        // ACC-26: [Allow user, Deny user] -> granted; [Deny user, Allow user] -> denied.
        string user = TestTokens.User.ToString();
        Assert.True(Check($"O:BAG:BUD:(A;;FA;;;{user})(D;;FA;;;{user})", TestTokens.Standard(), 0x120089, File).IsGranted);
        Assert.False(Check($"O:BAG:BUD:(D;;FA;;;{user})(A;;FA;;;{user})", TestTokens.Standard(), 0x120089, File).IsGranted);
    }

    [Fact]
    public void A_deny_for_bits_already_granted_does_not_deny()
    {
        // wine.md 1.6 (MS-DTYP 2.5.3.2 specific mode): [Allow E 1, Deny E 1, Allow E 2], desired 3 -> granted.
        Assert.True(Check("O:BAG:BUD:(A;;0x1;;;WD)(D;;0x1;;;WD)(A;;0x2;;;WD)", TestTokens.Standard(), 3).IsGranted);
    }

    [Fact]
    public void Maximum_allowed_is_first_writer_wins()
    {
        // DESIGN.md Fidelity; samba-msdtyp.md 1.4 (measured): allow 3 then deny 1 -> 3; deny 1 then allow 3 -> 2.
        Assert.Equal(3u, Check("O:SYG:SYD:(A;;0x3;;;WD)(D;;0x1;;;WD)", TestTokens.Standard(), AccessMask.MaximumAllowed).GrantedAccess);
        Assert.Equal(2u, Check("O:SYG:SYD:(D;;0x1;;;WD)(A;;0x3;;;WD)", TestTokens.Standard(), AccessMask.MaximumAllowed).GrantedAccess);
        // Requested bits with MAXIMUM_ALLOWED must all be granted.
        Assert.False(Check("O:SYG:SYD:(D;;0x1;;;WD)(A;;0x3;;;WD)", TestTokens.Standard(), AccessMask.MaximumAllowed | 1).IsGranted);
        // Nothing grantable -> denied.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Check("O:SYG:SYD:", TestTokens.Standard(), AccessMask.MaximumAllowed).AccessStatus);
    }

    [Fact]
    public void Deny_only_sids_match_deny_aces_only()
    {
        // CRT-09 (wine.md): LOCAL deny-only; DACL [Allow Everyone SYNCHRONIZE, Allow LOCAL EVENT_MODIFY_STATE].
        var token = TestTokens.Builder(("S-1-1-0", TestTokens.Enabled), ("S-1-2-0", TestTokens.DenyOnly)).Build();
        const string sddl = "O:SYG:SYD:(A;;0x100000;;;WD)(A;;0x2;;;S-1-2-0)";
        Assert.True(Check(sddl, token, 0x100000, GenericMapping.Event).IsGranted);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Check(sddl, token, 0x2, GenericMapping.Event).AccessStatus);
        // "SID Attributes in an Access Token": a deny-only SID does match deny ACEs.
        Assert.False(Check("O:SYG:SYD:(D;;0x2;;;S-1-2-0)(A;;0x3;;;WD)", token, 0x2, GenericMapping.Event).IsGranted);
    }

    [Fact]
    public void Disabled_groups_match_nothing()
    {
        // "SID Attributes in an Access Token": a SID with neither SE_GROUP_ENABLED nor deny-only is ignored.
        var token = TestTokens.Builder(("S-1-1-0", TestTokens.Enabled), ("S-1-5-32-544", GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT)).Build();
        Assert.False(Check("O:SYG:SYD:(A;;0x1;;;BA)", token, 1).IsGranted);
        Assert.True(Check("O:SYG:SYD:(D;;0x1;;;BA)(A;;0x1;;;WD)", token, 1).IsGranted);
    }

    [Fact]
    public void User_sid_made_deny_only_no_longer_grants()
    {
        // CreateRestrictedToken: the user SID can be a deny-only SID (DESIGN.md Fidelity).
        var b = TestTokens.Builder(("S-1-1-0", TestTokens.Enabled));
        b.User = new NtSec.Tokens.SidAndAttributes(TestTokens.User, TestTokens.DenyOnly);
        string user = TestTokens.User.ToString();
        Assert.False(Check($"O:SYG:SYD:(A;;0x1;;;{user})", b.Build(), 1).IsGranted);
        Assert.True(Check($"O:SYG:SYD:(A;;0x1;;;{user})", TestTokens.Standard(), 1).IsGranted);
    }

    [Fact]
    public void Owner_rights_ace_replaces_implicit_owner_rights()
    {
        // users.md 4.8; samba-msdtyp.md 3.2 (measured): owner with (A;;RC;;;OW) -> WRITE_DAC denied, READ_CONTROL granted.
        string user = TestTokens.User.ToString();
        string sddl = $"O:{user}G:SYD:(A;;RC;;;OW)";
        Assert.True(Check(sddl, TestTokens.Standard(), AccessMask.ReadControl).IsGranted);
        Assert.False(Check(sddl, TestTokens.Standard(), AccessMask.WriteDac).IsGranted);
        Assert.Equal(AccessMask.ReadControl, Check(sddl, TestTokens.Standard(), AccessMask.MaximumAllowed).GrantedAccess);
        // An inherit-only OWNER RIGHTS ACE does not suppress (docs/access-check.md).
        Assert.True(Check($"O:{user}G:SYD:(A;IO;RC;;;OW)", TestTokens.Standard(), AccessMask.WriteDac).IsGranted);
    }

    [Fact]
    public void Take_ownership_privilege_grants_write_owner_before_the_dacl()
    {
        // MS-DTYP 2.5.3.2 step 2: a later deny ACE cannot take WRITE_OWNER away.
        var token = TestTokens.Standard().WithPrivileges(WellKnownPrivilege.SeTakeOwnershipPrivilege);
        var r = Check("O:SYG:SYD:(D;;WO;;;WD)", token, AccessMask.WriteOwner);
        Assert.True(r.IsGranted);
        Assert.Equal(UsedPrivileges.SeTakeOwnershipPrivilege, r.PrivilegesUsed);
        // A disabled privilege grants nothing.
        var disabled = TestTokens.Standard().ToBuilder();
        disabled.Privileges = [new NtSec.Tokens.LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeTakeOwnershipPrivilege), 0)];
        Assert.False(Check("O:SYG:SYD:(D;;WO;;;WD)", disabled.Build(), AccessMask.WriteOwner).IsGranted);
    }

    [Fact]
    public void Restricted_token_needs_both_passes()
    {
        // "Restricted Tokens" (Microsoft docs); users.md 4.4: granted only if both passes grant.
        var token = TestTokens.Standard().Restricted(false, "S-1-1-0");
        Assert.True(Check("O:SYG:SYD:(A;;0x1;;;WD)", token, 1).IsGranted);
        Assert.False(Check("O:SYG:SYD:(A;;0x1;;;BU)", token, 1).IsGranted); // wine.md [P]: Wine wrongly grants
        Assert.False(Check("O:SYG:SYD:(A;;0x1;;;BU)(A;;0x2;;;WD)", token, 3).IsGranted);
        Assert.Equal(2u, Check("O:SYG:SYD:(A;;0x3;;;BU)(A;;0x2;;;WD)", token, AccessMask.MaximumAllowed).GrantedAccess);
        // A restricting SID counts in the second pass even when the token lacks it (presence-based).
        var other = TestTokens.Standard().Restricted(false, "S-1-5-12");
        Assert.True(Check("O:SYG:SYD:(A;;0x1;;;WD)(A;;0x1;;;RC)", other, 1).IsGranted);
        // Deny ACEs are evaluated in the second pass too.
        Assert.False(Check("O:SYG:SYD:(D;;0x1;;;RC)(A;;0x1;;;WD)(A;;0x1;;;RC)", other, 1).IsGranted);
    }

    [Fact]
    public void Restricted_token_gets_owner_rights_only_when_owner_is_restricting()
    {
        // users.md 4.4 (Windows Security Internals ch. 7): Chromium's LIMITED opener is denied WRITE_DAC on its own process.
        string user = TestTokens.User.ToString();
        string sddl = $"O:{user}G:SYD:";
        Assert.False(Check(sddl, TestTokens.Standard().Restricted(false, "S-1-1-0"), AccessMask.WriteDac).IsGranted);
        Assert.True(Check(sddl, TestTokens.Standard().Restricted(false, "S-1-1-0", user), AccessMask.WriteDac).IsGranted);
    }

    [Fact]
    public void Privileges_are_not_cut_by_the_restricted_pass()
    {
        // users.md 4.4; DESIGN.md Fidelity: rights from privileges are added outside the intersection.
        var token = TestTokens.Standard().WithPrivileges(WellKnownPrivilege.SeTakeOwnershipPrivilege).Restricted(false, "S-1-5-12");
        Assert.True(Check("O:SYG:SYD:(A;;0x1;;;WD)", token, AccessMask.WriteOwner).IsGranted);
    }

    [Fact]
    public void Write_restricted_token_reads_with_its_normal_sids()
    {
        // users.md 4.5; DESIGN.md Fidelity: the restricting SIDs are consulted only for write bits.
        var token = TestTokens.Standard().Restricted(true, "S-1-5-12");
        const string sddl = "O:SYG:SYD:(A;;FA;;;BU)";
        Assert.True(Check(sddl, token, 0x120089, File).IsGranted);
        Assert.False(Check(sddl, token, 0x120116, File).IsGranted);
        Assert.True(Check("O:SYG:SYD:(A;;FA;;;BU)(A;;FW;;;RC)", token, 0x120116, File).IsGranted);
        // Reads ignore deny ACEs on restricting SIDs (users.md 4.5: zero PR #612).
        Assert.True(Check("O:SYG:SYD:(D;;FR;;;RC)(A;;FA;;;BU)", token, 0x120089, File).IsGranted);
        // MAXIMUM_ALLOWED keeps pass-1 bits outside the write set (FILE_DELETE_CHILD 0x40 is not in FILE_GENERIC_WRITE)
        // and write-set bits (0xD0116) only where both passes grant: 0x1F01FF & ~0xD0116.
        Assert.Equal(0x1200E9u, Check(sddl, token, AccessMask.MaximumAllowed, File).GrantedAccess);
    }

    [Fact]
    public void Low_integrity_cannot_write_up_to_an_unlabelled_object()
    {
        // users.md 4.9; MS-DTYP 2.5.3.3: no label = Medium with NO_WRITE_UP; write bits are removed.
        var low = TestTokens.Standard().AtIntegrity(IntegrityLevel.Low);
        const string sddl = "O:SYG:SYD:(A;;FA;;;WD)";
        Assert.True(Check(sddl, low, 0x120089, File).IsGranted);
        Assert.False(Check(sddl, low, 0x120116, File).IsGranted);
        Assert.False(Check(sddl, low, AccessMask.Delete, File).IsGranted);
        Assert.Equal(0x1200A9u, Check(sddl, low, AccessMask.MaximumAllowed, File).GrantedAccess);
        // A Low label lets it write.
        Assert.True(Check(sddl + "S:(ML;;NW;;;LW)", low, 0x120116, File).IsGranted);
        // NO_READ_UP removes read bits too.
        Assert.False(Check(sddl + "S:(ML;;NWNR;;;ME)", low, 0x120089, File).IsGranted);
        // A token whose policy lacks NO_WRITE_UP is not checked.
        var b = low.ToBuilder();
        b.MandatoryPolicy = NtSec.Tokens.TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_OFF;
        Assert.True(Check(sddl, b.Build(), 0x120116, File).IsGranted);
    }

    [Fact]
    public void Zero_desired_access_is_denied()
    {
        // docs/access-check.md: SeAccessCheck with nothing desired and nothing previously granted denies.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Check("O:SYG:SYD:(A;;FA;;;WD)", TestTokens.Standard(), 0, File).AccessStatus);
    }

    [Theory]
    // MS-DTYP 2.4.4.17.3: an allow callback ACE applies only when its condition is TRUE; a deny applies when TRUE or UNKNOWN.
    [InlineData("(XA;;FA;;;WD;(Member_of {SID(BU)}))", true)] // TRUE: the token holds Users enabled
    [InlineData("(XA;;FA;;;WD;(Member_of {SID(BA)}))", false)] // FALSE
    [InlineData("(XA;;FA;;;WD;(@User.Title == \"PM\"))", false)] // UNKNOWN: the token has no user claims
    [InlineData("(XD;;FA;;;WD;(@User.Title == \"PM\"))(A;;FA;;;WD)", false)] // UNKNOWN denies
    [InlineData("(XD;;FA;;;WD;(Member_of {SID(BA)}))(A;;FA;;;WD)", true)] // FALSE: the deny does not apply
    [InlineData("(XA;;FA;;;WD;(@Resource.dept == \"Finance\"))", true)] // resource attribute from the SACL below
    public void Conditional_aces_follow_their_condition(string dacl, bool granted)
    {
        string sddl = "O:SYG:SYD:" + dacl + "S:(RA;;;;;WD;(\"dept\",TS,0x0,\"Finance\"))";
        Assert.Equal(granted, Check(sddl, TestTokens.Standard(), 0x120089, File).IsGranted);
    }

    [Fact]
    public void Deny_only_groups_count_for_member_of_in_deny_aces_only()
    {
        // "Security Descriptor Definition Language for Conditional ACEs": an allow needs SE_GROUP_ENABLED;
        // a deny needs SE_GROUP_ENABLED or SE_GROUP_USE_FOR_DENY_ONLY.
        var token = TestTokens.Builder(("S-1-1-0", TestTokens.Enabled), ("S-1-5-32-544", TestTokens.DenyOnly)).Build();
        Assert.False(Check("O:SYG:SYD:(XA;;FA;;;WD;(Member_of {SID(BA)}))", token, 1, File).IsGranted);
        Assert.False(Check("O:SYG:SYD:(XD;;FA;;;WD;(Member_of {SID(BA)}))(A;;FA;;;WD)", token, 1, File).IsGranted);
        Assert.True(Check("O:SYG:SYD:(XD;;FA;;;WD;(Member_of {SID(AU)}))(A;;FA;;;WD)", token, 1, File).IsGranted);
    }
}
