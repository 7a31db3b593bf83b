using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using static NtSec.Tests.Kernel.ObjectRoutines.ObjectRoutinesFixture;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>NtCreateEvent and NtOpenEvent: creation security, names, OBJ_OPENIF, OBJ_PERMANENT, every status of their pages.</summary>
public class EventCreationTests
{
    private const string Name = "\\BaseNamedObjects\\Ready";

    [Fact]
    public void Creator_gets_the_access_asked_for_without_a_check_against_the_new_dacl()
    {
        // ACC-27 (test_maximum_allowed): empty DACL, MAXIMUM_ALLOWED|0x4 -> EVENT_ALL_ACCESS.
        var k = new ObjectRoutinesFixture();
        var emptyDacl = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, Acl.Empty, null);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, MaximumAllowed | 0x4, null, ObjectAttributeFlags.None,
            emptyDacl, EventType.NotificationEvent, false, out var h));
        Assert.Equal(EventAllAccess, Entry(k.AliceCall, h).GrantedAccess);
        // Opening the same object by handle duplication beyond the creator's access would be checked; the creator is not.
        Assert.Empty(Entry(k.AliceCall, h).Object.Security.Dacl!);
    }

    [Fact]
    public void Generic_rights_of_the_creator_are_mapped_and_zero_access_is_allowed()
    {
        // HDL-05 (event GENERIC_ALL -> STANDARD_RIGHTS_ALL|EVENT_QUERY_STATE|EVENT_MODIFY_STATE); om.c test_zero_access: create with 0 succeeds.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, GenericAll, null, ObjectAttributeFlags.None, null,
            EventType.SynchronizationEvent, false, out var all));
        Assert.Equal(EventAllAccess, Entry(k.AliceCall, all).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, GenericRead, null, ObjectAttributeFlags.None, null,
            EventType.SynchronizationEvent, false, out var read));
        Assert.Equal(0x20001u, Entry(k.AliceCall, read).GrantedAccess); // STANDARD_RIGHTS_READ | EVENT_QUERY_STATE
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, 0, Name, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var zero));
        Assert.Equal(0u, Entry(k.AliceCall, zero).GrantedAccess);
    }

    [Fact]
    public void An_uninitialised_descriptor_takes_owner_group_and_dacl_from_the_token()
    {
        // SEC-01 (test_default_dacl_owner_group_sid): owner = TokenOwner, group = TokenPrimaryGroup, DACL present, not defaulted,
        // only allow ACEs, the owner among them.
        var k = new ObjectRoutinesFixture();
        var blank = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, null);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, blank,
            EventType.NotificationEvent, false, out var h));
        var parts = SecurityInformation.OWNER_SECURITY_INFORMATION | SecurityInformation.GROUP_SECURITY_INFORMATION | SecurityInformation.DACL_SECURITY_INFORMATION;
        Assert.Equal(NtStatus.STATUS_SUCCESS, SecurityObjects.NtQuerySecurityObject(k.AliceCall, h, parts, 4096, out var sd, out _));
        Assert.Equal(AliceToken.Owner, sd!.Owner);
        Assert.Equal(AliceToken.PrimaryGroup, sd.Group);
        Assert.True(sd.DaclPresent);
        Assert.Equal(SecurityDescriptorControl.None, sd.Control & (SecurityDescriptorControl.OwnerDefaulted | SecurityDescriptorControl.GroupDefaulted
            | SecurityDescriptorControl.DaclDefaulted));
        Assert.All(sd.Dacl!, a => Assert.Equal(AceType.AccessAllowed, a.Type));
        Assert.Contains(sd.Dacl!, a => a.Sid == AliceToken.Owner);
    }

    [Fact]
    public void A_new_object_takes_its_defaults_from_the_impersonation_token()
    {
        // users.md 4.10 / brief: the creator's effective token decides the new descriptor.
        var k = new ObjectRoutinesFixture();
        Impersonate(k.AliceCall.Thread, TokenPresets_NetworkService(), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var h));
        Assert.Equal(WellKnownSids.NetworkService, Entry(k.AliceCall, h).Object.Security.Owner);
    }

    [Fact]
    public void A_taken_name_is_a_collision_and_OBJ_OPENIF_opens_it_with_an_access_check()
    {
        // om.c test_name_collisions: OBJ_OPENIF on an existing event -> STATUS_OBJECT_NAME_EXISTS and a handle.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var first));
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_COLLISION, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None,
            null, EventType.NotificationEvent, false, out var none));
        Assert.Equal(NtHandle.Null, none);
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_EXISTS, EventObjects.NtCreateEvent(k.AliceCall, EventModifyState, Name, ObjectAttributeFlags.OBJ_OPENIF,
            null, EventType.SynchronizationEvent, false, out var second));
        Assert.True(NtStatus.STATUS_OBJECT_NAME_EXISTS.IsSuccess());
        Assert.Same(Entry(k.AliceCall, first).Object, Entry(k.AliceCall, second).Object);
        Assert.Equal(EventModifyState, Entry(k.AliceCall, second).GrantedAccess);
        // alice's default DACL (alice, SYSTEM, her logon SID) does not admit NetworkService.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtCreateEvent(k.ServiceCall, EventModifyState, Name, ObjectAttributeFlags.OBJ_OPENIF,
            null, EventType.NotificationEvent, false, out var denied));
        Assert.Equal(NtHandle.Null, denied);
        // om.c test_zero_access: OBJ_OPENIF with access 0 on an existing event -> STATUS_ACCESS_DENIED.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtCreateEvent(k.AliceCall, 0, Name, ObjectAttributeFlags.OBJ_OPENIF,
            null, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void A_name_held_by_another_type_or_a_directory_is_a_type_mismatch()
    {
        // om.c test_case_sensitive / test_keyed_events (Vista+: STATUS_OBJECT_TYPE_MISMATCH); test_name_collisions ("\" with OBJ_OPENIF).
        var k = new ObjectRoutinesFixture();
        var mutant = new NamedMutant("\\BaseNamedObjects\\m", k.Machine.SystemProcess.Security);
        Assert.True(k.Machine.TryAddNamed(mutant));
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\m",
            ObjectAttributeFlags.None, null, EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtHandle.Null, h);
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\m",
            ObjectAttributeFlags.None, out _));
        foreach (string directory in new[] { "\\", "\\BaseNamedObjects" })
        {
            Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, directory,
                ObjectAttributeFlags.OBJ_OPENIF, null, EventType.NotificationEvent, false, out _));
            Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, directory,
                ObjectAttributeFlags.None, out _));
        }

        // A non-directory object on the path: STATUS_OBJECT_TYPE_MISMATCH (om.c test_directory "om.c-test\om.c-event" through a symlink).
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\m\\child",
            ObjectAttributeFlags.None, null, EventType.NotificationEvent, false, out _));
    }

    [Theory]
    [InlineData("BaseNamedObjects\\x", NtStatus.STATUS_OBJECT_PATH_SYNTAX_BAD)] // om.c test_directory "BaseNamedObjects"
    [InlineData("\\BaseNamedObjects\\", NtStatus.STATUS_OBJECT_NAME_INVALID)] // om.c test_directory / test_symboliclink
    [InlineData("\\\\BaseNamedObjects", NtStatus.STATUS_OBJECT_NAME_INVALID)]
    [InlineData("\\BaseNamedObjects\\\\om.c-test", NtStatus.STATUS_OBJECT_NAME_INVALID)]
    [InlineData("\\BaseNamedObjects\\om.c-test\\", NtStatus.STATUS_OBJECT_PATH_NOT_FOUND)]
    [InlineData("\\BasedNamedObjects\\Local\\om.c-event", NtStatus.STATUS_OBJECT_PATH_NOT_FOUND)]
    [InlineData("\\BASENamedObjects\\test", NtStatus.STATUS_OBJECT_PATH_NOT_FOUND)] // om.c test_case_sensitive: no OBJ_CASE_INSENSITIVE
    public void Bad_paths_fail_create_and_open_alike(string name, NtStatus expected)
    {
        var k = new ObjectRoutinesFixture();
        Assert.Equal(expected, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, name, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var created));
        Assert.Equal(NtHandle.Null, created);
        Assert.Equal(expected, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, name, ObjectAttributeFlags.None, out var opened));
        Assert.Equal(NtHandle.Null, opened);
    }

    [Fact]
    public void Name_length_limit_is_32766_characters()
    {
        // om.c test_name_limits: UNICODE_STRING.Length 65532 bytes works, 65534 is STATUS_OBJECT_NAME_INVALID.
        var k = new ObjectRoutinesFixture();
        string longest = "\\BaseNamedObjects\\" + new string('a', NamedObjectDirectory.MaxNameLength - 18);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, longest, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_INVALID, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, longest + "a",
            ObjectAttributeFlags.None, null, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void No_name_creates_an_unnamed_event_but_cannot_be_opened()
    {
        // om.c test_name_limits / test_directory: NULL or "" name -> create succeeds, open is STATUS_OBJECT_PATH_SYNTAX_BAD.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "", ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var h));
        Assert.Null(Entry(k.AliceCall, h).Object.Name);
        Assert.Equal(NtStatus.STATUS_OBJECT_PATH_SYNTAX_BAD, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_PATH_SYNTAX_BAD, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, "", ObjectAttributeFlags.None, out _));
    }

    [Fact]
    public void Names_are_case_sensitive_unless_OBJ_CASE_INSENSITIVE()
    {
        // om.c test_case_sensitive.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\Test",
            ObjectAttributeFlags.None, null, EventType.NotificationEvent, false, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\TEst",
            ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, "\\BASENamedObjects\\TEst",
            ObjectAttributeFlags.OBJ_CASE_INSENSITIVE, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_COLLISION, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "\\BASENamedObjects\\test",
            ObjectAttributeFlags.OBJ_CASE_INSENSITIVE, null, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void Open_checks_the_dacl_with_the_effective_token()
    {
        // ZwOpenEvent page: STATUS_OBJECT_NAME_NOT_FOUND; the DACL decides for another user; om.c test_zero_access: access 0 is denied.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None,
            DaclOnly(Allow(WellKnownSids.Everyone, Synchronize), Allow(WellKnownSids.Local, EventModifyState)), EventType.NotificationEvent, false, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, Synchronize | EventModifyState, Name, ObjectAttributeFlags.None, out var h));
        Assert.Equal(Synchronize | EventModifyState, Entry(k.AliceCall, h).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, EventQueryState, Name, ObjectAttributeFlags.None, out var no));
        Assert.Equal(NtHandle.Null, no);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, 0, Name, ObjectAttributeFlags.None, out _));
        // Impersonating a token whose LOCAL SID is deny-only: EVENT_MODIFY_STATE is no longer granted (HDL setup of wine.md 1.14).
        Impersonate(k.AliceCall.Thread, DenyOnly(AliceToken, WellKnownSids.Local), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtOpenEvent(k.AliceCall, EventModifyState, Name, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, Name, ObjectAttributeFlags.None, out _));
    }

    [Fact]
    public void Opens_and_creates_below_impersonation_level_fail()
    {
        // IMP-03: at SecurityIdentification object opens fail (STATUS_BAD_IMPERSONATION_LEVEL); creation likewise (unverified, documented).
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out _));
        Impersonate(k.AliceCall.Thread, AliceToken, SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, Name, ObjectAttributeFlags.None, out _));
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, EventObjects.NtCreateEvent(k.AliceCall, Synchronize, null, ObjectAttributeFlags.None,
            null, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void OBJ_PERMANENT_needs_SeCreatePermanentPrivilege_and_keeps_the_name_alive()
    {
        // IMP-12 (om.c test_object_permanence): impersonating a token without an enabled SeCreatePermanentPrivilege -> STATUS_PRIVILEGE_NOT_HELD.
        var k = new ObjectRoutinesFixture();
        Impersonate(k.AliceCall.Thread, AliceToken, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.OBJ_PERMANENT,
            null, EventType.NotificationEvent, false, out var none));
        Assert.Equal(NtHandle.Null, none);
        // With the privilege enabled (SYSTEM has it): the object persists after its last handle is closed, and reports OBJ_PERMANENT.
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.SystemCall, EventAllAccess, Name, ObjectAttributeFlags.OBJ_PERMANENT,
            null, EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.SystemCall, h, ObjectInformationClass.ObjectBasicInformation, 56, out var info, out _));
        Assert.Equal(ObjectAttributeFlags.OBJ_PERMANENT, ((ObjectBasicInformation)info!).Attributes);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.SystemCall, h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.SystemCall, EventAllAccess, Name, ObjectAttributeFlags.None, out _));
    }

    [Fact]
    public void A_temporary_named_event_disappears_with_its_last_handle()
    {
        // om.c test_object_permanence ("temporary object disappears") and test_zero_access: reopen -> STATUS_OBJECT_NAME_NOT_FOUND.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, Name, ObjectAttributeFlags.None, out var h2));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.AliceCall, h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, Name, ObjectAttributeFlags.None, out var h3));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.AliceCall, h2));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.AliceCall, h3));
        Assert.Equal(NtStatus.STATUS_OBJECT_NAME_NOT_FOUND, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, Name, ObjectAttributeFlags.None, out _));
        // The name is free again: a new event, not a collision, and not the old object.
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, null,
            EventType.SynchronizationEvent, true, out var again));
        var ev = Assert.IsType<EventObject>(Entry(k.AliceCall, again).Object);
        Assert.False(ev.IsNotification);
        Assert.True(ev.IsSignaled);
        Assert.Same(ev, k.Machine.FindNamed(Name));
    }

    [Fact]
    public void Invalid_event_type_and_attributes_are_invalid_parameters()
    {
        // om.c test_event: EventType 2 -> STATUS_INVALID_PARAMETER on Windows (the ZwCreateEvent page says STATUS_INVALID_PARAMETER_4).
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None, null,
            (EventType)2, false, out var h));
        Assert.Equal(NtHandle.Null, h);
        // ZwCreateEvent / ZwOpenEvent pages: STATUS_INVALID_PARAMETER for invalid ObjectAttributes values.
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, (ObjectAttributeFlags)0x10000,
            null, EventType.NotificationEvent, false, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, EventObjects.NtOpenEvent(k.AliceCall, EventAllAccess, Name, (ObjectAttributeFlags)0x10000, out _));
        // A driver outside the System process must ask for a kernel handle.
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, EventObjects.ZwCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.ZwCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.OBJ_KERNEL_HANDLE, null,
            EventType.NotificationEvent, false, out var kernel));
        Assert.True(kernel.IsKernel);
    }

    [Fact]
    public void Privileged_parts_of_the_request_need_their_privileges()
    {
        // ZwCreateEvent page STATUS_PRIVILEGE_NOT_HELD: ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege; an audit SACL likewise.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess | AccessSystemSecurity, null,
            ObjectAttributeFlags.None, null, EventType.NotificationEvent, false, out _));
        var audit = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null,
            new Acl([Ace.Create(AceType.SystemAudit, AceFlags.FailedAccess, EventAllAccess, WellKnownSids.Everyone)]));
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None,
            audit, EventType.NotificationEvent, false, out _));
        // SEC-08: a label-only SACL needs no privilege, but the label may not be above the creator's level (STATUS_INVALID_LABEL).
        var low = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, new Acl([Label(IntegrityLevel.Low)]));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None,
            low, EventType.NotificationEvent, false, out _));
        var high = new SecurityDescriptor(SecurityDescriptorControl.None, null, null, null, new Acl([Label(IntegrityLevel.High)]));
        Assert.Equal(NtStatus.STATUS_INVALID_LABEL, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None,
            high, EventType.NotificationEvent, false, out _));
        // An owner alice may not assign: STATUS_INVALID_OWNER.
        var foreign = new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, null, null, null);
        Assert.Equal(NtStatus.STATUS_INVALID_OWNER, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None,
            foreign, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void Handle_table_failures_are_reported_with_a_null_handle()
    {
        // ZwCreateEvent page STATUS_INSUFFICIENT_RESOURCES; the per-process handle quota gives STATUS_QUOTA_EXCEEDED.
        var k = new ObjectRoutinesFixture();
        k.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_INSUFFICIENT_RESOURCES, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None,
            null, EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtHandle.Null, h);
        // The half-made named object is gone with its (never made) handle: the name can be created again.
        k.Alice.Handles.Quota = k.Alice.Handles.Count;
        Assert.Equal(NtStatus.STATUS_QUOTA_EXCEEDED, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None,
            null, EventType.NotificationEvent, false, out _));
        k.Alice.Handles.Quota = HandleTable.DefaultQuota;
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, Name, ObjectAttributeFlags.None,
            null, EventType.NotificationEvent, false, out _));
    }

    [Fact]
    public void Racing_creators_with_OBJ_OPENIF_share_one_event()
    {
        // om.c test_name_collisions semantics under contention: exactly one STATUS_SUCCESS, the rest STATUS_OBJECT_NAME_EXISTS, one object.
        var k = new ObjectRoutinesFixture();
        var threads = Enumerable.Range(0, 8).Select(i => k.Machine.CreateThread(k.Alice, "racer" + i)).ToArray();
        var results = new (NtStatus Status, NtHandle Handle)[threads.Length];
        Parallel.For(0, threads.Length, i =>
        {
            var status = EventObjects.NtCreateEvent(new KernelCall(threads[i]), EventAllAccess, Name, ObjectAttributeFlags.OBJ_OPENIF, null,
                EventType.NotificationEvent, false, out var h);
            results[i] = (status, h);
        });
        Assert.Single(results, r => r.Status == NtStatus.STATUS_SUCCESS);
        Assert.All(results, r => Assert.True(r.Status is NtStatus.STATUS_SUCCESS or NtStatus.STATUS_OBJECT_NAME_EXISTS));
        Assert.Single(results.Select(r => Entry(k.AliceCall, r.Handle).Object).Distinct());
    }

    [Fact]
    public void Set_and_reset_need_EVENT_MODIFY_STATE_and_report_the_previous_state()
    {
        // om.c test_event: NtSetEvent / NtResetEvent previous state.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, null,
            EventType.SynchronizationEvent, false, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtSetEvent(k.AliceCall, h, out int prev));
        Assert.Equal(0, prev);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtSetEvent(k.AliceCall, h, out prev));
        Assert.Equal(1, prev);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtResetEvent(k.AliceCall, h, out prev));
        Assert.Equal(1, prev);
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtResetEvent(k.AliceCall, h, out prev));
        Assert.Equal(0, prev);
        var sync = HandleTo(k.AliceCall, Entry(k.AliceCall, h).Object, Synchronize);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, EventObjects.NtSetEvent(k.AliceCall, sync, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, EventObjects.NtSetEvent(k.AliceCall, NtHandle.CurrentProcess, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, EventObjects.NtResetEvent(k.AliceCall, new NtHandle(0xdead0), out _));
    }

    private static TokenState TokenPresets_NetworkService() => NtSec.Tokens.Presets.TokenPresets.NetworkService;
}
