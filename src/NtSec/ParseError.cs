namespace NtSec;

/// <summary>
/// Why a parse failed, and where. Returned by the Try* parsers; thrown inside
/// <see cref="FormatErrorException"/> by the throwing ones.
/// </summary>
/// <param name="Offset">Offset of the problem in the input (characters or bytes).</param>
/// <param name="Message">What was expected or what is wrong.</param>
/// <param name="IsBinary">True when <paramref name="Offset"/> counts bytes, false for characters.</param>
/// <param name="Status">
/// The NTSTATUS the native layer reports for this input (STATUS_INVALID_SID, STATUS_INVALID_ACL,
/// STATUS_INVALID_SECURITY_DESCR, STATUS_UNKNOWN_REVISION for descriptors; STATUS_INVALID_PARAMETER
/// for text).
/// </param>
public readonly record struct ParseError(int Offset, string Message, bool IsBinary = false,
    NtSec.Status.NtStatus Status = NtSec.Status.NtStatus.STATUS_INVALID_PARAMETER)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(IsBinary ? "byte" : "character")} {Offset}: {Message}";
}
