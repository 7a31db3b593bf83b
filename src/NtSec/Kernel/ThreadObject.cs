using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Kernel;

/// <summary>A thread: its process, id, name and impersonation state.</summary>
public sealed class ThreadObject : KernelObject
{
    private ImpersonationState? _impersonation;
    private uint _lastError;

    internal ThreadObject(ProcessObject process, int threadId, string name, SecurityDescriptor security)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.Thread), security, null)
    {
        Process = process;
        ThreadId = threadId;
        ThreadName = name;
    }

    /// <summary>The owning process.</summary>
    public ProcessObject Process { get; }

    /// <summary>The thread id (a multiple of 4, as on Windows).</summary>
    public int ThreadId { get; }

    /// <summary>The scenario name of the thread ("main", "worker").</summary>
    public string ThreadName { get; }

    /// <summary>The thread's last-error value (the TEB's LastErrorValue): what GetLastError returns.</summary>
    public uint LastError
    {
        get => Volatile.Read(ref _lastError);
        set => Volatile.Write(ref _lastError, value);
    }

    /// <summary>The impersonation in force, or null when the thread runs as its process.</summary>
    public ImpersonationState? Impersonation
    {
        get => Volatile.Read(ref _impersonation);
        internal set => Volatile.Write(ref _impersonation, value);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Process.ImageName}/{ThreadName} (tid {ThreadId})";
}
