using NtSec.Kernel;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>
/// What every Win32 function of the model shares: it runs in user mode, and it turns an NTSTATUS into a
/// BOOL and the thread's last error the way kernelbase's BaseSetLastNTError does
/// (<c>SetLastError(RtlNtStatusToDosError(status))</c>). Success is NT_SUCCESS (informational statuses
/// included); the last error is not written on success unless a function says so.
/// </summary>
internal static class Win32Call
{
    /// <summary>
    /// Checks that <paramref name="call"/> is a user-mode call: Win32 functions are user-mode code, and a
    /// kernel-mode <see cref="KernelCall"/> here is a programming error.
    /// </summary>
    /// <exception cref="ArgumentException">The call is in kernel mode.</exception>
    public static void Enter(KernelCall call)
    {
        ArgumentNullException.ThrowIfNull(call.Thread, nameof(call));
        if (!call.IsUserMode)
        {
            throw new ArgumentException("Win32 functions run in user mode; the call is in kernel mode", nameof(call));
        }
    }

    /// <summary>BaseSetLastNTError: the last error becomes RtlNtStatusToDosError(<paramref name="status"/>); returns FALSE.</summary>
    public static bool Fail(KernelCall call, NtStatus status)
    {
        call.Thread.LastError = (uint)NtStatusMapping.ToDosError(status);
        return false;
    }

    /// <summary>SetLastError(<paramref name="error"/>); returns FALSE.</summary>
    public static bool Fail(KernelCall call, Win32Error error)
    {
        call.Thread.LastError = (uint)error;
        return false;
    }

    /// <summary>TRUE for NT_SUCCESS(<paramref name="status"/>) (last error untouched), else <see cref="Fail(KernelCall, NtStatus)"/>.</summary>
    public static bool Check(KernelCall call, NtStatus status) => status.IsSuccess() || Fail(call, status);

    /// <summary>A handle result: <paramref name="handle"/> on success, NULL with the last error set on failure.</summary>
    public static NtHandle HandleOrNull(KernelCall call, NtStatus status, NtHandle handle)
    {
        if (status.IsSuccess())
        {
            return handle;
        }

        Fail(call, status);
        return NtHandle.Null;
    }
}
