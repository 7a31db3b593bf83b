using NtSec.Kernel;

namespace NtSec.Win32;

/// <summary>
/// PROCESS_INFORMATION (processthreadsapi.h): what CreateProcessAsUserW and CreateProcessWithTokenW return.
/// The handles are the creator's, with PROCESS_ALL_ACCESS and THREAD_ALL_ACCESS (the creator is not checked
/// against the new objects' descriptors, ACC-28).
/// </summary>
/// <param name="HProcess">hProcess: a handle to the new process.</param>
/// <param name="HThread">hThread: a handle to its primary thread.</param>
/// <param name="DwProcessId">dwProcessId.</param>
/// <param name="DwThreadId">dwThreadId.</param>
public sealed record ProcessInformation(NtHandle HProcess, NtHandle HThread, int DwProcessId, int DwThreadId)
{
    /// <summary>The PROCESS_INFORMATION of a created process, or null when creation failed.</summary>
    internal static ProcessInformation? From(NtSec.Kernel.Native.CreatedProcess? created) =>
        created is null ? null : new(created.ProcessHandle, created.ThreadHandle, created.ProcessId, created.ThreadId);
}
