using NtSec.Kernel;
using NtSec.Kernel.Pipes;

namespace NtSec.Win32;

/// <summary>ImpersonateNamedPipeClient (namedpipeapi.h, advapi32.dll).</summary>
public static class Advapi32NamedPipes
{
    /// <summary>
    /// ImpersonateNamedPipeClient: FSCTL_PIPE_IMPERSONATE. The calling thread impersonates "the security context of the
    /// last message read from the pipe" through SeImpersonateClientEx, so the impersonation check applies: a server
    /// without SeImpersonatePrivilege impersonating another user gets TRUE and an Identification-level token
    /// (docs/impersonation.md). FALSE with ERROR_CANNOT_IMPERSONATE before a client message was read (IMP-13),
    /// ERROR_INVALID_FUNCTION for a client end (unverified), ERROR_INVALID_HANDLE.
    /// </summary>
    /// <param name="call">The server thread.</param>
    /// <param name="hNamedPipe">hNamedPipe: the server end.</param>
    public static bool ImpersonateNamedPipeClient(KernelCall call, NtHandle hNamedPipe)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, NamedPipeFileSystem.FsctlPipeImpersonate(call, hNamedPipe));
    }
}
