using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Kernel;

/// <summary>A process: its id, image name, primary token, threads and handle table.</summary>
public sealed class ProcessObject : KernelObject
{
    private readonly List<ThreadObject> _threads = [];
    private readonly Lock _threadsLock = new();
    private TokenObject _primaryToken;

    internal ProcessObject(Machine machine, int processId, string imageName, TokenObject primaryToken, uint sessionId,
        SecurityDescriptor security, int handleQuota)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.Process), security, null)
    {
        Machine = machine;
        ProcessId = processId;
        ImageName = imageName;
        _primaryToken = primaryToken;
        SessionId = sessionId;
        Handles = new HandleTable(machine, handleQuota, kernel: false);
    }

    /// <summary>The machine the process runs on.</summary>
    public Machine Machine { get; }

    /// <summary>The process id (a multiple of 4; the System process is 4).</summary>
    public int ProcessId { get; }

    /// <summary>The scenario name of the process ("server", "System").</summary>
    public string ImageName { get; }

    /// <summary>The terminal-services session.</summary>
    public uint SessionId { get; }

    /// <summary>The primary token object.</summary>
    public TokenObject PrimaryToken => Volatile.Read(ref _primaryToken);

    /// <summary>The process's handle table.</summary>
    public HandleTable Handles { get; }

    /// <summary>True for the System process (PID 4), whose threads may create kernel handles.</summary>
    public bool IsSystemProcess => ProcessId == Machine.SystemProcessId;

    /// <summary>The threads, in creation order.</summary>
    public IReadOnlyList<ThreadObject> Threads
    {
        get
        {
            lock (_threadsLock)
            {
                return [.. _threads];
            }
        }
    }

    /// <summary>The thread named <paramref name="name"/>, or null.</summary>
    public ThreadObject? FindThread(string name)
    {
        lock (_threadsLock)
        {
            return _threads.Find(t => string.Equals(t.ThreadName, name, StringComparison.OrdinalIgnoreCase));
        }
    }

    internal void AddThread(ThreadObject thread)
    {
        lock (_threadsLock)
        {
            _threads.Add(thread);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ImageName} (pid {ProcessId})";
}
