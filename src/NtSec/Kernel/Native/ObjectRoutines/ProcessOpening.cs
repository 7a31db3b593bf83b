using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtOpenProcess / ZwOpenProcess and NtOpenThread / ZwOpenThread: a handle to a process or thread
/// found by client id, with the statuses of the ZwOpenProcess page. Protected processes are not
/// modelled. The output handle is NULL on failure.
/// </summary>
public static class ProcessOpening
{
    private const ObjectAttributeFlags HandleAttributeBits = ObjectAttributeFlags.OBJ_INHERIT | ObjectAttributeFlags.OBJ_KERNEL_HANDLE;

    /// <summary>ZwOpenProcess: NtOpenProcess with previous mode KernelMode.</summary>
    public static NtStatus ZwOpenProcess(KernelCall call, uint desiredAccess, ObjectAttributeFlags attributes, ClientId? clientId,
        out NtHandle processHandle) =>
        NtOpenProcess(call.AsKernel(), desiredAccess, attributes, clientId, out processHandle);

    /// <summary>
    /// NtOpenProcess: opens the process whose id is <c>clientId.UniqueProcess</c>; when
    /// <c>UniqueThread</c> is given the thread must belong to it. The access is checked against the
    /// process's descriptor as the caller's effective token, except that an enabled SeDebugPrivilege
    /// grants what is asked (MAXIMUM_ALLOWED: PROCESS_ALL_ACCESS) whatever the descriptor says (OpenProcess
    /// page: "If the caller has enabled the SeDebugPrivilege privilege, the requested access is granted
    /// regardless of the contents of the security descriptor"); zero access, ACCESS_SYSTEM_SECURITY
    /// without SeSecurityPrivilege and an impersonation below SecurityImpersonation still go through the
    /// normal check.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_PARAMETER_MIX (no client id; there is no object name to give);
    /// STATUS_INVALID_CID (id 0, an unknown id, a thread id given as process id, a thread of another
    /// process: om.c test_process on Windows 7-11); STATUS_INVALID_PARAMETER (attribute bits);
    /// STATUS_ACCESS_DENIED (om.c test_zero_access: access 0 on the caller's own process);
    /// STATUS_PRIVILEGE_NOT_HELD; STATUS_BAD_IMPERSONATION_LEVEL; STATUS_QUOTA_EXCEEDED;
    /// STATUS_INSUFFICIENT_RESOURCES.
    /// </returns>
    public static NtStatus NtOpenProcess(KernelCall call, uint desiredAccess, ObjectAttributeFlags attributes, ClientId? clientId,
        out NtHandle processHandle)
    {
        processHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (clientId is not { } cid)
        {
            return NtStatus.STATUS_INVALID_PARAMETER_MIX;
        }

        var process = cid.UniqueProcess == 0 ? null : call.Machine.Processes.FirstOrDefault(p => p.ProcessId == cid.UniqueProcess);
        if (process is null || (cid.UniqueThread != 0 && !process.Threads.Any(t => t.ThreadId == cid.UniqueThread)))
        {
            return NtStatus.STATUS_INVALID_CID;
        }

        return Open(call, process, desiredAccess, attributes, out processHandle);
    }

    /// <summary>ZwOpenThread: NtOpenThread with previous mode KernelMode.</summary>
    public static NtStatus ZwOpenThread(KernelCall call, uint desiredAccess, ObjectAttributeFlags attributes, ClientId? clientId,
        out NtHandle threadHandle) =>
        NtOpenThread(call.AsKernel(), desiredAccess, attributes, clientId, out threadHandle);

    /// <summary>
    /// NtOpenThread: opens the thread whose id is <c>clientId.UniqueThread</c> (the process id may be 0,
    /// om.c test_zero_access, else it must be the thread's). Access as for <see cref="NtOpenProcess"/>,
    /// checked against the thread's descriptor (IMP-23); SeDebugPrivilege likewise grants the request
    /// (ReactOS NtOpenThread, read for behaviour; no Microsoft page says so for threads).
    /// </summary>
    /// <returns>The statuses of <see cref="NtOpenProcess"/>.</returns>
    public static NtStatus NtOpenThread(KernelCall call, uint desiredAccess, ObjectAttributeFlags attributes, ClientId? clientId,
        out NtHandle threadHandle)
    {
        threadHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (clientId is not { } cid)
        {
            return NtStatus.STATUS_INVALID_PARAMETER_MIX;
        }

        ThreadObject? thread = null;
        if (cid.UniqueThread != 0)
        {
            foreach (var process in call.Machine.Processes)
            {
                thread = process.Threads.FirstOrDefault(t => t.ThreadId == cid.UniqueThread);
                if (thread is not null)
                {
                    break;
                }
            }
        }

        if (thread is null || (cid.UniqueProcess != 0 && thread.Process.ProcessId != cid.UniqueProcess))
        {
            return NtStatus.STATUS_INVALID_CID;
        }

        return Open(call, thread, desiredAccess, attributes, out threadHandle);
    }

    private static NtStatus Open(KernelCall call, KernelObject obj, uint desiredAccess, ObjectAttributeFlags attributes, out NtHandle handle)
    {
        handle = NtHandle.Null;
        if (call.IsUserMode && DebugGrant(call, obj, desiredAccess) is { } granted)
        {
            return ObjectManager.CreateHandle(call, obj, granted, attributes & HandleAttributeBits, out handle);
        }

        var status = ObjectManager.CheckAccess(call, obj, desiredAccess, attributes, AccessSubject.Effective, out uint access);
        return status != NtStatus.STATUS_SUCCESS ? status : ObjectManager.CreateHandle(call, obj, access, attributes & HandleAttributeBits, out handle);
    }

    /// <summary>
    /// What an enabled SeDebugPrivilege of the effective token grants without looking at the descriptor
    /// (PsOpenProcess / PsOpenThread), or null when the normal check applies: no privilege, an
    /// impersonation below SecurityImpersonation (SePrivilegeCheck refuses such a token), nothing asked
    /// for, or ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege (unverified: kept with the check).
    /// </summary>
    private static uint? DebugGrant(KernelCall call, KernelObject obj, uint desiredAccess)
    {
        var (token, level) = call.Subject();
        if (!token.HasEnabledPrivilege(WellKnownPrivilege.SeDebugPrivilege)
            || (level is { } l && l < SecurityImpersonationLevel.SecurityImpersonation))
        {
            return null;
        }

        var mapping = obj.Type.GenericMapping;
        uint wanted = mapping.Map(desiredAccess);
        if ((wanted & AccessMask.MaximumAllowed) != 0)
        {
            wanted = (wanted & ~AccessMask.MaximumAllowed) | mapping.GenericAll;
        }

        if (wanted == 0 || ((wanted & AccessMask.AccessSystemSecurity) != 0 && !token.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege)))
        {
            return null;
        }

        return wanted;
    }
}
