namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to section (file-mapping) objects (winnt.h; "File Mapping Security and
/// Access Rights" on learn.microsoft.com, whose FILE_MAP_* names are accepted as aliases).
/// </summary>
[Flags]
public enum SectionAccessRights : uint
{
    /// <summary>SECTION_QUERY (0x0001). winnt.h.</summary>
    SECTION_QUERY = 0x0001,
    /// <summary>SECTION_MAP_WRITE (0x0002). winnt.h.</summary>
    SECTION_MAP_WRITE = 0x0002,
    /// <summary>SECTION_MAP_READ (0x0004). winnt.h.</summary>
    SECTION_MAP_READ = 0x0004,
    /// <summary>SECTION_MAP_EXECUTE (0x0008). winnt.h.</summary>
    SECTION_MAP_EXECUTE = 0x0008,
    /// <summary>SECTION_EXTEND_SIZE (0x0010). winnt.h.</summary>
    SECTION_EXTEND_SIZE = 0x0010,
    /// <summary>SECTION_MAP_EXECUTE_EXPLICIT (0x0020). winnt.h.</summary>
    SECTION_MAP_EXECUTE_EXPLICIT = 0x0020,
    /// <summary>SECTION_ALL_ACCESS (0x000F001F) = STANDARD_RIGHTS_REQUIRED|0x1F. winnt.h.</summary>
    SECTION_ALL_ACCESS = 0x000F_001F,
    /// <summary>FILE_MAP_COPY (0x0001) = SECTION_QUERY. memoryapi.h.</summary>
    FILE_MAP_COPY = 0x0001,
    /// <summary>FILE_MAP_WRITE (0x0002) = SECTION_MAP_WRITE. memoryapi.h.</summary>
    FILE_MAP_WRITE = 0x0002,
    /// <summary>FILE_MAP_READ (0x0004) = SECTION_MAP_READ. memoryapi.h.</summary>
    FILE_MAP_READ = 0x0004,
    /// <summary>FILE_MAP_EXECUTE (0x0020) = SECTION_MAP_EXECUTE_EXPLICIT. memoryapi.h.</summary>
    FILE_MAP_EXECUTE = 0x0020,
    /// <summary>FILE_MAP_ALL_ACCESS (0x000F001F) = SECTION_ALL_ACCESS. memoryapi.h.</summary>
    FILE_MAP_ALL_ACCESS = 0x000F_001F,
}
