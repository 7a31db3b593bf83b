using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>
/// LookupPrivilegeValueW and LookupPrivilegeNameW (winbase.h, advapi32.dll): privilege names and LUIDs, as
/// the local security authority answers them (<see cref="PrivilegeTable"/>).
/// </summary>
/// <remarks>
/// The system name: null or empty is the local machine. Any other name is a remote system, which the model
/// does not have; such a call fails with RPC_S_SERVER_UNAVAILABLE (1722), one of the two errors Windows gives
/// for a bogus system name (LUID-04: RPC_S_SERVER_UNAVAILABLE or RPC_S_INVALID_NET_ADDR). The machine's own
/// name is not recognised (the model has no computer name).
/// </remarks>
public static class Advapi32Privileges
{
    /// <summary>RPC_S_SERVER_UNAVAILABLE: "The RPC server is unavailable."</summary>
    public const Win32Error RPC_S_SERVER_UNAVAILABLE = (Win32Error)1722;

    /// <summary>
    /// LookupPrivilegeValueW: the LUID of the privilege named <paramref name="lpName"/>, matched
    /// case-insensitively ("sEcREATEtOKENpRIVILEGE" works). FALSE with ERROR_NO_SUCH_PRIVILEGE for a null,
    /// empty or unknown name (LUID-05); <paramref name="lpLuid"/> is then the zero LUID.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="lpSystemName">lpSystemName: null or empty for the local system.</param>
    /// <param name="lpName">lpName: the privilege name ("SeDebugPrivilege").</param>
    /// <param name="lpLuid">lpLuid: the privilege's LUID.</param>
    public static bool LookupPrivilegeValueW(KernelCall call, string? lpSystemName, string? lpName, out Luid lpLuid)
    {
        Win32Call.Enter(call);
        lpLuid = default;
        if (!string.IsNullOrEmpty(lpSystemName))
        {
            return Win32Call.Fail(call, RPC_S_SERVER_UNAVAILABLE);
        }

        if (!PrivilegeTable.TryGetByName(lpName, out var privilege))
        {
            return Win32Call.Fail(call, Win32Error.ERROR_NO_SUCH_PRIVILEGE);
        }

        lpLuid = privilege.Luid;
        return true;
    }

    /// <summary>
    /// LookupPrivilegeNameW: the name of the privilege whose LUID is <paramref name="lpLuid"/>. The buffer is
    /// modelled by its size: <paramref name="cchName"/> holds the buffer's size in characters. When the name
    /// and its terminating null do not fit, FALSE with ERROR_INSUFFICIENT_BUFFER, <paramref name="cchName"/>
    /// set to the size needed including the terminator and <paramref name="lpName"/> null; on success
    /// <paramref name="lpName"/> is the name and <paramref name="cchName"/> its length without the terminator
    /// (LUID-03). An unknown LUID is ERROR_NO_SUCH_PRIVILEGE, <paramref name="cchName"/> unchanged (LUID-04).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="lpSystemName">lpSystemName: null or empty for the local system.</param>
    /// <param name="lpLuid">lpLuid: the privilege's LUID.</param>
    /// <param name="lpName">lpName: receives the name; null when nothing is written.</param>
    /// <param name="cchName">cchName: in, the buffer's size in characters; out, as described above.</param>
    public static bool LookupPrivilegeNameW(KernelCall call, string? lpSystemName, Luid lpLuid, out string? lpName, ref uint cchName)
    {
        Win32Call.Enter(call);
        lpName = null;
        if (!string.IsNullOrEmpty(lpSystemName))
        {
            return Win32Call.Fail(call, RPC_S_SERVER_UNAVAILABLE);
        }

        if (!PrivilegeTable.TryGetByLuid(lpLuid, out var privilege))
        {
            return Win32Call.Fail(call, Win32Error.ERROR_NO_SUCH_PRIVILEGE);
        }

        uint length = (uint)privilege.Name.Length;
        if (cchName < length + 1)
        {
            cchName = length + 1;
            return Win32Call.Fail(call, Win32Error.ERROR_INSUFFICIENT_BUFFER);
        }

        lpName = privilege.Name;
        cchName = length;
        return true;
    }
}
