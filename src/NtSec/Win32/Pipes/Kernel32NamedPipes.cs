using NtSec.Kernel;
using NtSec.Kernel.Pipes;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>
/// CreateNamedPipeW, ConnectNamedPipe, DisconnectNamedPipe and GetNamedPipeClientProcessId (namedpipeapi.h / winbase.h,
/// kernel32.dll) over the named-pipe file system (<see cref="NamedPipeFileSystem"/>). Synchronous handles only.
/// </summary>
public static class Kernel32NamedPipes
{
    /// <summary>PIPE_ACCESS_INBOUND (dwOpenMode): client to server; the server end gets GENERIC_READ.</summary>
    public const uint PipeAccessInbound = 0x1;

    /// <summary>PIPE_ACCESS_OUTBOUND (dwOpenMode): server to client; the server end gets GENERIC_WRITE.</summary>
    public const uint PipeAccessOutbound = 0x2;

    /// <summary>PIPE_ACCESS_DUPLEX (dwOpenMode).</summary>
    public const uint PipeAccessDuplex = 0x3;

    /// <summary>FILE_FLAG_FIRST_PIPE_INSTANCE (dwOpenMode, 0x00080000; the same bit as WRITE_OWNER, which the model therefore does not take from dwOpenMode).</summary>
    public const uint FileFlagFirstPipeInstance = 0x0008_0000;

    /// <summary>PIPE_NOWAIT (dwPipeMode).</summary>
    public const uint PipeNoWait = 0x1;

    /// <summary>PIPE_READMODE_MESSAGE (dwPipeMode).</summary>
    public const uint PipeReadModeMessage = 0x2;

    /// <summary>PIPE_TYPE_MESSAGE (dwPipeMode).</summary>
    public const uint PipeTypeMessage = 0x4;

    /// <summary>PIPE_UNLIMITED_INSTANCES (nMaxInstances).</summary>
    public const uint PipeUnlimitedInstances = 255;

    private const uint GenericRead = 0x8000_0000, GenericWrite = 0x4000_0000, Synchronize = 0x0010_0000, WriteDac = 0x0004_0000,
        AccessSystemSecurity = 0x0100_0000, FileFlagOverlapped = 0x4000_0000;

    /// <summary>
    /// CreateNamedPipeW: NtCreateNamedPipeFile for \\.\pipe\X with GENERIC_READ (inbound) and/or GENERIC_WRITE (outbound),
    /// SYNCHRONIZE (synchronous handles), WRITE_DAC and ACCESS_SYSTEM_SECURITY from <paramref name="dwOpenMode"/>; FILE_CREATE
    /// with FILE_FLAG_FIRST_PIPE_INSTANCE, else FILE_OPEN_IF. Without <paramref name="lpSecurityAttributes"/> (or without its
    /// descriptor) the pipe gets the page's default descriptor (<see cref="NamedPipeFileSystem.DefaultPipeSecurity"/>). On
    /// failure INVALID_HANDLE_VALUE with ERROR_INVALID_PARAMETER (no access mode, PIPE_READMODE_MESSAGE with PIPE_TYPE_BYTE,
    /// nMaxInstances 0 or above 255), ERROR_INVALID_NAME (not \\.\pipe\X), ERROR_ACCESS_DENIED (FILE_FLAG_FIRST_PIPE_INSTANCE
    /// and the pipe exists, or FILE_CREATE_PIPE_INSTANCE refused), ERROR_PIPE_BUSY (nMaxInstances reached),
    /// ERROR_BAD_IMPERSONATION_LEVEL.
    /// </summary>
    /// <param name="call">The server thread.</param>
    /// <param name="lpName">lpName: \\.\pipe\X.</param>
    /// <param name="dwOpenMode">dwOpenMode: PIPE_ACCESS_*, FILE_FLAG_FIRST_PIPE_INSTANCE, WRITE_DAC, ACCESS_SYSTEM_SECURITY.</param>
    /// <param name="dwPipeMode">dwPipeMode: PIPE_TYPE_MESSAGE, PIPE_READMODE_MESSAGE, PIPE_NOWAIT.</param>
    /// <param name="nMaxInstances">nMaxInstances: 1-254, or PIPE_UNLIMITED_INSTANCES (255).</param>
    /// <param name="nOutBufferSize">nOutBufferSize (not modelled).</param>
    /// <param name="nInBufferSize">nInBufferSize (not modelled).</param>
    /// <param name="nDefaultTimeOut">nDefaultTimeOut (not modelled).</param>
    /// <param name="lpSecurityAttributes">lpSecurityAttributes: the descriptor and inheritability, or null.</param>
    public static NtHandle CreateNamedPipeW(KernelCall call, string lpName, uint dwOpenMode, uint dwPipeMode, uint nMaxInstances, uint nOutBufferSize,
        uint nInBufferSize, uint nDefaultTimeOut, SecurityAttributes? lpSecurityAttributes)
    {
        Win32Call.Enter(call);
        ArgumentNullException.ThrowIfNull(lpName);
        _ = nOutBufferSize;
        _ = nInBufferSize;
        _ = nDefaultTimeOut;
        bool messageType = (dwPipeMode & PipeTypeMessage) != 0, messageRead = (dwPipeMode & PipeReadModeMessage) != 0;
        if ((dwOpenMode & PipeAccessDuplex) == 0 || (messageRead && !messageType) || nMaxInstances is 0 or > PipeUnlimitedInstances)
        {
            Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
            return Kernel32Files.InvalidHandleValue;
        }

        if (!lpName.StartsWith(Kernel32Files.PipePrefix, StringComparison.OrdinalIgnoreCase) || lpName.Length == Kernel32Files.PipePrefix.Length)
        {
            Win32Call.Fail(call, Win32Error.ERROR_INVALID_NAME);
            return Kernel32Files.InvalidHandleValue;
        }

        uint access = ((dwOpenMode & PipeAccessInbound) != 0 ? GenericRead : 0) | ((dwOpenMode & PipeAccessOutbound) != 0 ? GenericWrite : 0)
            | ((dwOpenMode & FileFlagOverlapped) == 0 ? Synchronize : 0) | (dwOpenMode & (WriteDac | AccessSystemSecurity));
        var descriptor = lpSecurityAttributes?.LpSecurityDescriptor ?? NamedPipeFileSystem.DefaultPipeSecurity(call.EffectiveToken.State);
        var attributes = ObjectAttributeFlags.OBJ_CASE_INSENSITIVE
            | (lpSecurityAttributes?.BInheritHandle == true ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None);
        var status = NamedPipeFileSystem.NtCreateNamedPipeFile(call, access, Kernel32Files.PipeObjectName(lpName), attributes, descriptor,
            (dwOpenMode & FileFlagFirstPipeInstance) != 0 ? NamedPipeFileSystem.FileCreate : NamedPipeFileSystem.FileOpenIf,
            messageType ? 1u : 0, messageRead ? 1u : 0, (dwPipeMode & PipeNoWait) != 0 ? 1u : 0,
            nMaxInstances == PipeUnlimitedInstances ? NamedPipeFileSystem.UnlimitedInstances : nMaxInstances, out var handle);
        if (!status.IsSuccess())
        {
            Win32Call.Fail(call, status);
            return Kernel32Files.InvalidHandleValue;
        }

        return handle;
    }

    /// <summary>
    /// ConnectNamedPipe (synchronous, no lpOverlapped): FSCTL_PIPE_LISTEN. TRUE when the server end listens (the model
    /// returns at once where Windows would wait for a client); FALSE with ERROR_PIPE_CONNECTED when a client connected
    /// before the call, ERROR_NO_DATA when it connected and closed, ERROR_PIPE_LISTENING in PIPE_NOWAIT mode (all three on
    /// the ConnectNamedPipe page), ERROR_INVALID_HANDLE.
    /// </summary>
    /// <param name="call">The server thread.</param>
    /// <param name="hNamedPipe">hNamedPipe: the server end.</param>
    public static bool ConnectNamedPipe(KernelCall call, NtHandle hNamedPipe)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, NamedPipeFileSystem.FsctlPipeListen(call, hNamedPipe));
    }

    /// <summary>
    /// DisconnectNamedPipe: FSCTL_PIPE_DISCONNECT. The client's unread data is discarded and its end broken
    /// (ERROR_PIPE_NOT_CONNECTED afterwards); the server must ConnectNamedPipe before another client can connect.
    /// </summary>
    /// <param name="call">The server thread.</param>
    /// <param name="hNamedPipe">hNamedPipe: the server end.</param>
    public static bool DisconnectNamedPipe(KernelCall call, NtHandle hNamedPipe)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, NamedPipeFileSystem.FsctlPipeDisconnect(call, hNamedPipe));
    }

    /// <summary>GetNamedPipeClientProcessId: the process id of the pipe's client (0 before any client connected).</summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="pipe">Pipe: either end.</param>
    /// <param name="clientProcessId">ClientProcessId.</param>
    public static bool GetNamedPipeClientProcessId(KernelCall call, NtHandle pipe, out uint clientProcessId)
    {
        Win32Call.Enter(call);
        var status = NamedPipeFileSystem.GetClientProcessId(call, pipe, out int id);
        clientProcessId = (uint)id;
        return Win32Call.Check(call, status);
    }
}
