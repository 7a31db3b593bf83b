using NtSec.Kernel.Impersonation;

namespace NtSec.Kernel.Pipes;

/// <summary>
/// One instance of a named pipe (made by each CreateNamedPipe): its state, its server end, the client end
/// connected to it, the client's SECURITY_QUALITY_OF_SERVICE and process id, the two message queues, and the
/// client security contexts. All members are read and changed under the file system's lock.
/// </summary>
public sealed class NamedPipeInstance
{
    internal NamedPipeInstance(NamedPipeObject pipe, bool messageReadMode, bool noWait)
    {
        Pipe = pipe;
        ServerFile = new NamedPipeFile(this, PipeEnd.Server, messageReadMode, noWait);
    }

    /// <summary>The pipe.</summary>
    public NamedPipeObject Pipe { get; }

    /// <summary>The server end (the handle CreateNamedPipe returned).</summary>
    public NamedPipeFile ServerFile { get; }

    /// <summary>The connected client end, or null.</summary>
    public NamedPipeFile? ClientFile { get; internal set; }

    /// <summary>The state as of the last operation (a closed client end is seen as <see cref="NamedPipeState.Closing"/>).</summary>
    public NamedPipeState State
    {
        get
        {
            var state = StoredState;
            return state == NamedPipeState.Connected && ClientFile is { IsClosed: true } ? NamedPipeState.Closing : state;
        }
    }

    /// <summary>The id of the process that opened the client end last (0 before any client).</summary>
    public int ClientProcessId { get; internal set; }

    /// <summary>The client's quality of service, from its open (null before any client).</summary>
    public SecurityQualityOfService? ClientQos { get; internal set; }

    /// <summary>
    /// For static tracking: the client's context, a snapshot taken when the client first wrote; every later
    /// message carries the same snapshot. Null before that, and for dynamic tracking.
    /// </summary>
    public ClientSecurityContext? StaticClientContext { get; internal set; }

    /// <summary>The context of the last client message the server read: what ImpersonateNamedPipeClient uses.</summary>
    public ClientSecurityContext? ServerClientContext { get; internal set; }

    internal NamedPipeState StoredState { get; set; } = NamedPipeState.Listening;

    /// <summary>Messages from the client, waiting for the server.</summary>
    internal Queue<PipeMessage> ToServer { get; } = new();

    /// <summary>Messages from the server, waiting for the client.</summary>
    internal Queue<PipeMessage> ToClient { get; } = new();
}
