using System.Globalization;

namespace NtSec.Principals;

/// <summary>
/// A locally unique identifier (LUID, winnt.h): a 32-bit unsigned LowPart and a 32-bit signed
/// HighPart. Privileges, logon sessions (AuthenticationId) and token ids are LUIDs.
/// </summary>
/// <remarks>
/// Text form (decided here; Windows has no single one): <c>0x{HighPart:X}-0x{LowPart:X}</c>, e.g.
/// the SYSTEM logon session 0x3E7 is "0x0-0x3E7". High part first, as in the logon SID
/// S-1-5-5-X-Y and the account name LogonSessionId_X_Y. <see cref="Parse"/> also accepts one
/// 64-bit number, hex with 0x ("0x3E7", as the security event log prints logon ids) or decimal.
/// </remarks>
/// <param name="LowPart">The low 32 bits.</param>
/// <param name="HighPart">The high 32 bits, signed as in the LUID structure.</param>
public readonly record struct Luid(uint LowPart, int HighPart)
{
    /// <summary>The LUID of the SYSTEM logon session, 0x3E7 (SYSTEM_LUID).</summary>
    public static Luid SystemLogonId => new(0x3E7, 0);

    /// <summary>The LUID as a 64-bit value: HighPart in the upper 32 bits.</summary>
    public long ToInt64() => ((long)HighPart << 32) | LowPart;

    /// <summary>The LUID as an unsigned 64-bit value.</summary>
    public ulong ToUInt64() => unchecked((ulong)ToInt64());

    /// <summary>Splits a 64-bit value into LowPart and HighPart.</summary>
    public static Luid FromInt64(long value) => new(unchecked((uint)value), (int)(value >> 32));

    /// <summary>Splits an unsigned 64-bit value into LowPart and HighPart.</summary>
    public static Luid FromUInt64(ulong value) => FromInt64(unchecked((long)value));

    /// <summary>"0x{HighPart:X}-0x{LowPart:X}" (see the type remarks).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"0x{unchecked((uint)HighPart):X}-0x{LowPart:X}");

    /// <summary>Parses "0xH-0xL", or one 64-bit number ("0x3E7" or "999").</summary>
    /// <exception cref="FormatErrorException">The text is not a LUID.</exception>
    public static Luid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var luid, out var error) ? luid : throw new FormatErrorException(error);
    }

    /// <summary>Parses a LUID; false for anything else.</summary>
    public static bool TryParse(string? text, out Luid luid) => TryParse(text, out luid, out _);

    /// <summary>Parses a LUID, reporting what is wrong and where.</summary>
    public static bool TryParse(string? text, out Luid luid, out ParseError error)
    {
        luid = default;
        if (string.IsNullOrEmpty(text))
        {
            error = new ParseError(0, "expected a LUID");
            return false;
        }

        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!TryParseNumber(text.AsSpan(), 0, ulong.MaxValue, out var whole, out error))
            {
                return false;
            }

            luid = FromUInt64(whole);
            return true;
        }

        if (!IsHex(text.AsSpan(0, dash)))
        {
            error = new ParseError(0, "the high part of \"0xH-0xL\" must be hex with 0x");
            return false;
        }

        if (!IsHex(text.AsSpan(dash + 1)))
        {
            error = new ParseError(dash + 1, "the low part of \"0xH-0xL\" must be hex with 0x");
            return false;
        }

        if (!TryParseNumber(text.AsSpan(0, dash), 0, uint.MaxValue, out var high, out error)
            || !TryParseNumber(text.AsSpan(dash + 1), dash + 1, uint.MaxValue, out var low, out error))
        {
            return false;
        }

        luid = new Luid((uint)low, unchecked((int)(uint)high));
        return true;
    }

    private static bool IsHex(ReadOnlySpan<char> s) => s.Length > 2 && s[0] == '0' && (s[1] | 0x20) == 'x';

    private static bool TryParseNumber(ReadOnlySpan<char> s, int offset, ulong max, out ulong value, out ParseError error)
    {
        bool ok = IsHex(s)
            ? ulong.TryParse(s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (!ok)
        {
            error = new ParseError(offset, "expected a decimal number or 0x followed by hex digits");
            return false;
        }

        if (value > max)
        {
            error = new ParseError(offset, "number too large");
            return false;
        }

        error = default;
        return true;
    }
}
