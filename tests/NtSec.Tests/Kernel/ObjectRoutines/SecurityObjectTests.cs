using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.ObjectRoutines.ObjectRoutinesFixture;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>NtQuerySecurityObject and NtSetSecurityObject: SEC-03..12, ACC-26, the statuses of their pages.</summary>
public class SecurityObjectTests
{
    private const SecurityInformation Owner = SecurityInformation.OWNER_SECURITY_INFORMATION,
        Group = SecurityInformation.GROUP_SECURITY_INFORMATION, Dacl = SecurityInformation.DACL_SECURITY_INFORMATION,
        Sacl = SecurityInformation.SACL_SECURITY_INFORMATION, LabelInfo = SecurityInformation.LABEL_SECURITY_INFORMATION;

    private static NtHandle NewEvent(KernelCall call, SecurityDescriptor? sd = null, uint access = EventAllAccess, string? name = null)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(call, access, name, ObjectAttributeFlags.None, sd,
            EventType.NotificationEvent, false, out var h));
        return h;
    }

    private static SecurityDescriptor Query(KernelCall call, NtHandle h, SecurityInformation parts)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtQuerySecurityObject(call, h, parts, 65536, out var sd, out _));
        return sd!;
    }

    private static SecurityDescriptor WithSacl(Acl? sacl) => new(SecurityDescriptorControl.None, null, null, null, sacl);

    [Fact]
    public void Token_label_query_returns_only_the_label()
    {
        // SEC-03 (check_token_label): process token opened READ_CONTROL|QUERY; LABEL -> no owner, no group, no DACL,
        // SACL present with exactly one SYSTEM_MANDATORY_LABEL_ACE, flags 0, NO_WRITE_UP, the token's integrity SID.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, ReadControl | TokenQuery, out var token));
        var sd = Query(k.AliceCall, token, LabelInfo);
        Assert.Null(sd.Owner);
        Assert.Null(sd.Group);
        Assert.False(sd.DaclPresent);
        Assert.True(sd.SaclPresent);
        Assert.False((sd.Control & SecurityDescriptorControl.SaclDefaulted) != 0);
        var ace = Assert.Single(sd.Sacl!);
        Assert.Equal(AceType.SystemMandatoryLabel, ace.Type);
        Assert.Equal(AceFlags.None, ace.Flags);
        Assert.Equal(1u, ace.Mask.Value);
        Assert.Equal(AliceToken.IntegrityLevel, ace.Sid);
    }

    [Fact]
    public void Label_query_without_a_sacl_has_no_sacl_and_with_one_returns_its_labels()
    {
        // SEC-06: event created with an SD without SACL -> SACL not present. SEC-08: SACL [low label NO_WRITE_UP] -> present, 1 ACE as given.
        var k = new ObjectRoutinesFixture();
        Assert.False(Query(k.AliceCall, NewEvent(k.AliceCall, DaclOnly(Allow(WellKnownSids.Everyone, EventAllAccess))), LabelInfo).SaclPresent);
        var labelled = Query(k.AliceCall, NewEvent(k.AliceCall, WithSacl(new Acl([Label(IntegrityLevel.Low)]))), LabelInfo);
        Assert.True(labelled.SaclPresent);
        Assert.Equal(Label(IntegrityLevel.Low), Assert.Single(labelled.Sacl!));
    }

    [Fact]
    public void Label_set_takes_only_label_aces()
    {
        // SEC-09 (test_AddMandatoryAce): (a) two label ACEs kept; (b) SACL not present -> present with 0 ACEs; (c) revision 3 kept;
        // (d) a SACL holding only an allowed ACE -> present with 0 ACEs.
        var k = new ObjectRoutinesFixture();
        var h = NewEvent(k.AliceCall);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo,
            WithSacl(new Acl([Label(IntegrityLevel.Low), Label(IntegrityLevel.Untrusted)]))));
        Assert.Equal(2, Query(k.AliceCall, h, LabelInfo).Sacl!.Count);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo, WithSacl(null)));
        var none = Query(k.AliceCall, h, LabelInfo);
        Assert.True(none.SaclPresent);
        Assert.Empty(none.Sacl!);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo,
            WithSacl(new Acl(Acl.RevisionCompound, [Label(IntegrityLevel.Low)], []))));
        Assert.Equal(Acl.RevisionCompound, Query(k.AliceCall, h, LabelInfo).Sacl!.Revision);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo,
            WithSacl(new Acl([Allow(WellKnownSids.Everyone, EventAllAccess)]))));
        var onlyAllowed = Query(k.AliceCall, h, LabelInfo);
        Assert.True(onlyAllowed.SaclPresent);
        Assert.Empty(onlyAllowed.Sacl!);
    }

    [Fact]
    public void A_token_label_set_succeeds_without_effect()
    {
        // SEC-04 (test_token_label): SetKernelObjectSecurity(dup, LABEL, low label) -> TRUE, label unchanged.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, 0xF01FF, out var token));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, token, LabelInfo,
            WithSacl(new Acl([Label(IntegrityLevel.Low)]))));
        Assert.Equal(AliceToken.IntegrityLevel, Assert.Single(Query(k.AliceCall, token, LabelInfo).Sacl!).Sid);
    }

    [Fact]
    public void Buffer_sizes_follow_the_exact_self_relative_length()
    {
        // SEC-10 (test_GetKernelObjectSecurity): NULL handle -> invalid handle; size-1 -> STATUS_BUFFER_TOO_SMALL with the exact size;
        // size+1 -> success with the exact size; unknown flag 0x100000 -> success with an empty SD, control SE_SELF_RELATIVE only.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, SecurityObjects.NtQuerySecurityObject(k.AliceCall, NtHandle.Null, Owner, 100, out var sd, out _));
        Assert.Null(sd);
        int exact = SecurityDescriptor.HeaderLength + AliceToken.Owner.BinaryLength;
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, SecurityObjects.NtQuerySecurityObject(k.AliceCall, NtHandle.CurrentProcess, Owner, 0,
            out sd, out int needed));
        Assert.Null(sd);
        Assert.Equal(exact, needed);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, SecurityObjects.NtQuerySecurityObject(k.AliceCall, NtHandle.CurrentProcess, Owner, exact - 1,
            out _, out needed));
        Assert.Equal(exact, needed);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtQuerySecurityObject(k.AliceCall, NtHandle.CurrentProcess, Owner, exact + 1,
            out sd, out needed));
        Assert.Equal(exact, needed);
        Assert.Equal(exact, sd!.ToBytes().Length);
        Assert.Equal(AliceToken.Owner, sd.Owner);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtQuerySecurityObject(k.AliceCall, NtHandle.CurrentProcess, (SecurityInformation)0x100000,
            20, out sd, out needed));
        Assert.Equal(SecurityDescriptorControl.SelfRelative, sd!.Control);
        Assert.Null(sd.Owner);
        Assert.Null(sd.Group);
        Assert.False(sd.DaclPresent);
        Assert.False(sd.SaclPresent);
        Assert.Equal(20, needed);
    }

    [Fact]
    public void Set_validates_the_descriptor_against_what_is_asked()
    {
        // SEC-11 (test_process_security on an event): revision 0 -> STATUS_UNKNOWN_REVISION; empty SD for OWNER / GROUP ->
        // STATUS_INVALID_SECURITY_DESCR; SACL without ACCESS_SYSTEM_SECURITY on the handle -> STATUS_ACCESS_DENIED; DACL -> success;
        // a NULL DACL is accepted; setting a DACL does not change owner or group.
        var k = new ObjectRoutinesFixture();
        var h = NewEvent(k.AliceCall);
        var empty = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        byte[] bytes = empty.ToBytes();
        bytes[0] = 0;
        Assert.Equal(NtStatus.STATUS_UNKNOWN_REVISION, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, bytes));
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner, empty));
        Assert.Equal(NtStatus.STATUS_INVALID_SECURITY_DESCR, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Group, empty));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Sacl, empty));
        var before = Query(k.AliceCall, h, Owner | Group);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, empty));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl,
            new SecurityDescriptor(SecurityDescriptorControl.DaclPresent, null, null, null, null)));
        var after = Query(k.AliceCall, h, Owner | Group | Dacl);
        Assert.True(after.HasNullDacl);
        Assert.Equal(before.Owner, after.Owner);
        Assert.Equal(before.Group, after.Group);
        // Byte overload: a valid buffer is applied as the typed one would be.
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl,
            DaclOnly(Allow(AliceToken.User.Sid, EventAllAccess)).ToBytes()));
        Assert.Single(Query(k.AliceCall, h, Dacl).Dacl!);
        // ZwSetSecurityObject page: STATUS_ACCESS_VIOLATION for a NULL descriptor, STATUS_INVALID_HANDLE for a bad handle.
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, (SecurityDescriptor?)null));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, SecurityObjects.NtSetSecurityObject(k.AliceCall, new NtHandle(0xdead0), Dacl, empty));
    }

    [Fact]
    public void Handle_access_decides_each_part()
    {
        // NtQuerySecurityObject / NtSetSecurityObject pages: READ_CONTROL for owner/group/DACL, ACCESS_SYSTEM_SECURITY for the SACL,
        // WRITE_OWNER for owner/group (and label), WRITE_DAC for the DACL.
        var k = new ObjectRoutinesFixture();
        var ev = Entry(k.AliceCall, NewEvent(k.AliceCall)).Object;
        var sync = HandleTo(k.AliceCall, ev, Synchronize);
        var readControl = HandleTo(k.AliceCall, ev, ReadControl);
        var writeDac = HandleTo(k.AliceCall, ev, WriteDac);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SecurityObjects.NtQuerySecurityObject(k.AliceCall, sync, Owner, 1000, out _, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtQuerySecurityObject(k.AliceCall, readControl, Owner | Group | Dacl | LabelInfo, 1000, out _, out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SecurityObjects.NtQuerySecurityObject(k.AliceCall, readControl, Sacl, 1000, out _, out _));
        var sd = DaclOnly(Allow(WellKnownSids.Everyone, EventAllAccess));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, writeDac, Dacl, sd));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SecurityObjects.NtSetSecurityObject(k.AliceCall, writeDac, LabelInfo, WithSacl(null)));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SecurityObjects.NtSetSecurityObject(k.AliceCall, readControl, Dacl, sd));
    }

    [Fact]
    public void The_sacl_needs_ACCESS_SYSTEM_SECURITY_which_needs_SeSecurityPrivilege()
    {
        // ACC-17/ACC-29: the handle needs ACCESS_SYSTEM_SECURITY, which needs an enabled SeSecurityPrivilege at open.
        var k = new ObjectRoutinesFixture();
        var auditor = k.Machine.CreateProcess("auditor", WithPrivilege(TokenPresets.Admin, WellKnownPrivilege.SeSecurityPrivilege));
        var call = new KernelCall(auditor.FindThread("main")!);
        var h = NewEvent(call, access: EventAllAccess | AccessSystemSecurity);
        var audit = new Acl([Ace.Create(AceType.SystemAudit, AceFlags.FailedAccess, GenericAll, WellKnownSids.Everyone)]);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(call, h, Sacl, WithSacl(audit)));
        var sacl = Query(call, h, Sacl).Sacl!;
        Assert.Equal(EventAllAccess, Assert.Single(sacl).Mask.Value); // generic rights mapped on the way in
        // LABEL alone does not return the audit ACE; a LABEL set keeps it.
        Assert.Empty(Query(call, h, LabelInfo).Sacl!);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(call, h, LabelInfo, WithSacl(new Acl([Label(IntegrityLevel.Low)]))));
        Assert.Equal(2, Query(call, h, Sacl).Sacl!.Count);
    }

    [Fact]
    public void Owner_must_be_assignable_by_the_caller()
    {
        // "Owner of a New Object": the user or a group with SE_GROUP_OWNER, or anything with SeRestorePrivilege; else STATUS_INVALID_OWNER.
        var k = new ObjectRoutinesFixture();
        var h = NewEvent(k.AliceCall);
        var admins = new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, null, null, null);
        var alice = new SecurityDescriptor(SecurityDescriptorControl.None, AliceToken.User.Sid, WellKnownSids.Users, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner, admins));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner | Group, alice));
        Assert.Equal(WellKnownSids.Users, Query(k.AliceCall, h, Group).Group); // any group may be set
        Impersonate(k.AliceCall.Thread, WithPrivilege(AliceToken, WellKnownPrivilege.SeRestorePrivilege), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner, admins));
        Assert.Equal(WellKnownSids.Administrators, Query(k.AliceCall, h, Owner).Owner);
        // Kernel-mode callers are not checked.
        k.AliceCall.Thread.Impersonation = null;
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.ZwSetSecurityObject(k.AliceCall, h, Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.LocalSystem, null, null, null)));
    }

    [Fact]
    public void An_elevated_administrator_may_make_Administrators_the_owner()
    {
        // SEC-12 (test_group_as_file_owner): BUILTIN\Administrators carries SE_GROUP_OWNER in an elevated token.
        var k = new ObjectRoutinesFixture();
        var admin = StandardMachine.CreateProcess(k.Machine, "admin-app", "admin", elevated: true);
        var call = new KernelCall(admin.FindThread("main")!);
        var h = NewEvent(call);
        Assert.Equal(WellKnownSids.Administrators, Query(call, h, Owner).Owner); // the elevated token's default owner
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(call, h, Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, TokenPresets.AdminSid, null, null, null)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(call, h, Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, null, null, null)));
        // The filtered (UAC) token holds Administrators for deny only: not assignable.
        var filtered = StandardMachine.CreateProcess(k.Machine, "admin-filtered-app", "admin", elevated: false);
        var fcall = new KernelCall(filtered.FindThread("main")!);
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, SecurityObjects.NtSetSecurityObject(fcall, NewEvent(fcall), Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, null, null, null)));
    }

    [Fact]
    public void Take_ownership_grants_WRITE_OWNER_but_not_a_foreign_owner()
    {
        // "Owner of a New Object" / DESIGN.md: SeTakeOwnershipPrivilege grants WRITE_OWNER; the new owner must still be the caller's.
        var k = new ObjectRoutinesFixture();
        const string Name = "\\BaseNamedObjects\\locked";
        NewEvent(k.SystemCall, DaclOnly(Allow(WellKnownSids.Everyone, Synchronize)), name: Name);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, WriteOwner, Name, ObjectAttributeFlags.None, out _));
        Impersonate(k.AliceCall.Thread, WithPrivilege(AliceToken, WellKnownPrivilege.SeTakeOwnershipPrivilege), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, WriteOwner, Name, ObjectAttributeFlags.None, out var h));
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, null, null, null)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Owner,
            new SecurityDescriptor(SecurityDescriptorControl.None, AliceToken.User.Sid, null, null, null)));
        // As the owner alice now has WRITE_DAC implicitly (DESIGN.md owner rights).
        k.AliceCall.Thread.Impersonation = null;
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, WriteDac | ReadControl, Name, ObjectAttributeFlags.None, out _));
    }

    [Fact]
    public void A_label_above_the_callers_level_needs_SeRelabelPrivilege()
    {
        // Windows Security Internals ch. 6 (unverified): STATUS_INVALID_LABEL without SeRelabelPrivilege.
        var k = new ObjectRoutinesFixture();
        var h = NewEvent(k.AliceCall);
        var high = WithSacl(new Acl([Label(IntegrityLevel.High)]));
        Assert.Equal(NtStatus.STATUS_INVALID_LABEL, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo, high));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo, WithSacl(new Acl([Label(IntegrityLevel.Medium)]))));
        Impersonate(k.AliceCall.Thread, WithPrivilege(AliceToken, WellKnownPrivilege.SeRelabelPrivilege), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, LabelInfo, high));
        Assert.Equal(IntegrityLevel.High.ToSid(), Assert.Single(Query(k.AliceCall, h, LabelInfo).Sacl!).Sid);
    }

    [Fact]
    public void A_new_dacl_has_its_generic_rights_mapped_and_decides_later_opens()
    {
        // ACC-26 (test_GetNamedSecurityInfoA on a file, here an event): [Allow user GA, Deny user GA] -> open succeeds (first match wins);
        // [Deny, Allow] -> fails; empty DACL -> fails. Generic rights in new ACEs are mapped through the type (brief; RtlMapGenericMask).
        var k = new ObjectRoutinesFixture();
        const string Name = "\\BaseNamedObjects\\acl";
        var h = NewEvent(k.AliceCall, name: Name);
        var user = AliceToken.User.Sid;
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, DaclOnly(Allow(user, GenericAll), Deny(user, GenericAll))));
        Assert.All(Query(k.AliceCall, h, Dacl).Dacl!, a => Assert.Equal(EventAllAccess, a.Mask.Value));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, GenericRead, Name, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, DaclOnly(Deny(user, GenericAll), Allow(user, GenericAll))));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, GenericRead, Name, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl, DaclOnly()));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, GenericRead, Name, ObjectAttributeFlags.None, out _));
        // The owner keeps READ_CONTROL and WRITE_DAC through an empty DACL.
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, ReadControl | WriteDac, Name, ObjectAttributeFlags.None, out _));
    }

    [Fact]
    public void Protection_flags_set_and_clear_SE_DACL_PROTECTED()
    {
        // PROTECTED_DACL_SECURITY_INFORMATION / UNPROTECTED_DACL_SECURITY_INFORMATION (SetSecurityInfo page).
        var k = new ObjectRoutinesFixture();
        var h = NewEvent(k.AliceCall);
        var sd = DaclOnly(Allow(WellKnownSids.Everyone, EventAllAccess));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl | SecurityInformation.PROTECTED_DACL_SECURITY_INFORMATION, sd));
        Assert.NotEqual(SecurityDescriptorControl.None, Query(k.AliceCall, h, Dacl).Control & SecurityDescriptorControl.DaclProtected);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtSetSecurityObject(k.AliceCall, h, Dacl | SecurityInformation.UNPROTECTED_DACL_SECURITY_INFORMATION, sd));
        Assert.Equal(SecurityDescriptorControl.None, Query(k.AliceCall, h, Dacl).Control & SecurityDescriptorControl.DaclProtected);
    }
}
