using NtSec.Kernel;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>GetLastError and SetLastError (errhandlingapi.h, kernel32.dll): the calling thread's last-error value.</summary>
public static class Kernel32Errors
{
    /// <summary>GetLastError: the calling thread's last-error code (the TEB's LastErrorValue).</summary>
    /// <param name="call">The calling thread.</param>
    public static Win32Error GetLastError(KernelCall call)
    {
        Win32Call.Enter(call);
        return (Win32Error)call.Thread.LastError;
    }

    /// <summary>SetLastError: sets the calling thread's last-error code.</summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="dwErrCode">dwErrCode: the new last-error code.</param>
    public static void SetLastError(KernelCall call, Win32Error dwErrCode)
    {
        Win32Call.Enter(call);
        call.Thread.LastError = (uint)dwErrCode;
    }
}
