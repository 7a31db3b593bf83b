namespace NtSec.Kernel.Pipes;

/// <summary>The state of a pipe instance (NamedPipeState of FILE_PIPE_LOCAL_INFORMATION, ntioapi.h).</summary>
public enum NamedPipeState
{
    /// <summary>FILE_PIPE_DISCONNECTED_STATE (1): the server disconnected; no client may connect until it listens again.</summary>
    Disconnected = 1,

    /// <summary>FILE_PIPE_LISTENING_STATE (2): waiting for a client (a new instance starts here).</summary>
    Listening = 2,

    /// <summary>FILE_PIPE_CONNECTED_STATE (3): a client end is open.</summary>
    Connected = 3,

    /// <summary>FILE_PIPE_CLOSING_STATE (4): the other end was closed.</summary>
    Closing = 4,
}
