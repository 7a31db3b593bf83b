namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to service objects of the service control manager (winsvc.h; "Service
/// Security and Access Rights" on learn.microsoft.com).
/// </summary>
[Flags]
public enum ServiceAccessRights : uint
{
    /// <summary>SERVICE_QUERY_CONFIG (0x0001). winsvc.h.</summary>
    SERVICE_QUERY_CONFIG = 0x0001,
    /// <summary>SERVICE_CHANGE_CONFIG (0x0002). winsvc.h.</summary>
    SERVICE_CHANGE_CONFIG = 0x0002,
    /// <summary>SERVICE_QUERY_STATUS (0x0004). winsvc.h.</summary>
    SERVICE_QUERY_STATUS = 0x0004,
    /// <summary>SERVICE_ENUMERATE_DEPENDENTS (0x0008). winsvc.h.</summary>
    SERVICE_ENUMERATE_DEPENDENTS = 0x0008,
    /// <summary>SERVICE_START (0x0010). winsvc.h.</summary>
    SERVICE_START = 0x0010,
    /// <summary>SERVICE_STOP (0x0020). winsvc.h.</summary>
    SERVICE_STOP = 0x0020,
    /// <summary>SERVICE_PAUSE_CONTINUE (0x0040). winsvc.h.</summary>
    SERVICE_PAUSE_CONTINUE = 0x0040,
    /// <summary>SERVICE_INTERROGATE (0x0080). winsvc.h.</summary>
    SERVICE_INTERROGATE = 0x0080,
    /// <summary>SERVICE_USER_DEFINED_CONTROL (0x0100). winsvc.h.</summary>
    SERVICE_USER_DEFINED_CONTROL = 0x0100,
    /// <summary>SERVICE_ALL_ACCESS (0x000F01FF) = STANDARD_RIGHTS_REQUIRED and every service right. winsvc.h.</summary>
    SERVICE_ALL_ACCESS = 0x000F_01FF,
}
