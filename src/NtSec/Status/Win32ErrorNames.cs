using System.Collections.Frozen;
using System.Globalization;

namespace NtSec.Status;

/// <summary>
/// Win32 error names both ways: the SDK name of a code, and a code from its SDK name, its
/// decimal form or its hexadecimal form. Every <see cref="Win32Error"/> member round-trips.
/// </summary>
public static class Win32ErrorNames
{
    private const string Expected =
        "expected a Win32 error name such as ERROR_ACCESS_DENIED, a decimal code such as 5, or a hexadecimal code such as 0x5";

    private static readonly FrozenDictionary<Win32Error, string> NameByValue =
        Enum.GetValues<Win32Error>().ToFrozenDictionary(e => e, e => Enum.GetName(e)!);

    private static readonly FrozenDictionary<string, Win32Error> ValueByName =
        NameByValue.Select(p => KeyValuePair.Create(p.Value, p.Key))
            // winerror.h defines NO_ERROR as 0 beside ERROR_SUCCESS: accepted, never printed.
            .Append(KeyValuePair.Create("NO_ERROR", Win32Error.ERROR_SUCCESS))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The SDK name (ERROR_ACCESS_DENIED), or the decimal code for a value without a member
    /// ("1234"), the way Win32 error codes are usually written.
    /// </summary>
    public static string ToName(this Win32Error error) =>
        NameByValue.TryGetValue(error, out var name)
            ? name
            : ((uint)error).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an SDK name (case-insensitive; NO_ERROR too), a decimal code (digits only, at most
    /// 4294967295) or "0x" followed by one to eight hex digits. No spaces or signs. False, with
    /// ERROR_SUCCESS in <paramref name="error"/>, for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Win32Error error)
    {
        if (HexNumber.TryParse(text, out var value) || IsDecimal(text, out value))
        {
            error = (Win32Error)value;
            return true;
        }

        return ValueByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out error);
    }

    /// <summary>Like <see cref="TryParse"/>, but throws on bad input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatErrorException">The text is neither a known name nor a number.</exception>
    public static Win32Error Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var error) ? error : throw new FormatErrorException(new ParseError(0, Expected));
    }

    private static bool IsDecimal(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        return !text.IsEmpty && char.IsAsciiDigit(text[0])
            && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
