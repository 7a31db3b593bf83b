namespace NtSec.Status;

/// <summary>
/// Thrown only by <see cref="NtResult{T}.GetValueOrThrow"/>: a caller that asked for an
/// exception instead of a status gets the status back here. Message: "(0xC0000022)
/// STATUS_ACCESS_DENIED".
/// </summary>
public sealed class NtStatusException : Exception
{
    /// <summary>Creates the exception for a failed status.</summary>
    public NtStatusException(NtStatus status)
        : base(FormatMessage(status))
    {
        Status = status;
    }

    /// <summary>The status the operation returned.</summary>
    public NtStatus Status { get; }

    private static string FormatMessage(NtStatus status) =>
        FormattableString.Invariant($"(0x{(uint)status:X8}) {status.ToName()}");
}
