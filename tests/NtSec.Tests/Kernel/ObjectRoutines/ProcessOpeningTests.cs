using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.ObjectRoutines.ObjectRoutinesFixture;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>NtOpenProcess and NtOpenThread: client ids, the process/thread descriptors, SeDebugPrivilege.</summary>
public class ProcessOpeningTests
{
    [Fact]
    public void Client_ids_that_name_no_process_are_invalid()
    {
        // om.c test_process: {0,0}, {0xdeadbeef,0xdeadbeef}, {thread id, 0} -> STATUS_INVALID_CID with a NULL handle; {pid, 0} and
        // {pid, own tid} succeed. ZwOpenProcess page: no client id -> STATUS_INVALID_PARAMETER_MIX.
        var k = new ObjectRoutinesFixture();
        var self = k.Alice.ProcessId;
        var tid = k.AliceCall.Thread.ThreadId;
        foreach (var bad in new[] { new ClientId(0), new ClientId(unchecked((int)0xdeadbeef), unchecked((int)0xdeadbeef)), new ClientId(tid) })
        {
            Assert.Equal(NtStatus.STATUS_INVALID_CID, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, ObjectAttributeFlags.None, bad, out var h));
            Assert.Equal(NtHandle.Null, h);
        }

        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, ObjectAttributeFlags.None, new ClientId(self), out var p));
        Assert.Same(k.Alice, Entry(k.AliceCall, p).Object);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, ObjectAttributeFlags.None, new ClientId(self, tid), out _));
        // A thread of another process: the pair does not match (PsLookupProcessThreadByCid).
        Assert.Equal(NtStatus.STATUS_INVALID_CID, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, ObjectAttributeFlags.None,
            new ClientId(self, k.ServiceCall.Thread.ThreadId), out _));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER_MIX, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, ObjectAttributeFlags.None, null, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, ProcessOpening.NtOpenProcess(k.AliceCall, ProcessQueryLimited, (ObjectAttributeFlags)0x10000,
            new ClientId(self), out _));
    }

    [Fact]
    public void Zero_access_is_denied()
    {
        // om.c test_zero_access: NtOpenProcess(own pid, 0) and NtOpenThread({0, own tid}, 0) -> STATUS_ACCESS_DENIED.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(k.AliceCall, 0, ObjectAttributeFlags.None, new ClientId(k.Alice.ProcessId), out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenThread(k.AliceCall, 0, ObjectAttributeFlags.None,
            new ClientId(0, k.AliceCall.Thread.ThreadId), out var h));
        Assert.Equal(NtHandle.Null, h);
    }

    [Fact]
    public void Same_user_processes_open_each_other_and_other_users_do_not()
    {
        // users.md 4.10 (a): the process DACL comes from the creator's default DACL, so every process of the same user can open the others;
        // NetworkService is not in alice's default DACL. HDL-05: PROCESS_QUERY_INFORMATION also holds PROCESS_QUERY_LIMITED_INFORMATION.
        var k = new ObjectRoutinesFixture();
        var second = StandardMachine.CreateProcess(k.Machine, "alice-other", "alice");
        var secondCall = new KernelCall(second.FindThread("main")!);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(secondCall, MaximumAllowed, ObjectAttributeFlags.None, new ClientId(k.Alice.ProcessId), out var all));
        Assert.Equal(ProcessAllAccess, Entry(secondCall, all).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(secondCall, ProcessQueryInformation, ObjectAttributeFlags.OBJ_INHERIT,
            new ClientId(k.Alice.ProcessId), out var query));
        Assert.Equal(ProcessQueryInformation | ProcessQueryLimited, Entry(secondCall, query).GrantedAccess);
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, Entry(secondCall, query).Attributes);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(k.ServiceCall, ProcessQueryLimited, ObjectAttributeFlags.None,
            new ClientId(k.Alice.ProcessId), out var none));
        Assert.Equal(NtHandle.Null, none);
    }

    [Fact]
    public void SeDebugPrivilege_grants_the_request_whatever_the_descriptor()
    {
        // OpenProcess page: "If the caller has enabled the SeDebugPrivilege privilege, the requested access is granted regardless of the
        // contents of the security descriptor." The System process (SYSTEM's DACL, System-level label) refuses an elevated admin otherwise.
        var k = new ObjectRoutinesFixture();
        var admin = StandardMachine.CreateProcess(k.Machine, "admin-app", "admin", elevated: true);
        var call = new KernelCall(admin.FindThread("main")!);
        var system = new ClientId(Machine.SystemProcessId);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(call, ProcessAllAccess, ObjectAttributeFlags.None, system, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(call, ProcessQueryLimited, ObjectAttributeFlags.None, system, out _));
        // The privilege is held but disabled in the admin token: enable it (AdjustTokenPrivileges) through the effective token.
        Impersonate(call.Thread, WithPrivilege(TokenPresets.Admin, WellKnownPrivilege.SeDebugPrivilege), SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(call, ProcessAllAccess, ObjectAttributeFlags.None, system, out var h));
        Assert.Equal(ProcessAllAccess, Entry(call, h).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenProcess(call, MaximumAllowed, ObjectAttributeFlags.None, system, out var max));
        Assert.Equal(ProcessAllAccess, Entry(call, max).GrantedAccess);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenThread(call, ThreadAllAccess, ObjectAttributeFlags.None,
            new ClientId(0, k.Machine.SystemProcess.FindThread("main")!.ThreadId), out _));
        // Zero access and ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege still fail (unverified detail, documented).
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenProcess(call, 0, ObjectAttributeFlags.None, system, out _));
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, ProcessOpening.NtOpenProcess(call, AccessSystemSecurity, ObjectAttributeFlags.None,
            new ClientId(k.Alice.ProcessId), out _));
        // An Identification-level impersonation cannot use the privilege: the open fails on the level (IMP-03).
        Impersonate(call.Thread, WithPrivilege(TokenPresets.Admin, WellKnownPrivilege.SeDebugPrivilege), SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, ProcessOpening.NtOpenProcess(call, ProcessAllAccess, ObjectAttributeFlags.None, system, out _));
    }

    [Fact]
    public void A_thread_descriptor_is_checked_when_the_thread_is_opened_by_id()
    {
        // IMP-23 (test_process_security_child): thread SD [Deny THREAD_SET_THREAD_TOKEN, Allow ALL] -> OpenThread(THREAD_SET_THREAD_TOKEN) fails.
        var k = new ObjectRoutinesFixture();
        var thread = k.AliceCall.Thread;
        var sd = thread.Security;
        thread.SetSecurity(new SecurityDescriptor(SecurityDescriptorControl.None, sd.Owner, sd.Group,
            new Acl([Deny(AliceToken.User.Sid, ThreadSetThreadToken), Allow(AliceToken.User.Sid, ThreadAllAccess)]), sd.Sacl));
        var cid = new ClientId(k.Alice.ProcessId, thread.ThreadId);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ProcessOpening.NtOpenThread(k.AliceCall, ThreadSetThreadToken, ObjectAttributeFlags.None, cid, out var h));
        Assert.Equal(NtHandle.Null, h);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None, cid, out var ok));
        Assert.Same(thread, Entry(k.AliceCall, ok).Object);
    }

    [Fact]
    public void Thread_client_ids_must_name_a_thread_of_the_given_process()
    {
        // om.c test_zero_access uses {0, tid}; a process id that is not the thread's, or an unknown thread id, is STATUS_INVALID_CID.
        var k = new ObjectRoutinesFixture();
        var tid = k.AliceCall.Thread.ThreadId;
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None, new ClientId(0, tid), out _));
        Assert.Equal(NtStatus.STATUS_INVALID_CID, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None,
            new ClientId(k.Service.ProcessId, tid), out _));
        Assert.Equal(NtStatus.STATUS_INVALID_CID, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None,
            new ClientId(k.Alice.ProcessId), out _));
        Assert.Equal(NtStatus.STATUS_INVALID_CID, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None,
            new ClientId(0, k.Alice.ProcessId), out _));
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER_MIX, ProcessOpening.NtOpenThread(k.AliceCall, ThreadQueryLimited, ObjectAttributeFlags.None, null, out _));
    }

    [Fact]
    public void Kernel_mode_opens_are_not_checked()
    {
        // ZwOpenProcess from a driver in the System process: no access check; OBJ_KERNEL_HANDLE gives a kernel handle.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ProcessOpening.ZwOpenProcess(k.SystemCall, ProcessAllAccess, ObjectAttributeFlags.OBJ_KERNEL_HANDLE,
            new ClientId(k.Service.ProcessId), out var h));
        Assert.True(h.IsKernel);
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, ProcessOpening.ZwOpenThread(k.AliceCall, ThreadAllAccess, ObjectAttributeFlags.None,
            new ClientId(0, k.AliceCall.Thread.ThreadId), out _));
    }
}
