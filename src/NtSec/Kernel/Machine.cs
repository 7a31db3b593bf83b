using System.Collections.Concurrent;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel;

/// <summary>
/// A simulated Windows system: processes and threads, the kernel handle table, named objects,
/// a LUID allocator and injectable faults. Created empty (just the System process) or as the
/// standard machine (`StandardMachine.Create`). Thread-safe.
/// </summary>
public sealed class Machine
{
    /// <summary>The System process's id.</summary>
    public const int SystemProcessId = 4;

    private readonly ConcurrentDictionary<string, ProcessObject> _processes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, KernelObject> _namespace = new(StringComparer.OrdinalIgnoreCase);
    private int _nextClientId = SystemProcessId;

    /// <summary>Creates a machine with only the System process (PID 4, running as <paramref name="systemToken"/>).</summary>
    public Machine(TokenState systemToken)
    {
        ArgumentNullException.ThrowIfNull(systemToken);
        KernelHandles = new HandleTable(this, HandleTable.DefaultQuota, kernel: true);
        SystemProcess = CreateProcess("System", systemToken, sessionId: 0);
    }

    /// <summary>Injected allocation failures.</summary>
    public FaultInjection Faults { get; } = new();

    /// <summary>The source of new LUIDs (token ids, logon sessions).</summary>
    public LuidAllocator Luids { get; } = new();

    /// <summary>The kernel handle table (OBJ_KERNEL_HANDLE).</summary>
    public HandleTable KernelHandles { get; }

    /// <summary>The System process (PID 4).</summary>
    public ProcessObject SystemProcess { get; }

    /// <summary>The processes, by name.</summary>
    public IReadOnlyCollection<ProcessObject> Processes => [.. _processes.Values.OrderBy(p => p.ProcessId)];

    /// <summary>The process named <paramref name="name"/>, or null.</summary>
    public ProcessObject? FindProcess(string name) => _processes.GetValueOrDefault(name);

    /// <summary>
    /// Creates a process running as <paramref name="token"/> (its primary token becomes a new token
    /// object of type TokenPrimary), with a thread named "main". Its process and token objects get
    /// their security from the token (<see cref="ObjectSecurity"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A process with that name exists.</exception>
    public ProcessObject CreateProcess(string name, TokenState token, uint sessionId = 1, int handleQuota = HandleTable.DefaultQuota)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(token);
        var primary = token.Type == TokenType.TokenPrimary ? token : AsPrimary(token);
        var tokenObject = NewTokenObject(primary);
        var security = ObjectSecurity.ForNewObject(primary, ObjectTypeInfo.Get(ObjectTypeKind.Process), null,
            labelPolicy: 0x3); // NO_WRITE_UP | NO_READ_UP on processes (users.md 4.9)
        var process = new ProcessObject(this, NextClientId(), name, tokenObject, sessionId, security, handleQuota);
        if (!_processes.TryAdd(name, process))
        {
            throw new ArgumentException($"a process named '{name}' exists", nameof(name));
        }

        CreateThread(process, "main");
        return process;
    }

    /// <summary>Creates a thread in <paramref name="process"/>.</summary>
    /// <exception cref="ArgumentException">The process has a thread of that name.</exception>
    public ThreadObject CreateThread(ProcessObject process, string name)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (process.FindThread(name) is not null)
        {
            throw new ArgumentException($"process '{process.ImageName}' has a thread named '{name}'", nameof(name));
        }

        var security = ObjectSecurity.ForNewObject(process.PrimaryToken.State, ObjectTypeInfo.Get(ObjectTypeKind.Thread), null, labelPolicy: 0x3);
        var thread = new ThreadObject(process, NextClientId(), name, security);
        process.AddThread(thread);
        return thread;
    }

    /// <summary>A new token object for <paramref name="state"/>, labelled NO_WRITE_UP at its integrity level (SEC-03).</summary>
    public static TokenObject NewTokenObject(TokenState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new TokenObject(state, ObjectSecurity.ForNewObject(state, ObjectTypeInfo.Get(ObjectTypeKind.Token), null, labelPolicy: 0x1));
    }

    /// <summary>Adds a named object (\BaseNamedObjects\...); false when the name is taken.</summary>
    public bool TryAddNamed(KernelObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Name is not null && _namespace.TryAdd(obj.Name, obj);
    }

    /// <summary>
    /// Removes <paramref name="obj"/> from the namespace if it is still the object stored under its
    /// name (a temporary object whose last handle closed); false otherwise.
    /// </summary>
    public bool TryRemoveNamed(KernelObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Name is { } name && _namespace.TryRemove(new KeyValuePair<string, KernelObject>(name, obj));
    }

    /// <summary>The named object, or null.</summary>
    public KernelObject? FindNamed(string name) => _namespace.GetValueOrDefault(name);

    /// <summary>Finds a thread anywhere by "process" (its main thread) or "process/thread".</summary>
    public ThreadObject? FindThread(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int slash = path.IndexOf('/', StringComparison.Ordinal);
        var process = FindProcess(slash < 0 ? path : path[..slash]);
        return process?.FindThread(slash < 0 ? "main" : path[(slash + 1)..]);
    }

    private int NextClientId() => Interlocked.Add(ref _nextClientId, 4) - 4;

    private TokenState AsPrimary(TokenState token)
    {
        var b = token.ToBuilder();
        b.Type = TokenType.TokenPrimary;
        b.TokenId = Luids.Allocate();
        return b.Build();
    }
}
