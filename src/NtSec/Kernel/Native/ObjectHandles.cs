using NtSec.Status;

namespace NtSec.Kernel.Native;

/// <summary>NtClose / ZwClose: handles are released by closing them.</summary>
public static class ObjectHandles
{
    /// <summary>NtClose: STATUS_INVALID_HANDLE for an unknown handle, STATUS_HANDLE_NOT_CLOSABLE for a protected one.</summary>
    public static NtStatus NtClose(KernelCall call, NtHandle handle) => ObjectManager.Close(call, handle);

    /// <summary>ZwClose: NtClose with previous mode KernelMode (kernel handles may be closed).</summary>
    public static NtStatus ZwClose(KernelCall call, NtHandle handle) => ObjectManager.Close(call.AsKernel(), handle);
}
