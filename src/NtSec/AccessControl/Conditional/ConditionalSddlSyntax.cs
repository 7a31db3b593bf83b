using System.Globalization;
using System.Text;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The lexical pieces shared by conditional expressions and resource attributes in SDDL
/// (MS-DTYP 2.5.1.1 and 2.5.1.2): literals, attribute names and their escapes, in both directions.
/// </summary>
internal static class ConditionalSddlSyntax
{
    /// <summary>MS-DTYP 2.5.1.1 wspace = 1*(%x09-0D / %x20).</summary>
    public static bool IsWhitespace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>MS-DTYP 2.5.1.1 attr-char1: ASCII letters, digits, ':', '.', '/', '_'.</summary>
    public static bool IsSimpleNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is ':' or '.' or '/' or '_';

    public static int SkipWhitespace(string text, int pos)
    {
        while (pos < text.Length && IsWhitespace(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>True when "SID(" starts at <paramref name="pos"/>, in any case ("sid(s-1-1-0)": conditional_aces_windows_only.txt).</summary>
    public static bool StartsSid(string text, int pos) =>
        pos + 4 <= text.Length && text.AsSpan(pos, 4).Equals("SID(", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An integer literal: optional sign, then "0x" hex, a leading-0 octal or decimal number. The
    /// magnitude must fit in 64 bits (0xffffffffffffffff is accepted, 0x10000000000000000 and
    /// 624677746777766777767 are not: conditional_aces_windows_only.txt, conditional_aces_should_fail.txt);
    /// a '-' stores the two's-complement negation. A name character right after the digits is an
    /// error ("17p" is not a number).
    /// </summary>
    public static bool TryReadInteger(string text, ref int pos, [NotNullWhen(true)] out ConditionalIntegerLiteral? literal, out ParseError error)
    {
        literal = null;
        int start = pos;
        int p = pos;
        var sign = ConditionalIntegerSign.None;
        if (p < text.Length && text[p] is '+' or '-')
        {
            sign = text[p] == '+' ? ConditionalIntegerSign.Positive : ConditionalIntegerSign.Negative;
            p++;
        }

        if (p >= text.Length || !char.IsAsciiDigit(text[p]))
        {
            error = new ParseError(p, "expected the digits of an integer");
            return false;
        }

        ConditionalIntegerBase numberBase;
        int radix;
        if (text[p] == '0' && p + 2 < text.Length && text[p + 1] is 'x' or 'X' && char.IsAsciiHexDigit(text[p + 2]))
        {
            numberBase = ConditionalIntegerBase.Hexadecimal;
            radix = 16;
            p += 2;
        }
        else if (text[p] == '0' && p + 1 < text.Length && text[p + 1] is >= '0' and <= '7')
        {
            numberBase = ConditionalIntegerBase.Octal;
            radix = 8;
        }
        else
        {
            numberBase = ConditionalIntegerBase.Decimal;
            radix = 10;
        }

        ulong magnitude = 0;
        if (radix == 10 && text[p] == '0')
        {
            // A lone 0 is decimal zero; "08" stops after the 0 as strtoull does, then fails below.
            p++;
        }
        else
        {
            while (p < text.Length && DigitValue(text[p]) is int digit && digit < radix)
            {
                if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
                {
                    error = new ParseError(start, "integer does not fit in 64 bits");
                    return false;
                }

                magnitude = (magnitude * (ulong)radix) + (ulong)digit;
                p++;
            }
        }

        if (p < text.Length && IsSimpleNameChar(text[p]))
        {
            error = new ParseError(p, $"unexpected '{text[p]}' after the integer");
            return false;
        }

        long value = sign == ConditionalIntegerSign.Negative ? unchecked((long)(0UL - magnitude)) : unchecked((long)magnitude);
        literal = new ConditionalIntegerLiteral(value, sign, numberBase);
        pos = p;
        error = default;
        return true;
    }

    /// <summary>
    /// The hex digits of an octet string, starting at <paramref name="pos"/> (after any '#'). A '#'
    /// stands for the digit 0, and an odd number of digits gets a leading 0: "#1#2#3##" is
    /// 01 02 03 00 (conditional_aces.txt, conditional_aces_windows_only.txt).
    /// </summary>
    public static byte[] ReadOctetDigits(string text, ref int pos)
    {
        int start = pos;
        int end = pos;
        while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] == '#'))
        {
            end++;
        }

        int digits = end - start;
        var bytes = new byte[(digits + 1) / 2];
        int nibble = digits % 2; // an odd count starts in the low half of the first byte
        for (int i = start; i < end; i++, nibble++)
        {
            int value = text[i] == '#' ? 0 : DigitValue(text[i])!.Value;
            bytes[nibble / 2] |= (byte)(nibble % 2 == 0 ? value << 4 : value);
        }

        pos = end;
        return bytes;
    }

    /// <summary>A string literal: everything up to the next '"' (SDDL has no escapes in strings).</summary>
    public static bool TryReadString(string text, ref int pos, [NotNullWhen(true)] out string? value, out ParseError error)
    {
        value = null;
        int close = text.IndexOf('"', pos + 1);
        if (close < 0)
        {
            error = new ParseError(pos, "string has no closing '\"'");
            return false;
        }

        value = text.Substring(pos + 1, close - pos - 1);
        pos = close + 1;
        error = default;
        return true;
    }

    /// <summary>The SID inside "SID(...)" as a SID field is read (alias or S-1-...).</summary>
    public static bool TryReadSidLiteral(string text, ref int pos, SddlContext context, [NotNullWhen(true)] out Sid? sid, out ParseError error)
    {
        sid = null;
        int open = pos + 4;
        int close = text.IndexOf(')', open);
        if (close < 0)
        {
            error = new ParseError(pos, "SID( has no closing ')'");
            return false;
        }

        if (!context.TryParseSid(text.AsSpan(open, close - open), open, out sid, out error))
        {
            return false;
        }

        pos = close + 1;
        return true;
    }

    /// <summary>
    /// The name of an @User./@Device./@Resource. attribute or of a resource attribute (MS-DTYP
    /// 2.5.1.1 attr-char2). It ends at whitespace or one of <c>!&amp;()&lt;&gt;=|"</c>; "%XXXX" is one
    /// UTF-16 unit, but not for a character that must be written literally (letters, digits and
    /// <c>#$'*+-;?@[\]^_`{}~:/.</c>). Any other character stands for itself.
    /// </summary>
    public static bool TryReadEscapedName(string text, ref int pos, [NotNullWhen(true)] out string? name, out ParseError error)
    {
        name = null;
        int start = pos;
        int end = pos;
        while (end < text.Length && !EndsEscapedName(text[end]))
        {
            end++;
        }

        if (end == text.Length)
        {
            error = new ParseError(start, "attribute name runs to the end of the input");
            return false;
        }

        if (end == start)
        {
            error = new ParseError(start, "expected an attribute name");
            return false;
        }

        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            if (i + 5 > end || !ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort unit))
            {
                error = new ParseError(i, "'%' must be followed by 4 hex digits");
                return false;
            }

            if (MustBeLiteral((char)unit))
            {
                error = new ParseError(i, $"'%{text.AsSpan(i + 1, 4)}' escapes '{(char)unit}', which must be written as itself");
                return false;
            }

            sb.Append((char)unit);
            i += 4;
        }

        name = sb.ToString();
        pos = end;
        error = default;
        return true;
    }

    private static bool EndsEscapedName(char c) => IsWhitespace(c) || c is '!' or '&' or '(' or ')' or '<' or '>' or '=' or '|' or '"';

    private static bool MustBeLiteral(char c) =>
        char.IsAsciiLetterOrDigit(c) || "#$'*+-;?@[\\]^_`{}~:/.".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Writes a name so that <see cref="TryReadEscapedName"/> reads it back: controls, space,
    /// non-ASCII and <c>!"&amp;()&lt;=&gt;|%</c> become "%xxxx" (lower-case hex); the rest is literal.
    /// </summary>
    public static void AppendEscapedName(StringBuilder sb, string name)
    {
        foreach (char c in name)
        {
            if (c <= ' ' || c > '~' || c is '!' or '"' or '&' or '(' or ')' or '<' or '=' or '>' or '|' or '%')
            {
                sb.Append('%').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>
    /// An integer in its stored base and sign: "0x" + lower-case hex, "0" + octal, or decimal,
    /// after '+' or '-' when the sign byte says so. The digits are the unsigned magnitude, so
    /// every stored value reads back to the same bytes (0xffffffffffffffff stays as written).
    /// </summary>
    public static void AppendInteger(StringBuilder sb, ConditionalIntegerLiteral integer)
    {
        ulong magnitude = unchecked((ulong)integer.Value);
        if (integer.Sign == ConditionalIntegerSign.Negative)
        {
            sb.Append('-');
            magnitude = unchecked(0UL - magnitude);
        }
        else if (integer.Sign == ConditionalIntegerSign.Positive)
        {
            sb.Append('+');
        }

        switch (integer.Base)
        {
            case ConditionalIntegerBase.Hexadecimal:
                sb.Append("0x").Append(magnitude.ToString("x", CultureInfo.InvariantCulture));
                break;
            case ConditionalIntegerBase.Octal:
                sb.Append('0').Append(ToOctal(magnitude));
                break;
            default:
                sb.Append(magnitude.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string ToOctal(ulong value)
    {
        Span<char> digits = stackalloc char[22];
        int i = digits.Length;
        do
        {
            digits[--i] = (char)('0' + (int)(value & 7));
            value >>= 3;
        }
        while (value != 0);

        return new string(digits[i..]);
    }

    /// <summary>An octet string as "#" and lower-case hex.</summary>
    public static void AppendOctets(StringBuilder sb, ReadOnlySpan<byte> bytes) =>
        sb.Append('#').Append(Convert.ToHexStringLower(bytes));

    /// <summary>A string in double quotes; false when it holds a '"', which SDDL cannot express.</summary>
    public static bool TryAppendString(StringBuilder sb, string value, out string? error)
    {
        if (value.Contains('"', StringComparison.Ordinal))
        {
            error = "a string holding '\"' cannot be written in SDDL";
            return false;
        }

        sb.Append('"').Append(value).Append('"');
        error = null;
        return true;
    }

    public static int? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };
}
