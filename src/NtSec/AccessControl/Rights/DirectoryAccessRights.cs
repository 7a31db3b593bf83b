namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to file-system directories (winnt.h; "File Security and Access Rights"
/// on learn.microsoft.com). A directory is a File object, so these are the file rights under
/// their directory names; the file spellings are accepted as aliases, and the directory
/// spelling (declared first) is the one <see cref="AccessMaskNames.Format"/> prints.
/// </summary>
[Flags]
public enum DirectoryAccessRights : uint
{
    /// <summary>FILE_LIST_DIRECTORY (0x0001): list the directory's contents. winnt.h.</summary>
    FILE_LIST_DIRECTORY = 0x0001,
    /// <summary>FILE_ADD_FILE (0x0002): create a file in the directory. winnt.h.</summary>
    FILE_ADD_FILE = 0x0002,
    /// <summary>FILE_ADD_SUBDIRECTORY (0x0004): create a subdirectory. winnt.h.</summary>
    FILE_ADD_SUBDIRECTORY = 0x0004,
    /// <summary>FILE_READ_EA (0x0008). winnt.h.</summary>
    FILE_READ_EA = 0x0008,
    /// <summary>FILE_WRITE_EA (0x0010). winnt.h.</summary>
    FILE_WRITE_EA = 0x0010,
    /// <summary>FILE_TRAVERSE (0x0020): traverse the directory. winnt.h.</summary>
    FILE_TRAVERSE = 0x0020,
    /// <summary>FILE_DELETE_CHILD (0x0040): delete the directory and the files it contains. winnt.h.</summary>
    FILE_DELETE_CHILD = 0x0040,
    /// <summary>FILE_READ_ATTRIBUTES (0x0080). winnt.h.</summary>
    FILE_READ_ATTRIBUTES = 0x0080,
    /// <summary>FILE_WRITE_ATTRIBUTES (0x0100). winnt.h.</summary>
    FILE_WRITE_ATTRIBUTES = 0x0100,
    /// <summary>FILE_ALL_ACCESS (0x001F01FF). winnt.h.</summary>
    FILE_ALL_ACCESS = 0x001F_01FF,
    /// <summary>FILE_GENERIC_READ (0x00120089). winnt.h.</summary>
    FILE_GENERIC_READ = 0x0012_0089,
    /// <summary>FILE_GENERIC_WRITE (0x00120116). winnt.h.</summary>
    FILE_GENERIC_WRITE = 0x0012_0116,
    /// <summary>FILE_GENERIC_EXECUTE (0x001200A0). winnt.h.</summary>
    FILE_GENERIC_EXECUTE = 0x0012_00A0,
    /// <summary>FILE_READ_DATA (0x0001), the file name of FILE_LIST_DIRECTORY. winnt.h.</summary>
    FILE_READ_DATA = 0x0001,
    /// <summary>FILE_WRITE_DATA (0x0002), the file name of FILE_ADD_FILE. winnt.h.</summary>
    FILE_WRITE_DATA = 0x0002,
    /// <summary>FILE_APPEND_DATA (0x0004), the file name of FILE_ADD_SUBDIRECTORY. winnt.h.</summary>
    FILE_APPEND_DATA = 0x0004,
    /// <summary>FILE_EXECUTE (0x0020), the file name of FILE_TRAVERSE. winnt.h.</summary>
    FILE_EXECUTE = 0x0020,
}
