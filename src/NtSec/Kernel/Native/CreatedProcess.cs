namespace NtSec.Kernel.Native;

/// <summary>What a process creation gives its creator: handles to the new process and its first thread, and their ids.</summary>
/// <param name="ProcessHandle">A handle with full access to the new process.</param>
/// <param name="ThreadHandle">A handle with full access to its main thread.</param>
/// <param name="ProcessId">The new process id.</param>
/// <param name="ThreadId">The main thread's id.</param>
public sealed record CreatedProcess(NtHandle ProcessHandle, NtHandle ThreadHandle, int ProcessId, int ThreadId);
