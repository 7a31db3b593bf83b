using System.Collections.Frozen;
using System.Globalization;

namespace NtSec.Status;

/// <summary>
/// NTSTATUS names both ways: the SDK name of a value, and a value from its SDK name or its
/// hexadecimal form. Every <see cref="NtStatus"/> member round-trips.
/// </summary>
public static class NtStatusNames
{
    private const string Expected =
        "expected an NTSTATUS name such as STATUS_ACCESS_DENIED or a hexadecimal value such as 0xC0000022";

    private static readonly FrozenDictionary<NtStatus, string> NameByValue =
        Enum.GetValues<NtStatus>().ToFrozenDictionary(s => s, s => Enum.GetName(s)!);

    private static readonly FrozenDictionary<string, NtStatus> ValueByName =
        NameByValue.Select(p => KeyValuePair.Create(p.Value, p.Key))
            // SDK aliases of member values (ntstatus.h): accepted when parsing, never printed.
            .Append(KeyValuePair.Create("STATUS_WAIT_0", NtStatus.STATUS_SUCCESS))
            .Append(KeyValuePair.Create("STATUS_ABANDONED_WAIT_0", NtStatus.STATUS_ABANDONED))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The SDK name (STATUS_ACCESS_DENIED), or "0x" and eight upper-case hex digits for a value
    /// without a member (0xC0001234).
    /// </summary>
    public static string ToName(this NtStatus status) =>
        NameByValue.TryGetValue(status, out var name)
            ? name
            : "0x" + ((uint)status).ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an SDK name (case-insensitive, "status_access_denied" too; the aliases
    /// STATUS_WAIT_0 and STATUS_ABANDONED_WAIT_0 included) or "0x" followed by one to eight
    /// hex digits. No surrounding spaces, signs or decimal. False, with STATUS_SUCCESS in
    /// <paramref name="status"/>, for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NtStatus status)
    {
        if (HexNumber.TryParse(text, out var value))
        {
            status = (NtStatus)value;
            return true;
        }

        return ValueByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out status);
    }

    /// <summary>Like <see cref="TryParse"/>, but throws on bad input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatErrorException">The text is neither a known name nor a hex value.</exception>
    public static NtStatus Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var status) ? status : throw new FormatErrorException(new ParseError(0, Expected));
    }
}
