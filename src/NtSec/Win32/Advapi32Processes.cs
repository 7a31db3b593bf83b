using NtSec.Kernel.Native;
using NtSec.Kernel;

namespace NtSec.Win32;

/// <summary>CreateProcessWithTokenW (winbase.h, advapi32.dll).</summary>
public static class Advapi32Processes
{
    /// <summary>
    /// CreateProcessWithTokenW: a new process running as a primary copy of <paramref name="hToken"/>, made by the
    /// secondary logon service for the caller. The caller's effective token must hold SeImpersonatePrivilege
    /// enabled, else FALSE with ERROR_PRIVILEGE_NOT_HELD ("The process that calls CreateProcessWithTokenW must
    /// have the SE_IMPERSONATE_NAME privilege. If this function fails with ERROR_PRIVILEGE_NOT_HELD (1314), use
    /// the CreateProcessAsUser or CreateProcessWithLogonW function instead", CreateProcessWithTokenW page;
    /// research/users.md 4.12, 4.13). The token handle needs TOKEN_QUERY, TOKEN_DUPLICATE and
    /// TOKEN_ASSIGN_PRIMARY (ERROR_ACCESS_DENIED); an impersonation token is made primary like DuplicateTokenEx
    /// does, so one below SecurityImpersonation fails with ERROR_BAD_IMPERSONATION_LEVEL (unverified: the page
    /// asks for a primary token). ERROR_INVALID_PARAMETER when there is no image name.
    /// </summary>
    /// <remarks>
    /// Not modelled: the logon flags (profile loading), the creation flags, the environment, the current
    /// directory and the startup information; the new process runs in the token's session. See
    /// <see cref="Kernel32Processes.CreateProcessAsUserW"/> for the stand-in that creates the process.
    /// </remarks>
    /// <param name="call">The calling thread.</param>
    /// <param name="hToken">hToken: with TOKEN_QUERY, TOKEN_DUPLICATE and TOKEN_ASSIGN_PRIMARY.</param>
    /// <param name="dwLogonFlags">dwLogonFlags: LOGON_WITH_PROFILE, LOGON_NETCREDENTIALS_ONLY (not modelled).</param>
    /// <param name="lpApplicationName">lpApplicationName: the new process's image name, or null.</param>
    /// <param name="lpCommandLine">lpCommandLine: its first word names the image when <paramref name="lpApplicationName"/> is null.</param>
    /// <param name="dwCreationFlags">dwCreationFlags (not modelled).</param>
    /// <param name="lpEnvironment">lpEnvironment (not modelled).</param>
    /// <param name="lpCurrentDirectory">lpCurrentDirectory (not modelled).</param>
    /// <param name="lpStartupInfo">lpStartupInfo (not modelled).</param>
    /// <param name="lpProcessInformation">lpProcessInformation: the new process's and thread's handles and ids; null on failure.</param>
    public static bool CreateProcessWithTokenW(KernelCall call, NtHandle hToken, uint dwLogonFlags, string? lpApplicationName, string? lpCommandLine,
        uint dwCreationFlags, object? lpEnvironment, string? lpCurrentDirectory, object? lpStartupInfo, out ProcessInformation? lpProcessInformation)
    {
        Win32Call.Enter(call);
        lpProcessInformation = null;
        if (Kernel32Processes.ImageName(lpApplicationName, lpCommandLine) is not { } image)
        {
            return Win32Call.Fail(call, Status.Win32Error.ERROR_INVALID_PARAMETER);
        }

        var status = ProcessCreation.Create(call, hToken, image, ProcessCreation.Gate.Impersonate, false, false, out var created);
        lpProcessInformation = ProcessInformation.From(created);
        return Win32Call.Check(call, status);
    }
}
