using NtSec.Kernel;
using NtSec.Kernel.Pipes;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Win32;

/// <summary>
/// CreateFileW, ReadFile and WriteFile (fileapi.h, kernel32.dll) for the client end of a named pipe and for pipe
/// handles. The model has no file system: a name other than \\.\pipe\X is rejected as a misuse of the model.
/// </summary>
public static class Kernel32Files
{
    /// <summary>SECURITY_SQOS_PRESENT (winbase.h 0x00100000): dwFlagsAndAttributes carries a quality of service.</summary>
    public const uint SecuritySqosPresent = 0x0010_0000;

    /// <summary>SECURITY_ANONYMOUS (SecurityAnonymous &lt;&lt; 16 = 0).</summary>
    public const uint SecurityAnonymous = 0;

    /// <summary>SECURITY_IDENTIFICATION (SecurityIdentification &lt;&lt; 16 = 0x00010000).</summary>
    public const uint SecurityIdentification = 0x0001_0000;

    /// <summary>SECURITY_IMPERSONATION (SecurityImpersonation &lt;&lt; 16 = 0x00020000).</summary>
    public const uint SecurityImpersonation = 0x0002_0000;

    /// <summary>SECURITY_DELEGATION (SecurityDelegation &lt;&lt; 16 = 0x00030000).</summary>
    public const uint SecurityDelegation = 0x0003_0000;

    /// <summary>SECURITY_CONTEXT_TRACKING (0x00040000): dynamic tracking.</summary>
    public const uint SecurityContextTracking = 0x0004_0000;

    /// <summary>SECURITY_EFFECTIVE_ONLY (0x00080000): only the client's enabled groups and privileges.</summary>
    public const uint SecurityEffectiveOnly = 0x0008_0000;

    /// <summary>The local pipe prefix of Win32 names (\\.\pipe\), the object-manager path \??\pipe\ = \Device\NamedPipe\.</summary>
    public const string PipePrefix = "\\\\.\\pipe\\";

    /// <summary>INVALID_HANDLE_VALUE: (HANDLE)-1, what CreateFileW and CreateNamedPipeW return on failure.</summary>
    public static NtHandle InvalidHandleValue => new(-1);

    /// <summary>
    /// CreateFileW for the client end of a pipe: opens \\.\pipe\X (\Device\NamedPipe\X) with
    /// <paramref name="dwDesiredAccess"/> checked against the pipe's descriptor, and passes the quality of service of
    /// <paramref name="dwFlagsAndAttributes"/>: with SECURITY_SQOS_PRESENT, the level in bits 16-17
    /// (SECURITY_ANONYMOUS / IDENTIFICATION / IMPERSONATION / DELEGATION), SECURITY_CONTEXT_TRACKING (dynamic, else static)
    /// and SECURITY_EFFECTIVE_ONLY; without it none, and the pipe file system uses SecurityImpersonation, dynamic tracking,
    /// effective only (<see cref="NamedPipeFileSystem.DefaultClientQos"/>). On failure INVALID_HANDLE_VALUE with
    /// ERROR_FILE_NOT_FOUND (no such pipe), ERROR_PIPE_BUSY (no instance listening), ERROR_ACCESS_DENIED,
    /// ERROR_BAD_IMPERSONATION_LEVEL (opening while impersonating below SecurityImpersonation).
    /// </summary>
    /// <param name="call">The client thread.</param>
    /// <param name="lpFileName">lpFileName: \\.\pipe\X ("pipe" in any case).</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess (GENERIC_READ | GENERIC_WRITE usually).</param>
    /// <param name="dwShareMode">dwShareMode (not modelled).</param>
    /// <param name="lpSecurityAttributes">lpSecurityAttributes: only bInheritHandle matters for an open.</param>
    /// <param name="dwCreationDisposition">dwCreationDisposition (OPEN_EXISTING for pipes; not modelled).</param>
    /// <param name="dwFlagsAndAttributes">dwFlagsAndAttributes: the SECURITY_* flags.</param>
    /// <param name="hTemplateFile">hTemplateFile (ignored when opening an existing file).</param>
    /// <exception cref="ArgumentException"><paramref name="lpFileName"/> is not a local pipe name: the model has no other files.</exception>
    public static NtHandle CreateFileW(KernelCall call, string lpFileName, uint dwDesiredAccess, uint dwShareMode, SecurityAttributes? lpSecurityAttributes,
        uint dwCreationDisposition, uint dwFlagsAndAttributes, NtHandle? hTemplateFile = null)
    {
        Win32Call.Enter(call);
        ArgumentNullException.ThrowIfNull(lpFileName);
        _ = dwShareMode;
        _ = dwCreationDisposition;
        _ = hTemplateFile;
        if (!lpFileName.StartsWith(PipePrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("the model has no file system: only \\\\.\\pipe\\ names can be opened", nameof(lpFileName));
        }

        SecurityQualityOfService? qos = null;
        if ((dwFlagsAndAttributes & SecuritySqosPresent) != 0)
        {
            qos = new SecurityQualityOfService((SecurityImpersonationLevel)((dwFlagsAndAttributes >> 16) & 3),
                (dwFlagsAndAttributes & SecurityContextTracking) != 0 ? ContextTrackingMode.Dynamic : ContextTrackingMode.Static,
                (dwFlagsAndAttributes & SecurityEffectiveOnly) != 0);
        }

        var attributes = lpSecurityAttributes?.BInheritHandle == true ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        var status = NamedPipeFileSystem.CreateClientEnd(call, dwDesiredAccess, PipeObjectName(lpFileName), attributes, qos, out var handle);
        if (!status.IsSuccess())
        {
            Win32Call.Fail(call, status);
            return InvalidHandleValue;
        }

        return handle;
    }

    /// <summary>
    /// WriteFile (synchronous, no lpOverlapped) on a pipe handle: TRUE and <paramref name="lpNumberOfBytesWritten"/>, or
    /// FALSE with ERROR_ACCESS_DENIED (no FILE_WRITE_DATA), ERROR_PIPE_LISTENING, ERROR_PIPE_NOT_CONNECTED, ERROR_NO_DATA
    /// (the other end closed), ERROR_INVALID_HANDLE. A client write carries the client's security context
    /// (<see cref="NamedPipeFileSystem.NtWriteFile"/>).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hFile">hFile: a pipe end.</param>
    /// <param name="lpBuffer">lpBuffer.</param>
    /// <param name="nNumberOfBytesToWrite">nNumberOfBytesToWrite.</param>
    /// <param name="lpNumberOfBytesWritten">lpNumberOfBytesWritten.</param>
    public static bool WriteFile(KernelCall call, NtHandle hFile, byte[] lpBuffer, uint nNumberOfBytesToWrite, out uint lpNumberOfBytesWritten)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, NamedPipeFileSystem.NtWriteFile(call, hFile, lpBuffer, nNumberOfBytesToWrite, out lpNumberOfBytesWritten));
    }

    /// <summary>
    /// ReadFile (synchronous, no lpOverlapped) on a pipe handle: TRUE and <paramref name="lpNumberOfBytesRead"/>; FALSE with
    /// ERROR_MORE_DATA (message read mode, a longer message: the first bytes are read), ERROR_BROKEN_PIPE (the other end
    /// closed), ERROR_NO_DATA (nothing to read: the model does not block), ERROR_PIPE_LISTENING, ERROR_PIPE_NOT_CONNECTED,
    /// ERROR_ACCESS_DENIED, ERROR_INVALID_HANDLE. A server's read makes the message's client context the one
    /// ImpersonateNamedPipeClient uses.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hFile">hFile: a pipe end.</param>
    /// <param name="lpBuffer">lpBuffer: receives the bytes.</param>
    /// <param name="nNumberOfBytesToRead">nNumberOfBytesToRead.</param>
    /// <param name="lpNumberOfBytesRead">lpNumberOfBytesRead.</param>
    public static bool ReadFile(KernelCall call, NtHandle hFile, byte[] lpBuffer, uint nNumberOfBytesToRead, out uint lpNumberOfBytesRead)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, NamedPipeFileSystem.NtReadFile(call, hFile, lpBuffer, nNumberOfBytesToRead, out lpNumberOfBytesRead));
    }

    /// <summary>\\.\pipe\X as the object name \Device\NamedPipe\X.</summary>
    internal static string PipeObjectName(string win32Name) => NamedPipeFileSystem.DevicePrefix + win32Name[PipePrefix.Length..];
}
