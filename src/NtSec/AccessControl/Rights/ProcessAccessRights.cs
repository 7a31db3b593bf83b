namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to process objects (winnt.h; "Process Security and Access Rights" on
/// learn.microsoft.com).
/// </summary>
[Flags]
public enum ProcessAccessRights : uint
{
    /// <summary>PROCESS_TERMINATE (0x0001). winnt.h.</summary>
    PROCESS_TERMINATE = 0x0001,
    /// <summary>PROCESS_CREATE_THREAD (0x0002). winnt.h.</summary>
    PROCESS_CREATE_THREAD = 0x0002,
    /// <summary>PROCESS_SET_SESSIONID (0x0004). winnt.h.</summary>
    PROCESS_SET_SESSIONID = 0x0004,
    /// <summary>PROCESS_VM_OPERATION (0x0008). winnt.h.</summary>
    PROCESS_VM_OPERATION = 0x0008,
    /// <summary>PROCESS_VM_READ (0x0010). winnt.h.</summary>
    PROCESS_VM_READ = 0x0010,
    /// <summary>PROCESS_VM_WRITE (0x0020). winnt.h.</summary>
    PROCESS_VM_WRITE = 0x0020,
    /// <summary>PROCESS_DUP_HANDLE (0x0040). winnt.h.</summary>
    PROCESS_DUP_HANDLE = 0x0040,
    /// <summary>PROCESS_CREATE_PROCESS (0x0080). winnt.h.</summary>
    PROCESS_CREATE_PROCESS = 0x0080,
    /// <summary>PROCESS_SET_QUOTA (0x0100). winnt.h.</summary>
    PROCESS_SET_QUOTA = 0x0100,
    /// <summary>PROCESS_SET_INFORMATION (0x0200). winnt.h.</summary>
    PROCESS_SET_INFORMATION = 0x0200,
    /// <summary>PROCESS_QUERY_INFORMATION (0x0400). winnt.h.</summary>
    PROCESS_QUERY_INFORMATION = 0x0400,
    /// <summary>PROCESS_SUSPEND_RESUME (0x0800). winnt.h.</summary>
    PROCESS_SUSPEND_RESUME = 0x0800,
    /// <summary>PROCESS_QUERY_LIMITED_INFORMATION (0x1000). winnt.h.</summary>
    PROCESS_QUERY_LIMITED_INFORMATION = 0x1000,
    /// <summary>PROCESS_SET_LIMITED_INFORMATION (0x2000). winnt.h.</summary>
    PROCESS_SET_LIMITED_INFORMATION = 0x2000,
    /// <summary>PROCESS_ALL_ACCESS (0x001FFFFF) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|0xFFFF (Vista and later). winnt.h.</summary>
    PROCESS_ALL_ACCESS = 0x001F_FFFF,
}
