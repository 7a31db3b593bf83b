namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to event objects (winnt.h and wdm.h; "Synchronization Object Security
/// and Access Rights" on learn.microsoft.com).
/// </summary>
[Flags]
public enum EventAccessRights : uint
{
    /// <summary>EVENT_QUERY_STATE (0x0001): query the event's state (NtQueryEvent). wdm.h.</summary>
    EVENT_QUERY_STATE = 0x0001,
    /// <summary>EVENT_MODIFY_STATE (0x0002): set or reset the event. winnt.h.</summary>
    EVENT_MODIFY_STATE = 0x0002,
    /// <summary>EVENT_ALL_ACCESS (0x001F0003) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|0x3. winnt.h.</summary>
    EVENT_ALL_ACCESS = 0x001F_0003,
}
