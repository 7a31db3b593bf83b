using NtSec.Kernel;
using NtSec.Kernel.Native;

namespace NtSec.Win32;

/// <summary>
/// The handle functions of kernel32 (handleapi.h, processthreadsapi.h): GetCurrentProcess,
/// GetCurrentThread, CloseHandle and DuplicateHandle, over NtClose and NtDuplicateObject.
/// </summary>
public static class Kernel32Handles
{
    /// <summary>GetCurrentProcess: the pseudo-handle (HANDLE)-1, which stands for the calling process with PROCESS_ALL_ACCESS.</summary>
    /// <param name="call">The calling thread.</param>
    public static NtHandle GetCurrentProcess(KernelCall call)
    {
        Win32Call.Enter(call);
        return NtHandle.CurrentProcess;
    }

    /// <summary>GetCurrentThread: the pseudo-handle (HANDLE)-2, which stands for the calling thread with THREAD_ALL_ACCESS.</summary>
    /// <param name="call">The calling thread.</param>
    public static NtHandle GetCurrentThread(KernelCall call)
    {
        Win32Call.Enter(call);
        return NtHandle.CurrentThread;
    }

    /// <summary>
    /// CloseHandle: NtClose. FALSE with ERROR_INVALID_HANDLE for a handle that is not open (or is protected
    /// from close: STATUS_HANDLE_NOT_CLOSABLE maps to the same error). Closing a pseudo-handle succeeds and
    /// does nothing.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hObject">hObject: the handle to close.</param>
    public static bool CloseHandle(KernelCall call, NtHandle hObject)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, ObjectHandles.NtClose(call, hObject));
    }

    /// <summary>
    /// DuplicateHandle: NtDuplicateObject with HandleAttributes OBJ_INHERIT when <paramref name="bInheritHandle"/>
    /// is TRUE and the options passed through. The access rules (HDL-01..06: access within the source handle's
    /// is not checked, access beyond it is checked against the impersonation token or the target process's
    /// token) are the native routine's. <paramref name="lpTargetHandle"/> is NULL on failure.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hSourceProcessHandle">hSourceProcessHandle: the source process, with PROCESS_DUP_HANDLE.</param>
    /// <param name="hSourceHandle">hSourceHandle: the handle to duplicate, valid in the source process.</param>
    /// <param name="hTargetProcessHandle">hTargetProcessHandle: the target process, with PROCESS_DUP_HANDLE.</param>
    /// <param name="lpTargetHandle">lpTargetHandle: the new handle, valid in the target process.</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess: ignored with DUPLICATE_SAME_ACCESS.</param>
    /// <param name="bInheritHandle">bInheritHandle: whether the new handle is inheritable.</param>
    /// <param name="dwOptions">dwOptions: DUPLICATE_CLOSE_SOURCE, DUPLICATE_SAME_ACCESS.</param>
    public static bool DuplicateHandle(KernelCall call, NtHandle hSourceProcessHandle, NtHandle hSourceHandle, NtHandle hTargetProcessHandle,
        out NtHandle lpTargetHandle, uint dwDesiredAccess, bool bInheritHandle, DuplicateOptions dwOptions)
    {
        Win32Call.Enter(call);
        var attributes = bInheritHandle ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        var status = HandleDuplication.NtDuplicateObject(call, hSourceProcessHandle, hSourceHandle, hTargetProcessHandle, out lpTargetHandle,
            dwDesiredAccess, attributes, dwOptions);
        return Win32Call.Check(call, status);
    }
}
