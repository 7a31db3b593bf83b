namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to thread objects (winnt.h; "Thread Security and Access Rights" on
/// learn.microsoft.com; THREAD_ALERT from wdm.h).
/// </summary>
[Flags]
public enum ThreadAccessRights : uint
{
    /// <summary>THREAD_TERMINATE (0x0001). winnt.h.</summary>
    THREAD_TERMINATE = 0x0001,
    /// <summary>THREAD_SUSPEND_RESUME (0x0002). winnt.h.</summary>
    THREAD_SUSPEND_RESUME = 0x0002,
    /// <summary>THREAD_ALERT (0x0004): alert the thread (NtAlertThread). wdm.h; part of the Thread type's GENERIC_WRITE.</summary>
    THREAD_ALERT = 0x0004,
    /// <summary>THREAD_GET_CONTEXT (0x0008). winnt.h.</summary>
    THREAD_GET_CONTEXT = 0x0008,
    /// <summary>THREAD_SET_CONTEXT (0x0010). winnt.h.</summary>
    THREAD_SET_CONTEXT = 0x0010,
    /// <summary>THREAD_SET_INFORMATION (0x0020). winnt.h.</summary>
    THREAD_SET_INFORMATION = 0x0020,
    /// <summary>THREAD_QUERY_INFORMATION (0x0040). winnt.h.</summary>
    THREAD_QUERY_INFORMATION = 0x0040,
    /// <summary>THREAD_SET_THREAD_TOKEN (0x0080). winnt.h.</summary>
    THREAD_SET_THREAD_TOKEN = 0x0080,
    /// <summary>THREAD_IMPERSONATE (0x0100). winnt.h.</summary>
    THREAD_IMPERSONATE = 0x0100,
    /// <summary>THREAD_DIRECT_IMPERSONATION (0x0200). winnt.h.</summary>
    THREAD_DIRECT_IMPERSONATION = 0x0200,
    /// <summary>THREAD_SET_LIMITED_INFORMATION (0x0400). winnt.h.</summary>
    THREAD_SET_LIMITED_INFORMATION = 0x0400,
    /// <summary>THREAD_QUERY_LIMITED_INFORMATION (0x0800). winnt.h.</summary>
    THREAD_QUERY_LIMITED_INFORMATION = 0x0800,
    /// <summary>THREAD_RESUME (0x1000). winnt.h.</summary>
    THREAD_RESUME = 0x1000,
    /// <summary>THREAD_ALL_ACCESS (0x001FFFFF) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|0xFFFF (Vista and later). winnt.h.</summary>
    THREAD_ALL_ACCESS = 0x001F_FFFF,
}
