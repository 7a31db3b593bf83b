namespace NtSec.Status;

/// <summary>
/// The two severity bits (31-30) of an NTSTATUS ([MS-ERREF] 2.3, "Sev"): the values the SDK
/// names STATUS_SEVERITY_SUCCESS, _INFORMATIONAL, _WARNING and _ERROR.
/// </summary>
public enum NtStatusSeverity
{
    /// <summary>STATUS_SEVERITY_SUCCESS (0): the operation succeeded.</summary>
    Success = 0,

    /// <summary>STATUS_SEVERITY_INFORMATIONAL (1): success, with information (NT_SUCCESS is true).</summary>
    Informational = 1,

    /// <summary>STATUS_SEVERITY_WARNING (2): a warning; NT_SUCCESS is false (STATUS_BUFFER_OVERFLOW).</summary>
    Warning = 2,

    /// <summary>STATUS_SEVERITY_ERROR (3): the operation failed.</summary>
    Error = 3,
}
