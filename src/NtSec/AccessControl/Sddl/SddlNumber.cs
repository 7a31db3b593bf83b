namespace NtSec.AccessControl.Sddl;

/// <summary>
/// Number reading as the C runtime's wcstoul/wcstoull does it, which is what Windows' SDDL
/// parser shows (windows_is_weird.txt): leading blanks skipped, base 0 picks hex for "0x",
/// octal for a leading 0, else decimal; overflow is reported so callers can saturate.
/// </summary>
internal static class SddlNumber
{
    /// <summary>Reads an unsigned number; <paramref name="overflow"/> is set past 64 bits.</summary>
    public static bool TryReadUnsigned(ReadOnlySpan<char> text, ref int pos, int numberBase, out ulong value, out bool wasHex, out bool overflow)
    {
        value = 0;
        wasHex = false;
        overflow = false;
        int p = pos;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        int b = numberBase;
        if ((b == 0 || b == 16) && p + 1 < text.Length && text[p] == '0' && (text[p + 1] is 'x' or 'X'))
        {
            if (p + 2 < text.Length && char.IsAsciiHexDigit(text[p + 2]))
            {
                p += 2;
                b = 16;
                wasHex = true;
            }
        }
        else if (b == 0 && p < text.Length && text[p] == '0')
        {
            b = 8;
        }

        if (b == 0)
        {
            b = 10;
        }

        int start = p;
        while (p < text.Length && DigitValue(text[p]) is int d && d < b)
        {
            if (!overflow)
            {
                if (value > (ulong.MaxValue - (ulong)d) / (ulong)b)
                {
                    overflow = true;
                }
                else
                {
                    value = (value * (ulong)b) + (ulong)d;
                }
            }

            p++;
        }

        if (p == start)
        {
            return false;
        }

        pos = p;
        return true;
    }

    private static int? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };
}
