namespace NtSec.Kernel.Pipes;

/// <summary>Which end of a pipe instance a handle stands for (FILE_PIPE_CLIENT_END 0, FILE_PIPE_SERVER_END 1, ntioapi.h).</summary>
public enum PipeEnd
{
    /// <summary>FILE_PIPE_CLIENT_END: opened with CreateFile (NtCreateFile on \Device\NamedPipe\X).</summary>
    Client = 0,

    /// <summary>FILE_PIPE_SERVER_END: made by CreateNamedPipe (NtCreateNamedPipeFile).</summary>
    Server = 1,
}
