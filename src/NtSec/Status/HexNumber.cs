using System.Globalization;

namespace NtSec.Status;

/// <summary>"0x" (or "0X") followed by one to eight hex digits, as a 32-bit value.</summary>
internal static class HexNumber
{
    public static bool TryParse(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        if (text.Length is < 3 or > 10 || text[0] != '0' || (text[1] | 0x20) != 'x')
        {
            return false;
        }

        // AllowHexSpecifier alone: no sign, no spaces, no second prefix.
        return uint.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
