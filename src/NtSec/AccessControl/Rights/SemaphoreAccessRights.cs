namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to semaphore objects (winnt.h and wdm.h; "Synchronization Object
/// Security and Access Rights" on learn.microsoft.com).
/// </summary>
[Flags]
public enum SemaphoreAccessRights : uint
{
    /// <summary>SEMAPHORE_QUERY_STATE (0x0001): query the semaphore (NtQuerySemaphore). wdm.h.</summary>
    SEMAPHORE_QUERY_STATE = 0x0001,
    /// <summary>SEMAPHORE_MODIFY_STATE (0x0002): release the semaphore. winnt.h.</summary>
    SEMAPHORE_MODIFY_STATE = 0x0002,
    /// <summary>SEMAPHORE_ALL_ACCESS (0x001F0003) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|0x3. winnt.h.</summary>
    SEMAPHORE_ALL_ACCESS = 0x001F_0003,
}
