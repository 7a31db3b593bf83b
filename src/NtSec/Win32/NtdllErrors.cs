using NtSec.Kernel;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>RtlNtStatusToDosError (winternl.h, ntdll.dll).</summary>
public static class NtdllErrors
{
    /// <summary>
    /// RtlNtStatusToDosError: the Win32 error code for an NTSTATUS, ERROR_MR_MID_NOT_FOUND when it has none
    /// (<see cref="NtStatusMapping.ToDosError"/>). It does not change the thread's last error.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="status">Status: the NTSTATUS to translate.</param>
    public static Win32Error RtlNtStatusToDosError(KernelCall call, NtStatus status)
    {
        Win32Call.Enter(call);
        return NtStatusMapping.ToDosError(status);
    }
}
