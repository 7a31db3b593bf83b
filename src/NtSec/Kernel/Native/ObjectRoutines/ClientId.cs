namespace NtSec.Kernel.Native;

/// <summary>CLIENT_ID (ntdef.h): a process id and a thread id; 0 means "not given".</summary>
/// <param name="UniqueProcess">The process id, or 0.</param>
/// <param name="UniqueThread">The thread id, or 0.</param>
public readonly record struct ClientId(int UniqueProcess, int UniqueThread = 0);
