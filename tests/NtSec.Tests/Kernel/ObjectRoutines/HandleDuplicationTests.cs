using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using static NtSec.Tests.Kernel.ObjectRoutines.ObjectRoutinesFixture;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>NtDuplicateObject: HDL-01..06, ACC-28, om.c test_duplicate_object / test_zero_access, the DuplicateHandle page.</summary>
public class HandleDuplicationTests
{
    private const string DupName = "\\BaseNamedObjects\\test_dup";

    /// <summary>
    /// wine.md 1.14 setup: event "test_dup" with DACL [Allow Everyone SYNCHRONIZE, Allow LOCAL EVENT_MODIFY_STATE]; all_event is the
    /// creator's full handle, sync_event an open for SYNCHRONIZE; the restricted token has LOCAL deny-only.
    /// </summary>
    private sealed class DupSetup
    {
        public DupSetup()
        {
            Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(K.AliceCall, EventAllAccess, DupName, ObjectAttributeFlags.None,
                DaclOnly(Allow(WellKnownSids.Everyone, Synchronize), Allow(WellKnownSids.Local, EventModifyState)),
                EventType.NotificationEvent, false, out var all));
            AllEvent = all;
            Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(K.AliceCall, Synchronize, DupName, ObjectAttributeFlags.None, out var sync));
            SyncEvent = sync;
            Restricted = DenyOnly(AliceToken, WellKnownSids.Local);
        }

        public ObjectRoutinesFixture K { get; } = new();

        public NtHandle AllEvent { get; }

        public NtHandle SyncEvent { get; }

        public TokenState Restricted { get; }

        /// <summary>A child process running with the restricted primary token.</summary>
        public ProcessObject StartChild() => K.Machine.CreateProcess("child", Restricted);
    }

    [Fact]
    public void Not_impersonating_the_callers_own_process_is_the_target_and_its_token_decides()
    {
        // HDL-01: DuplicateHandle(sync_event -> EVENT_MODIFY_STATE) succeeds; the process token has LOCAL enabled.
        var s = new DupSetup();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            NtHandle.CurrentProcess, out var h, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(EventModifyState, Entry(s.K.AliceCall, h).GrantedAccess);
    }

    [Fact]
    public void Impersonating_access_within_the_source_is_free_and_beyond_it_is_checked_with_the_thread_token()
    {
        // HDL-02.
        var s = new DupSetup();
        Impersonate(s.K.AliceCall.Thread, s.Restricted, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            NtHandle.CurrentProcess, out var h, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtHandle.Null, h);
        // At Identification level the thread token cannot be used for the check at all.
        Impersonate(s.K.AliceCall.Thread, AliceToken, SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            NtHandle.CurrentProcess, out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
    }

    [Fact]
    public void Into_another_process_the_target_process_token_decides()
    {
        // HDL-03: not impersonating, target = child with the restricted primary token.
        var s = new DupSetup();
        var child = s.StartChild();
        var childHandle = HandleTo(s.K.AliceCall, child, ProcessDupHandle);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            childHandle, out var inChild, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_SUCCESS, child.Handles.Lookup(inChild, out var entry));
        Assert.Equal(EventModifyState, entry!.GrantedAccess);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            childHandle, out var none, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtHandle.Null, none);
    }

    [Fact]
    public void The_calling_process_token_is_never_consulted()
    {
        // HDL-04: in the restricted child, parent -> parent succeeds, parent -> self fails; impersonating the restricted token both fail.
        var s = new DupSetup();
        var child = s.StartChild();
        var childCall = new KernelCall(child.FindThread("main")!);
        var parent = HandleTo(childCall, s.K.Alice, ProcessDupHandle);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(childCall, parent, s.SyncEvent, parent,
            out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(childCall, parent, s.SyncEvent, NtHandle.CurrentProcess,
            out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Impersonate(childCall.Thread, s.Restricted, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(childCall, parent, s.SyncEvent, parent,
            out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(childCall, parent, s.SyncEvent, NtHandle.CurrentProcess,
            out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.None));
    }

    [Fact]
    public void Generic_rights_are_mapped_through_the_object_type()
    {
        // HDL-05: event GENERIC_ALL -> EVENT_ALL_ACCESS; GENERIC_READ -> STANDARD_RIGHTS_READ|EVENT_QUERY_STATE; a process handle with
        // PROCESS_QUERY_INFORMATION also holds PROCESS_QUERY_LIMITED_INFORMATION.
        var s = new DupSetup();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out var all, GenericAll, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(EventAllAccess, Entry(s.K.AliceCall, all).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out var read, GenericRead, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(0x20001u, Entry(s.K.AliceCall, read).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out var query, ProcessQueryInformation, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(ProcessQueryInformation | ProcessQueryLimited, Entry(s.K.AliceCall, query).GrantedAccess);
    }

    [Fact]
    public void The_current_process_pseudo_handle_duplicates_to_a_real_handle_with_full_access()
    {
        // ACC-28 / om.c test_object_identity: DUPLICATE_SAME_ACCESS on GetCurrentProcess() -> a real handle with PROCESS_ALL_ACCESS;
        // om.c test_duplicate_object: PROCESS_ALL_ACCESS asked for explicitly also succeeds; ReactOS apitest: GENERIC_ALL too.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out var same, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.True(same.Value > 0 && same.Value % 4 == 0);
        Assert.Same(k.Alice, Entry(k.AliceCall, same).Object);
        Assert.Equal(ProcessAllAccess, Entry(k.AliceCall, same).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out _, ProcessAllAccess, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentThread,
            NtHandle.CurrentProcess, out var thread, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Same(k.AliceCall.Thread, Entry(k.AliceCall, thread).Object);
    }

    [Fact]
    public void Reserved_access_bits_are_denied_before_anything_else()
    {
        // HDL-06 (om.c test_duplicate_object): access ~0 on the current-process pseudo-handle -> STATUS_ACCESS_DENIED, handle NULL.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out var h, uint.MaxValue, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtHandle.Null, h);
        // DUPLICATE_SAME_ACCESS ignores DesiredAccess, reserved bits included.
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out _, uint.MaxValue, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
    }

    [Fact]
    public void A_process_sd_restricts_reopening_by_id_and_widening_duplicates()
    {
        // ACC-28 (test_process_security_child): process SD [Deny owner PROCESS_VM_READ, Allow owner ALL]: OpenProcess(PROCESS_TERMINATE) ok,
        // PROCESS_VM_READ and PROCESS_ALL_ACCESS fail; duplicating a PROCESS_TERMINATE handle asking PROCESS_ALL_ACCESS -> access denied.
        var k = new ObjectRoutinesFixture();
        var sd = k.Alice.Security;
        k.Alice.SetSecurity(new SecurityDescriptor(SecurityDescriptorControl.None, sd.Owner, sd.Group,
            new Acl([Deny(sd.Owner!, ProcessVmRead), Allow(sd.Owner!, ProcessAllAccess)]), sd.Sacl));
        var cid = new ClientId(k.Alice.ProcessId);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessTerminate, ObjectAttributeFlags.None, cid, out var terminate));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessVmRead, ObjectAttributeFlags.None, cid, out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessAllAccess, ObjectAttributeFlags.None, cid, out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, terminate,
            NtHandle.CurrentProcess, out _, ProcessAllAccess, ObjectAttributeFlags.None, DuplicateOptions.None));
        // The pseudo-handle still duplicates with full access: it is the caller's own handle, not an open.
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out var full, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(ProcessAllAccess, Entry(k.AliceCall, full).GrantedAccess);
    }

    [Fact]
    public void Zero_access_and_subset_access_are_not_checked()
    {
        // om.c test_zero_access: NtDuplicateObject(h1, 0) and (h1, EVENT_ALL_ACCESS) succeed for the creator's full handle.
        var s = new DupSetup();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out var zero, 0, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(0u, Entry(s.K.AliceCall, zero).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out _, EventAllAccess, ObjectAttributeFlags.None, DuplicateOptions.None));
        // MAXIMUM_ALLOWED is outside the type's valid mask and is dropped, as ObDuplicateObject masks it.
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            NtHandle.CurrentProcess, out var max, MaximumAllowed, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(0u, Entry(s.K.AliceCall, max).GrantedAccess);
    }

    [Fact]
    public void Attributes_come_from_the_request_or_the_source()
    {
        // ReactOS apitest NtDuplicateObject: HandleAttributes OBJ_PROTECT_CLOSE (0x1) -> NtClose gives STATUS_HANDLE_NOT_CLOSABLE.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, out var protectedHandle, GenericAll, (ObjectAttributeFlags)0x1, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_HANDLE_NOT_CLOSABLE, ObjectHandles.NtClose(k.AliceCall, protectedHandle));
        // ZwDuplicateObject page: DUPLICATE_SAME_ATTRIBUTES copies the source's attributes instead of HandleAttributes.
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.OBJ_INHERIT, null,
            EventType.NotificationEvent, false, out var inheritable));
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, inheritable,
            NtHandle.CurrentProcess, out var copy, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS | DuplicateOptions.DUPLICATE_SAME_ATTRIBUTES));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, Entry(k.AliceCall, copy).Attributes);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess, inheritable,
            NtHandle.CurrentProcess, out var plain, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(ObjectAttributeFlags.None, Entry(k.AliceCall, plain).Attributes);
    }

    [Fact]
    public void Close_source_closes_even_when_the_duplicate_fails()
    {
        // DuplicateHandle page: DUPLICATE_CLOSE_SOURCE "Closes the source handle. This occurs regardless of any error status returned."
        var s = new DupSetup();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(s.K.AliceCall, Synchronize, DupName, ObjectAttributeFlags.None, out var extra));
        Impersonate(s.K.AliceCall.Thread, s.Restricted, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, extra,
            NtHandle.CurrentProcess, out _, EventModifyState, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_CLOSE_SOURCE));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, s.K.Alice.Handles.Lookup(extra, out _));
        // A bad target process handle fails too, and still closes the source.
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.SyncEvent,
            new NtHandle(0xdead0), out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_CLOSE_SOURCE | DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, s.K.Alice.Handles.Lookup(s.SyncEvent, out _));
        // On success the source is closed and the copy lives on.
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            NtHandle.CurrentProcess, out var moved, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_CLOSE_SOURCE | DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(EventAllAccess, Entry(s.K.AliceCall, moved).GrantedAccess);
    }

    [Fact]
    public void Without_a_target_process_only_a_close_is_possible()
    {
        // ZwDuplicateObject page: TargetProcessHandle may be NULL if DUPLICATE_CLOSE_SOURCE is set; otherwise (ReactOS ObDuplicateObject)
        // STATUS_INVALID_PARAMETER. This is how a handle is closed in another process.
        var s = new DupSetup();
        var child = s.StartChild();
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            HandleTo(s.K.AliceCall, child, ProcessDupHandle), out var inChild, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        var childHandle = HandleTo(s.K.AliceCall, child, ProcessDupHandle);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, HandleDuplication.NtDuplicateObject(s.K.AliceCall, childHandle, inChild, NtHandle.Null,
            out _, 0, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtStatus.STATUS_SUCCESS, child.Handles.Lookup(inChild, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.NtDuplicateObject(s.K.AliceCall, childHandle, inChild, NtHandle.Null,
            out var none, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_CLOSE_SOURCE));
        Assert.Equal(NtHandle.Null, none);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, child.Handles.Lookup(inChild, out _));
    }

    [Fact]
    public void Process_handles_need_PROCESS_DUP_HANDLE_and_source_handles_must_exist()
    {
        // ZwDuplicateObject page: PROCESS_DUP_HANDLE on both processes; om.c test_duplicate_object: bad source -> STATUS_INVALID_HANDLE, NULL out.
        var s = new DupSetup();
        var child = s.StartChild();
        var weakChild = HandleTo(s.K.AliceCall, child, ProcessQueryLimited);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, s.AllEvent,
            weakChild, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, HandleDuplication.NtDuplicateObject(s.K.AliceCall, weakChild, new NtHandle(4),
            NtHandle.CurrentProcess, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, HandleDuplication.NtDuplicateObject(s.K.AliceCall, s.AllEvent, s.AllEvent,
            NtHandle.CurrentProcess, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, new NtHandle(0xdead),
            NtHandle.CurrentProcess, out var h, ProcessAllAccess, ObjectAttributeFlags.None, DuplicateOptions.None));
        Assert.Equal(NtHandle.Null, h);
        // The token pseudo-handles are not handles of a process table (unverified).
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, HandleDuplication.NtDuplicateObject(s.K.AliceCall, NtHandle.CurrentProcess, NtHandle.CurrentProcessToken,
            NtHandle.CurrentProcess, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
    }

    [Fact]
    public void Kernel_handles_are_invalid_from_user_mode_and_usable_from_kernel_mode()
    {
        // Brief / ObpReferenceProcessObjectByHandle: kernel handles only with previous mode KernelMode.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.ZwCreateEvent(k.SystemCall, EventAllAccess, null, ObjectAttributeFlags.OBJ_KERNEL_HANDLE, null,
            EventType.NotificationEvent, false, out var kernel));
        Assert.True(kernel.IsKernel);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, HandleDuplication.NtDuplicateObject(k.SystemCall, NtHandle.CurrentProcess, kernel,
            NtHandle.CurrentProcess, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.ZwDuplicateObject(k.SystemCall, NtHandle.CurrentProcess, kernel,
            NtHandle.CurrentProcess, out var user, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.False(user.IsKernel);
        Assert.Equal(NtStatus.STATUS_SUCCESS, HandleDuplication.ZwDuplicateObject(k.SystemCall, NtHandle.CurrentProcess, user,
            NtHandle.CurrentProcess, out var kernel2, 0, ObjectAttributeFlags.OBJ_KERNEL_HANDLE, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.True(kernel2.IsKernel);
    }

    [Fact]
    public void Table_failures_leave_the_target_null()
    {
        // The target table's quota and allocation failures.
        var k = new ObjectRoutinesFixture();
        k.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_INSUFFICIENT_RESOURCES, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, NtHandle.CurrentProcess, out var h, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(NtHandle.Null, h);
        k.Alice.Handles.Quota = k.Alice.Handles.Count;
        Assert.Equal(NtStatus.STATUS_QUOTA_EXCEEDED, HandleDuplication.NtDuplicateObject(k.AliceCall, NtHandle.CurrentProcess,
            NtHandle.CurrentProcess, NtHandle.CurrentProcess, out _, 0, ObjectAttributeFlags.None, DuplicateOptions.DUPLICATE_SAME_ACCESS));
    }
}
