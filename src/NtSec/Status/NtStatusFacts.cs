namespace NtSec.Status;

/// <summary>
/// The fields of an NTSTATUS and the SDK's classification macros, as extension methods.
/// Layout ([MS-ERREF] 2.3): Sev (bits 31-30), C customer (29), N reserved (28),
/// Facility (27-16), Code (15-0).
/// </summary>
public static class NtStatusFacts
{
    private const uint CustomerBit = 0x2000_0000;

    /// <summary>
    /// NT_SUCCESS: true for success and informational statuses ((int)status &gt;= 0). So
    /// STATUS_NOT_ALL_ASSIGNED (0x106) and STATUS_PENDING succeed, STATUS_BUFFER_OVERFLOW
    /// (0x80000005, a warning) does not.
    /// </summary>
    public static bool IsSuccess(this NtStatus status) => (int)status >= 0;

    /// <summary>NT_INFORMATION: the severity is informational (0x4xxxxxxx).</summary>
    public static bool IsInformational(this NtStatus status) => status.Severity() == NtStatusSeverity.Informational;

    /// <summary>NT_WARNING: the severity is warning (0x8xxxxxxx).</summary>
    public static bool IsWarning(this NtStatus status) => status.Severity() == NtStatusSeverity.Warning;

    /// <summary>NT_ERROR: the severity is error (0xCxxxxxxx).</summary>
    public static bool IsError(this NtStatus status) => status.Severity() == NtStatusSeverity.Error;

    /// <summary>The severity, bits 31-30.</summary>
    public static NtStatusSeverity Severity(this NtStatus status) => (NtStatusSeverity)((uint)status >> 30);

    /// <summary>The customer flag, bit 29: set for values defined outside Microsoft.</summary>
    public static bool IsCustomerCode(this NtStatus status) => ((uint)status & CustomerBit) != 0;

    /// <summary>The facility, bits 27-16 (0 for the FACILITY-less core statuses, 7 for FACILITY_NTWIN32).</summary>
    public static ushort Facility(this NtStatus status) => (ushort)(((uint)status >> 16) & 0x0FFF);

    /// <summary>The code, bits 15-0.</summary>
    public static ushort Code(this NtStatus status) => (ushort)((uint)status & 0xFFFF);
}
