using NtSec.AccessControl.Conditional;
using NtSec.Principals;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// Parses one ACE string "(type;flags;rights;object-guid;inherit-object-guid;sid[;extra])"
/// (MS-DTYP 2.5.1.1 ace, conditional-ace, resource-attribute-ace).
/// </summary>
internal static class SddlAceParser
{
    public static bool TryParse(string text, ref int pos, SddlContext context, [NotNullWhen(true)] out Ace? ace, out ParseError error)
    {
        ace = null;
        int open = pos;
        int p = pos + 1;
        Span<(int Start, int End)> fields = stackalloc (int, int)[6];
        for (int i = 0; i < 6; i++)
        {
            int start = p;
            while (p < text.Length && text[p] is not (';' or ')' or '('))
            {
                p++;
            }

            fields[i] = (start, p);
            char expected = i < 5 ? ';' : ')';
            if (p >= text.Length || (text[p] != expected && !(i == 5 && text[p] == ';')))
            {
                string found = p >= text.Length ? "the end of the text" : $"'{text[p]}'";
                error = new ParseError(p, $"ACE at {open}: field {i + 1} ({FieldName(i)}) must end with '{expected}', found {found}");
                return false;
            }

            p++;
        }

        if (!TryParseType(text, fields[0], out var type, out error)
            || !TryParseFlags(text, fields[1], type, out var flags, out error)
            || !TryParseRights(text, fields[2], out uint mask, out error)
            || !TryParseGuid(text, fields[3], "object type", out var objectType, out error)
            || !TryParseGuid(text, fields[4], "inherited object type", out var inheritedType, out error))
        {
            return false;
        }

        if ((objectType is not null || inheritedType is not null) && !AceTypeInfo.IsObjectAce(type))
        {
            error = new ParseError(fields[3].Start, $"ACE type {SddlTables.CodeOf(type)} is not an object ACE type and cannot carry GUIDs");
            return false;
        }

        var (sidStart, sidEnd) = fields[5];
        if (!context.TryParseSid(text.AsSpan(sidStart, sidEnd - sidStart), sidStart, out var sid, out error))
        {
            return false;
        }

        byte[] data = [];
        if (text[p - 1] == ';')
        {
            if (!TryParseExtra(text, ref p, type, context, out data, out error))
            {
                return false;
            }
        }

        if (4 + 8 + 32 + sid.BinaryLength + data.Length > ushort.MaxValue)
        {
            error = new ParseError(open, "the ACE grows past 65535 bytes, the most AceSize can hold");
            return false;
        }

        ace = AceTypeInfo.IsObjectAce(type)
            ? Ace.CreateObject(type, flags, mask, sid, objectType, inheritedType, data)
            : Ace.Create(type, flags, mask, sid, data);
        pos = p;
        error = default;
        return true;
    }

    private static bool TryParseExtra(string text, ref int p, AceType type, SddlContext context, out byte[] data, out ParseError error)
    {
        data = [];
        bool condition = SddlTables.TakesCondition(type);
        if (!condition && type != AceType.SystemResourceAttribute)
        {
            error = new ParseError(p - 1, $"a {SddlTables.CodeOf(type)} ACE has six fields; only XA, XD, ZA, XU, FL (condition) and RA (attribute) take a seventh");
            return false;
        }

        int q = p;
        while (q < text.Length && text[q] == ' ')
        {
            q++;
        }

        if (q >= text.Length || text[q] != '(')
        {
            error = new ParseError(q, condition ? "expected '(' to open the conditional expression" : "expected '(' to open the resource attribute");
            return false;
        }

        bool ok = condition
            ? ConditionalExpressionSddl.TryParse(text, q, context, out data, out int end, out error)
            : ResourceAttributeSddl.TryParse(text, q, context, out data, out end, out error);
        if (!ok)
        {
            return false;
        }

        if (end >= text.Length || text[end] != ')')
        {
            error = new ParseError(end, "expected ')' to close the ACE");
            return false;
        }

        p = end + 1;
        return true;
    }

    private static bool TryParseType(string text, (int Start, int End) field, out AceType type, out ParseError error)
    {
        var code = text.AsSpan(field.Start, field.End - field.Start).TrimStart(' ');
        foreach (var (c, t) in SddlTables.AceTypes)
        {
            if (code.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                error = default;
                return true;
            }
        }

        type = default;
        error = new ParseError(field.Start, $"unknown ACE type '{code.ToString()}'");
        return false;
    }

    private static bool TryParseFlags(string text, (int Start, int End) field, AceType type, out AceFlags flags, out ParseError error)
    {
        flags = AceFlags.None;
        int p = field.Start;
        while (p < field.End && text[p] == ' ')
        {
            p++;
        }

        while (p < field.End)
        {
            if (p + 2 > field.End || !TryFlag(text.AsSpan(p, 2), type, out var flag))
            {
                error = new ParseError(p, $"unknown ACE flag '{text.Substring(p, Math.Min(2, field.End - p))}'");
                return false;
            }

            flags |= flag;
            p += 2;
        }

        error = default;
        return true;
    }

    private static bool TryFlag(ReadOnlySpan<char> code, AceType type, out AceFlags flag)
    {
        foreach (var (c, f) in SddlTables.AceFlagCodes)
        {
            if (code.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                flag = f;
                return true;
            }
        }

        flag = AceFlags.SuccessfulAccess;
        return type == AceType.SystemAccessFilter && code.Equals(SddlTables.TrustProtectedCode, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Rights: empty (0), a number read like wcstoul with saturation and sign (windows_is_weird.txt), or two-letter codes.</summary>
    private static bool TryParseRights(string text, (int Start, int End) field, out uint mask, out ParseError error)
    {
        mask = 0;
        var span = text.AsSpan(field.Start, field.End - field.Start);
        int p = 0;
        while (p < span.Length && span[p] == ' ')
        {
            p++;
        }

        if (p == span.Length)
        {
            error = default;
            return true;
        }

        if (char.IsAsciiDigit(span[p]) || span[p] is '-' or '+')
        {
            return TryParseNumericRights(span, p, field.Start, out mask, out error);
        }

        while (p < span.Length)
        {
            if (p + 2 > span.Length || !SddlTables.RightsByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span.Slice(p, 2), out uint bits))
            {
                error = new ParseError(field.Start + p, $"unknown access right '{span.Slice(p, Math.Min(2, span.Length - p)).ToString()}'");
                return false;
            }

            mask |= bits;
            p += 2;

            // Blanks may separate codes ("RP LCLO  RC", non_canonical.txt) but not end the field ("GA ", should_fail.txt).
            int blanks = p;
            while (p < span.Length && span[p] == ' ')
            {
                p++;
            }

            if (p == span.Length && blanks != p)
            {
                error = new ParseError(field.Start + blanks, "blank after the last access right");
                return false;
            }
        }

        error = default;
        return true;
    }

    private static bool TryParseNumericRights(ReadOnlySpan<char> span, int p, int offset, out uint mask, out ParseError error)
    {
        mask = 0;
        bool negative = span[p] == '-';
        if (span[p] is '-' or '+')
        {
            p++;
        }

        if (!SddlNumber.TryReadUnsigned(span, ref p, 0, out ulong value, out _, out bool overflow) || p != span.Length)
        {
            error = new ParseError(offset + p, "access mask must be a number with nothing after it");
            return false;
        }

        // wcstoul semantics: saturate at ULONG_MAX, then negate modulo 2^32 for a leading '-'.
        uint magnitude = overflow || value > uint.MaxValue ? uint.MaxValue : (uint)value;
        mask = negative ? unchecked(0u - magnitude) : magnitude;
        error = default;
        return true;
    }

    private static bool TryParseGuid(string text, (int Start, int End) field, string what, out Guid? guid, out ParseError error)
    {
        guid = null;
        var span = text.AsSpan(field.Start, field.End - field.Start);
        error = default;
        if (span.Trim(' ').IsEmpty)
        {
            return true;
        }

        // Only the bare 8-4-4-4-12 form, no braces, no blanks (should_fail.txt).
        if (span.Length != 36 || span.Contains(' ') || !Guid.TryParseExact(span, "D", out var value))
        {
            error = new ParseError(field.Start, $"{what} '{span.ToString()}' is not a GUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
            return false;
        }

        guid = value;
        return true;
    }

    private static string FieldName(int i) => i switch
    {
        0 => "ACE type",
        1 => "ACE flags",
        2 => "rights",
        3 => "object GUID",
        4 => "inherited object GUID",
        _ => "SID",
    };
}
