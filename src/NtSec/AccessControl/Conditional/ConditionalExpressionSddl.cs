using NtSec.AccessControl.Sddl;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The SDDL form of a conditional expression: the 7th field of an XA, XD, ZA, XU (and FL) ACE,
/// "(@User.Title == "PM")" (MS-DTYP 2.5.1.1 cond-expr, 2.5.1.2, 2.5.1.3), to and from the ACE's
/// application data (MS-DTYP 2.4.4.17), matching Windows byte for byte and string for string.
/// </summary>
public static class ConditionalExpressionSddl
{
    /// <summary>
    /// Parses the condition whose '(' is at <paramref name="start"/> (an absolute index into
    /// <paramref name="text"/>, e.g. the '(' before '@' in "D:(XA;;FX;;;WD;(@User.Title == "PM"))").
    /// On success <paramref name="applicationData"/> is "artx", the token stream and 0x00 padding
    /// to a multiple of 4, exactly what Windows stores after the SID, and <paramref name="end"/> is
    /// the index just after the matching ')'. On failure <paramref name="error"/> gives the absolute
    /// character offset and what was expected, and <paramref name="applicationData"/> is empty.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <paramref name="text"/>.</exception>
    public static bool TryParse(string text, int start, SddlContext context, out byte[] applicationData, out int end, out ParseError error)
    {
        if (!TryParseExpression(text, start, context, out var expression, out end, out error))
        {
            applicationData = [];
            return false;
        }

        applicationData = ConditionalExpressionBinary.Encode(expression);
        return true;
    }

    /// <summary>Parses the condition at <paramref name="start"/> into its expression tree.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <paramref name="text"/>.</exception>
    public static bool TryParseExpression(string text, int start, SddlContext context, [NotNullWhen(true)] out ConditionalExpression? expression, out int end, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        return ConditionalSddlReader.TryRead(text, start, context, out expression, out end, out error);
    }

    /// <summary>Parses a whole string that is one condition, "(...)", and nothing else.</summary>
    /// <exception cref="FormatErrorException">The text is not a condition, or has text after it.</exception>
    public static ConditionalExpression Parse(string text, SddlContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseExpression(text, 0, context, out var expression, out int end, out var error))
        {
            throw new FormatErrorException(error);
        }

        return end == text.Length ? expression : throw new FormatErrorException(new ParseError(end, "unexpected text after the condition"));
    }

    /// <summary>
    /// Formats application data (starting with "artx") as Windows' canonical SDDL, including the
    /// outer parentheses, e.g. "(@USER.Title == "PM")". False, with the reason, for a malformed
    /// blob or one SDDL cannot express (a string holding '"', a nameless attribute).
    /// </summary>
    public static bool TryFormat(ReadOnlySpan<byte> applicationData, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ConditionalExpressionBinary.TryDecode(applicationData, out var expression, out var parseError))
        {
            sddl = null;
            error = parseError.ToString();
            return false;
        }

        return ConditionalSddlWriter.TryWrite(expression, context, out sddl, out error);
    }

    /// <summary>Formats application data as Windows' canonical SDDL, throwing when it cannot.</summary>
    /// <exception cref="FormatErrorException">The data is malformed (the byte offset is given) or not expressible in SDDL.</exception>
    public static string Format(ReadOnlySpan<byte> applicationData, SddlContext context)
    {
        var expression = ConditionalExpressionBinary.Decode(applicationData);
        return TryFormat(expression, context, out var sddl, out var error)
            ? sddl
            : throw new FormatErrorException(new ParseError(0, error!, true));
    }

    /// <summary>Formats an expression tree as Windows' canonical SDDL.</summary>
    public static bool TryFormat(ConditionalExpression expression, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        return ConditionalSddlWriter.TryWrite(expression, context, out sddl, out error);
    }
}
