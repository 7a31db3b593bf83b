using NtSec.AccessControl.Rights;

namespace NtSec.Kernel.Pipes;

/// <summary>
/// The file object behind a pipe handle: one end (<see cref="End"/>) of one <see cref="NamedPipeInstance"/>.
/// Its type is the named-pipe type (kernel type "File"), its descriptor the pipe's.
/// </summary>
public sealed class NamedPipeFile : KernelObject
{
    private int _opened;

    internal NamedPipeFile(NamedPipeInstance instance, PipeEnd end, bool messageReadMode, bool noWait)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.NamedPipe), instance.Pipe.Security, instance.Pipe.Name)
    {
        Instance = instance;
        End = end;
        MessageReadMode = messageReadMode;
        NoWait = noWait;
    }

    /// <summary>The instance this end belongs to.</summary>
    public NamedPipeInstance Instance { get; }

    /// <summary>Server or client end.</summary>
    public PipeEnd End { get; }

    /// <summary>ReadMode FILE_PIPE_MESSAGE_MODE (PIPE_READMODE_MESSAGE): a read returns at most one message.</summary>
    public bool MessageReadMode { get; }

    /// <summary>CompletionMode FILE_PIPE_COMPLETE_OPERATION (PIPE_NOWAIT): listens and reads return at once.</summary>
    public bool NoWait { get; }

    /// <summary>True once the end had a handle and lost its last one (the end was closed).</summary>
    public bool IsClosed => Volatile.Read(ref _opened) != 0 && HandleCount == 0;

    internal void MarkOpened() => Volatile.Write(ref _opened, 1);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({End} end)";
}
