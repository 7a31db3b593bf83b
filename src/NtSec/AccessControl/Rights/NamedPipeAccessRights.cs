namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights for named pipes (winnt.h; "Named Pipe Security and Access Rights" on
/// learn.microsoft.com). A pipe is a File object: these are the file rights with bit 0x0004
/// spelled FILE_CREATE_PIPE_INSTANCE (declared first, so <see cref="AccessMaskNames.Format"/>
/// prints it); FILE_APPEND_DATA is accepted as an alias.
/// </summary>
[Flags]
public enum NamedPipeAccessRights : uint
{
    /// <summary>FILE_READ_DATA (0x0001): read from the pipe. winnt.h.</summary>
    FILE_READ_DATA = 0x0001,
    /// <summary>FILE_WRITE_DATA (0x0002): write to the pipe. winnt.h.</summary>
    FILE_WRITE_DATA = 0x0002,
    /// <summary>FILE_CREATE_PIPE_INSTANCE (0x0004): create another instance of the pipe. winnt.h.</summary>
    FILE_CREATE_PIPE_INSTANCE = 0x0004,
    /// <summary>FILE_READ_EA (0x0008). winnt.h.</summary>
    FILE_READ_EA = 0x0008,
    /// <summary>FILE_WRITE_EA (0x0010). winnt.h.</summary>
    FILE_WRITE_EA = 0x0010,
    /// <summary>FILE_EXECUTE (0x0020). winnt.h.</summary>
    FILE_EXECUTE = 0x0020,
    /// <summary>FILE_DELETE_CHILD (0x0040); meaningless for pipes but part of FILE_ALL_ACCESS. winnt.h.</summary>
    FILE_DELETE_CHILD = 0x0040,
    /// <summary>FILE_READ_ATTRIBUTES (0x0080). winnt.h.</summary>
    FILE_READ_ATTRIBUTES = 0x0080,
    /// <summary>FILE_WRITE_ATTRIBUTES (0x0100). winnt.h.</summary>
    FILE_WRITE_ATTRIBUTES = 0x0100,
    /// <summary>FILE_ALL_ACCESS (0x001F01FF). winnt.h.</summary>
    FILE_ALL_ACCESS = 0x001F_01FF,
    /// <summary>FILE_GENERIC_READ (0x00120089). winnt.h.</summary>
    FILE_GENERIC_READ = 0x0012_0089,
    /// <summary>FILE_GENERIC_WRITE (0x00120116); includes FILE_CREATE_PIPE_INSTANCE. winnt.h.</summary>
    FILE_GENERIC_WRITE = 0x0012_0116,
    /// <summary>FILE_GENERIC_EXECUTE (0x001200A0). winnt.h.</summary>
    FILE_GENERIC_EXECUTE = 0x0012_00A0,
    /// <summary>FILE_APPEND_DATA (0x0004), the file name of FILE_CREATE_PIPE_INSTANCE. winnt.h.</summary>
    FILE_APPEND_DATA = 0x0004,
}
