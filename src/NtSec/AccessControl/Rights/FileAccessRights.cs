namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to file objects (winnt.h; "File Security and Access Rights" and
/// "File Access Rights Constants" on learn.microsoft.com). Directories and named pipes are File
/// objects too, so the directory and pipe spellings of the same bits are accepted as aliases;
/// the file spelling (declared first) is the one <see cref="AccessMaskNames.Format"/> prints.
/// </summary>
[Flags]
public enum FileAccessRights : uint
{
    /// <summary>FILE_READ_DATA (0x0001). winnt.h.</summary>
    FILE_READ_DATA = 0x0001,
    /// <summary>FILE_WRITE_DATA (0x0002). winnt.h.</summary>
    FILE_WRITE_DATA = 0x0002,
    /// <summary>FILE_APPEND_DATA (0x0004). winnt.h.</summary>
    FILE_APPEND_DATA = 0x0004,
    /// <summary>FILE_READ_EA (0x0008). winnt.h.</summary>
    FILE_READ_EA = 0x0008,
    /// <summary>FILE_WRITE_EA (0x0010). winnt.h.</summary>
    FILE_WRITE_EA = 0x0010,
    /// <summary>FILE_EXECUTE (0x0020). winnt.h.</summary>
    FILE_EXECUTE = 0x0020,
    /// <summary>FILE_DELETE_CHILD (0x0040); a directory right, part of FILE_ALL_ACCESS. winnt.h.</summary>
    FILE_DELETE_CHILD = 0x0040,
    /// <summary>FILE_READ_ATTRIBUTES (0x0080). winnt.h.</summary>
    FILE_READ_ATTRIBUTES = 0x0080,
    /// <summary>FILE_WRITE_ATTRIBUTES (0x0100). winnt.h.</summary>
    FILE_WRITE_ATTRIBUTES = 0x0100,
    /// <summary>FILE_ALL_ACCESS (0x001F01FF) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|0x1FF. winnt.h.</summary>
    FILE_ALL_ACCESS = 0x001F_01FF,
    /// <summary>FILE_GENERIC_READ (0x00120089) = STANDARD_RIGHTS_READ|FILE_READ_DATA|FILE_READ_ATTRIBUTES|FILE_READ_EA|SYNCHRONIZE. winnt.h.</summary>
    FILE_GENERIC_READ = 0x0012_0089,
    /// <summary>FILE_GENERIC_WRITE (0x00120116) = STANDARD_RIGHTS_WRITE|FILE_WRITE_DATA|FILE_WRITE_ATTRIBUTES|FILE_WRITE_EA|FILE_APPEND_DATA|SYNCHRONIZE. winnt.h.</summary>
    FILE_GENERIC_WRITE = 0x0012_0116,
    /// <summary>FILE_GENERIC_EXECUTE (0x001200A0) = STANDARD_RIGHTS_EXECUTE|FILE_READ_ATTRIBUTES|FILE_EXECUTE|SYNCHRONIZE. winnt.h.</summary>
    FILE_GENERIC_EXECUTE = 0x0012_00A0,
    /// <summary>FILE_LIST_DIRECTORY (0x0001), the directory name of FILE_READ_DATA. winnt.h.</summary>
    FILE_LIST_DIRECTORY = 0x0001,
    /// <summary>FILE_ADD_FILE (0x0002), the directory name of FILE_WRITE_DATA. winnt.h.</summary>
    FILE_ADD_FILE = 0x0002,
    /// <summary>FILE_ADD_SUBDIRECTORY (0x0004), the directory name of FILE_APPEND_DATA. winnt.h.</summary>
    FILE_ADD_SUBDIRECTORY = 0x0004,
    /// <summary>FILE_CREATE_PIPE_INSTANCE (0x0004), the named-pipe name of FILE_APPEND_DATA. winnt.h.</summary>
    FILE_CREATE_PIPE_INSTANCE = 0x0004,
    /// <summary>FILE_TRAVERSE (0x0020), the directory name of FILE_EXECUTE. winnt.h.</summary>
    FILE_TRAVERSE = 0x0020,
}
