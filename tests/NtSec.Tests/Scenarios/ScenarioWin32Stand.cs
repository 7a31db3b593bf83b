using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>
/// A stand-in Win32 function in the NtSec.Win32 namespace, written the way the Win32 layer writes them (BOOL
/// result, the thread's last error), so the runner's Win32 handling is tested before that layer lands. The
/// name is not a real Win32 function's.
/// </summary>
public static class ScenarioWin32Stand
{
    public static bool OpenProcessTokenStand(KernelCall call, NtHandle processHandle, uint desiredAccess, out NtHandle tokenHandle)
    {
        var status = TokenOpening.NtOpenProcessToken(call, processHandle, desiredAccess, out tokenHandle);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            call.Thread.LastError = (uint)NtStatusMapping.ToDosError(status);
            return false;
        }

        return true;
    }
}
