using NtSec.Kernel;
using NtSec.Kernel.Native;

namespace NtSec.Win32;

/// <summary>OpenProcess and OpenThread (processthreadsapi.h, kernel32.dll) over NtOpenProcess and NtOpenThread.</summary>
public static class Kernel32Processes
{
    /// <summary>
    /// OpenProcess: NtOpenProcess with CLIENT_ID {<paramref name="dwProcessId"/>, 0}. NULL with
    /// ERROR_INVALID_PARAMETER for an id that names no process (0 included: STATUS_INVALID_CID),
    /// ERROR_ACCESS_DENIED when the process's descriptor refuses the access (an enabled SeDebugPrivilege grants
    /// it regardless, OpenProcess page).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess.</param>
    /// <param name="bInheritHandle">bInheritHandle.</param>
    /// <param name="dwProcessId">dwProcessId.</param>
    public static NtHandle OpenProcess(KernelCall call, uint dwDesiredAccess, bool bInheritHandle, int dwProcessId)
    {
        Win32Call.Enter(call);
        var attributes = bInheritHandle ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        var status = ProcessOpening.NtOpenProcess(call, dwDesiredAccess, attributes, new ClientId(dwProcessId), out var handle);
        return Win32Call.HandleOrNull(call, status, handle);
    }

    /// <summary>
    /// OpenThread: NtOpenThread with CLIENT_ID {0, <paramref name="dwThreadId"/>}. NULL with
    /// ERROR_INVALID_PARAMETER for an unknown id, ERROR_ACCESS_DENIED when the thread's descriptor refuses the
    /// access (IMP-23).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess.</param>
    /// <param name="bInheritHandle">bInheritHandle.</param>
    /// <param name="dwThreadId">dwThreadId.</param>
    public static NtHandle OpenThread(KernelCall call, uint dwDesiredAccess, bool bInheritHandle, int dwThreadId)
    {
        Win32Call.Enter(call);
        var attributes = bInheritHandle ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        var status = ProcessOpening.NtOpenThread(call, dwDesiredAccess, attributes, new ClientId(0, dwThreadId), out var handle);
        return Win32Call.HandleOrNull(call, status, handle);
    }

    /// <summary>
    /// CreateProcessAsUserW: a new process running as a primary copy of <paramref name="hToken"/>, named
    /// <paramref name="lpApplicationName"/> (or, without one, the first word of <paramref name="lpCommandLine"/>).
    /// FALSE with: ERROR_INVALID_HANDLE or ERROR_ACCESS_DENIED (the handle needs TOKEN_QUERY, TOKEN_DUPLICATE
    /// and TOKEN_ASSIGN_PRIMARY); ERROR_BAD_TOKEN_TYPE for an impersonation token ("A handle to the primary
    /// token"; convert one with DuplicateTokenEx); ERROR_PRIVILEGE_NOT_HELD when the caller's effective token
    /// does not hold SeAssignPrimaryTokenPrivilege enabled, unless the token is a restricted version of the
    /// caller's own primary token (CreateProcessAsUser page; research/users.md 4.4, 4.12; CRT-10);
    /// ERROR_INVALID_PARAMETER when there is no name at all. On success the last error is left alone.
    /// </summary>
    /// <remarks>
    /// Not modelled: the process and thread descriptors of <paramref name="lpProcessAttributes"/> and
    /// <paramref name="lpThreadAttributes"/> (the new objects get the default descriptors from the token; only
    /// bInheritHandle is used), handle inheritance, the creation flags (CREATE_SUSPENDED and the rest), the
    /// environment, the current directory and the startup information. The rule is applied by a stand-in for
    /// the kernel's NtCreateUserProcess until the kernel layer models process creation; sibling tokens (Windows
    /// 7 and later) are not exempted.
    /// </remarks>
    /// <param name="call">The calling thread.</param>
    /// <param name="hToken">hToken: a primary token with TOKEN_QUERY, TOKEN_DUPLICATE and TOKEN_ASSIGN_PRIMARY.</param>
    /// <param name="lpApplicationName">lpApplicationName: the new process's image name, or null.</param>
    /// <param name="lpCommandLine">lpCommandLine: its first word names the image when <paramref name="lpApplicationName"/> is null.</param>
    /// <param name="lpProcessAttributes">lpProcessAttributes, or null (NULL).</param>
    /// <param name="lpThreadAttributes">lpThreadAttributes, or null (NULL).</param>
    /// <param name="bInheritHandles">bInheritHandles (not modelled).</param>
    /// <param name="dwCreationFlags">dwCreationFlags (not modelled).</param>
    /// <param name="lpEnvironment">lpEnvironment (not modelled).</param>
    /// <param name="lpCurrentDirectory">lpCurrentDirectory (not modelled).</param>
    /// <param name="lpStartupInfo">lpStartupInfo (not modelled).</param>
    /// <param name="lpProcessInformation">lpProcessInformation: the new process's and thread's handles and ids; null on failure.</param>
    public static bool CreateProcessAsUserW(KernelCall call, NtHandle hToken, string? lpApplicationName, string? lpCommandLine,
        SecurityAttributes? lpProcessAttributes, SecurityAttributes? lpThreadAttributes, bool bInheritHandles, uint dwCreationFlags,
        object? lpEnvironment, string? lpCurrentDirectory, object? lpStartupInfo, out ProcessInformation? lpProcessInformation)
    {
        Win32Call.Enter(call);
        lpProcessInformation = null;
        if (ImageName(lpApplicationName, lpCommandLine) is not { } image)
        {
            return Win32Call.Fail(call, Status.Win32Error.ERROR_INVALID_PARAMETER);
        }

        var status = ProcessCreation.Create(call, hToken, image, ProcessCreation.Gate.AssignPrimary, lpProcessAttributes?.BInheritHandle == true,
            lpThreadAttributes?.BInheritHandle == true, out var created);
        lpProcessInformation = ProcessInformation.From(created);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// The image a process-creating call names: <paramref name="lpApplicationName"/>, else the first word of
    /// <paramref name="lpCommandLine"/> (a quoted first word without its quotes), else null.
    /// </summary>
    internal static string? ImageName(string? lpApplicationName, string? lpCommandLine)
    {
        if (!string.IsNullOrEmpty(lpApplicationName))
        {
            return lpApplicationName;
        }

        string line = (lpCommandLine ?? string.Empty).TrimStart(' ', '\t');
        if (line.Length == 0)
        {
            return null;
        }

        if (line[0] == '"')
        {
            int close = line.IndexOf('"', 1);
            string quoted = close < 0 ? line[1..] : line[1..close];
            return quoted.Length == 0 ? null : quoted;
        }

        int end = line.IndexOfAny([' ', '\t']);
        return end < 0 ? line : line[..end];
    }
}
