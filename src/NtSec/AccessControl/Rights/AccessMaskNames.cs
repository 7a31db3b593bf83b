using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access masks as text, per object type: the CONTRACT.md MASK syntax (hex <c>0x120089</c>,
/// decimal <c>1179785</c>, or SDK names joined by <c>|</c> such as
/// <c>FILE_GENERIC_READ|DELETE</c>) and a canonical name form for output.
/// </summary>
/// <remarks>
/// <para><b>Parsing.</b> A mask is one or more segments separated by <c>|</c>; blanks (space, tab)
/// may surround every segment. A segment is a number or a name. A number starting with
/// <c>0x</c>/<c>0X</c> is hexadecimal; any other number is decimal, leading zeros included (no
/// octal); it must fit in 32 bits. A name is matched case-insensitively against the type's own
/// SDK names (its rights enum, aliases included) and the standard names of
/// <see cref="StandardRights"/> (DELETE, READ_CONTROL, WRITE_DAC, WRITE_OWNER, SYNCHRONIZE,
/// STANDARD_RIGHTS_*, SPECIFIC_RIGHTS_ALL, ACCESS_SYSTEM_SECURITY, MAXIMUM_ALLOWED, GENERIC_*).
/// A name that belongs only to another type (TOKEN_QUERY for a file) is an error that says which
/// type it belongs to. The segments are ORed; generic bits are returned as they are (map them with
/// <see cref="ObjectTypeInfo.GenericMapping"/>). Errors carry the character offset of the
/// offending segment or character; a failed parse returns mask 0.</para>
/// <para><b>Formatting.</b> 0 is <c>"0"</c>. Otherwise names are chosen in four passes and
/// joined with <c>|</c> in this order: (1) the type's multi-bit names (FILE_ALL_ACCESS,
/// FILE_GENERIC_READ, TOKEN_READ, KEY_WRITE, ...), tried largest first (most bits, then highest
/// value), each taken when all its bits are in the mask and it adds at least one bit not yet
/// named (so 0x001201BF prints as FILE_GENERIC_WRITE|FILE_GENERIC_READ|FILE_GENERIC_EXECUTE);
/// (2) the remaining specific bits 0-15 that the type names, lowest bit first; (3) the remaining
/// standard, ACCESS_SYSTEM_SECURITY, MAXIMUM_ALLOWED and generic bits by their single-bit names
/// (DELETE, READ_CONTROL, ..., GENERIC_READ), lowest bit first — the STANDARD_RIGHTS_*
/// composites are never printed; (4) any bits left over as one hex number <c>0x%08X</c>. Where
/// the SDK has several names for one value the first one declared in the rights enum is printed
/// (FILE_LIST_DIRECTORY for a directory, FILE_CREATE_PIPE_INSTANCE for a pipe, KEY_READ rather
/// than KEY_EXECUTE). The output always parses back to the same mask for the same type.</para>
/// </remarks>
public static class AccessMaskNames
{
    private const int MaxQuotedLength = 64;

    private static readonly RightsNameTable[] Tables =
        [.. ObjectTypeInfo.All.Select(t => RightsNameTable.Build(t.RightsType))];

    /// <summary>For error hints: the first kind whose own rights enum defines a name.</summary>
    private static readonly FrozenDictionary<string, ObjectTypeKind> OwnerOf = BuildOwnerIndex();

    /// <summary>Parses <paramref name="text"/> as an access mask for <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined kind.</exception>
    public static bool TryParse(string text, ObjectTypeKind type, out AccessMask mask, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), type, out mask, out error);
    }

    /// <summary>Parses <paramref name="text"/> as an access mask for <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined kind.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, ObjectTypeKind type, out AccessMask mask, out ParseError error)
    {
        RightsNameTable table = TableFor(type);
        FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> lookup =
            table.Names.GetAlternateLookup<ReadOnlySpan<char>>();

        mask = default;
        error = default;
        uint result = 0;
        int pos = SkipBlanks(text, 0);
        if (pos == text.Length)
        {
            error = new ParseError(pos, "expected an access mask: a number such as 0x120089 or SDK right names joined by '|'");
            return false;
        }

        bool afterBar = false;
        while (true)
        {
            pos = SkipBlanks(text, pos);
            if (pos == text.Length || text[pos] == '|')
            {
                error = new ParseError(pos, afterBar
                    ? "expected an access right name or number after '|'"
                    : "expected an access right name or number before '|'");
                return false;
            }

            int start = pos;
            char c = text[pos];
            uint value;
            if (char.IsAsciiDigit(c))
            {
                pos = TokenEnd(text, pos);
                if (!TryParseNumber(text[start..pos], start, out value, out error))
                {
                    return false;
                }
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                pos = TokenEnd(text, pos);
                ReadOnlySpan<char> name = text[start..pos];
                if (!lookup.TryGetValue(name, out value))
                {
                    error = new ParseError(start, UnknownNameMessage(name, type));
                    return false;
                }
            }
            else
            {
                error = new ParseError(pos, $"unexpected character {Quote(c)}; expected an access right name or number");
                return false;
            }

            result |= value;
            pos = SkipBlanks(text, pos);
            if (pos == text.Length)
            {
                mask = new AccessMask(result);
                return true;
            }

            if (text[pos] != '|')
            {
                error = new ParseError(pos, $"expected '|' or the end of the mask, found {Quote(text[pos])}");
                return false;
            }

            pos++;
            afterBar = true;
        }
    }

    /// <summary>Parses <paramref name="text"/> as an access mask for <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined kind.</exception>
    /// <exception cref="FormatErrorException">The text is not a valid mask; the error names the offset.</exception>
    public static AccessMask Parse(string text, ObjectTypeKind type)
    {
        if (!TryParse(text, type, out AccessMask mask, out ParseError error))
        {
            throw new FormatErrorException(error);
        }

        return mask;
    }

    /// <summary>
    /// Looks up one SDK right name for <paramref name="type"/> (the type's own names and the
    /// standard names), case-insensitively.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined kind.</exception>
    public static bool TryGetValue(ReadOnlySpan<char> name, ObjectTypeKind type, out AccessMask value)
    {
        bool found = TableFor(type).Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out uint raw);
        value = new AccessMask(raw);
        return found;
    }

    /// <summary>
    /// Formats <paramref name="mask"/> as <c>|</c>-joined SDK names for <paramref name="type"/>,
    /// as described in the remarks of <see cref="AccessMaskNames"/>: "0" for 0, else composite
    /// names, then the type's single bits, then standard and generic bits, then hex for the rest.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined kind.</exception>
    public static string Format(AccessMask mask, ObjectTypeKind type)
    {
        RightsNameTable table = TableFor(type);
        uint value = mask.Value;
        if (value == 0)
        {
            return "0";
        }

        var text = new StringBuilder();
        uint named = 0;
        foreach ((string name, uint composite) in table.Composites)
        {
            if ((composite & ~value) == 0 && (composite & ~named) != 0)
            {
                Append(text, name);
                named |= composite;
            }
        }

        uint rest = value & ~named;
        for (int bit = 0; bit < 32 && rest != 0; bit++)
        {
            uint flag = 1u << bit;
            if ((rest & flag) != 0 && table.BitNames[bit] is string name)
            {
                Append(text, name);
                rest &= ~flag;
            }
        }

        if (rest != 0)
        {
            Append(text, "0x" + rest.ToString("X8", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Shortens user text quoted in an error message.</summary>
    internal static string Clip(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedLength ? text.ToString() : string.Concat(text[..MaxQuotedLength], "...");

    private static RightsNameTable TableFor(ObjectTypeKind type) => Tables[(int)ObjectTypeInfo.Get(type).Kind];

    private static string UnknownNameMessage(ReadOnlySpan<char> name, ObjectTypeKind type)
    {
        string typeName = ObjectTypeInfo.Get(type).Name;
        string quoted = Clip(name);
        if (OwnerOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out ObjectTypeKind owner))
        {
            return $"'{quoted}' is not an access right of type '{typeName}' (it is a '{ObjectTypeInfo.Get(owner).Name}' right)";
        }

        return $"unknown access right '{quoted}' for type '{typeName}'";
    }

    private static bool TryParseNumber(ReadOnlySpan<char> token, int offset, out uint value, out ParseError error)
    {
        value = 0;
        error = default;
        ulong accumulated = 0;
        bool hex = token.Length >= 2 && token[0] == '0' && (token[1] is 'x' or 'X');
        int first = hex ? 2 : 0;
        if (hex && token.Length == 2)
        {
            error = new ParseError(offset + 2, "expected hex digits after '0x'");
            return false;
        }

        for (int i = first; i < token.Length; i++)
        {
            char c = token[i];
            int digit = hex ? HexValue(c) : (char.IsAsciiDigit(c) ? c - '0' : -1);
            if (digit < 0)
            {
                error = new ParseError(offset + i, $"{Quote(c)} is not a {(hex ? "hex" : "decimal")} digit");
                return false;
            }

            accumulated = (accumulated * (hex ? 16u : 10u)) + (uint)digit;
            if (accumulated > uint.MaxValue)
            {
                error = new ParseError(offset, "number is larger than 0xFFFFFFFF");
                return false;
            }
        }

        value = (uint)accumulated;
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static int SkipBlanks(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }

        return pos;
    }

    private static int TokenEnd(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }

        return pos;
    }

    private static string Quote(char c) =>
        char.IsControl(c) ? $"U+{(int)c:X4}" : $"'{c}'";

    private static void Append(StringBuilder text, string name)
    {
        if (text.Length != 0)
        {
            text.Append('|');
        }

        text.Append(name);
    }

    private static FrozenDictionary<string, ObjectTypeKind> BuildOwnerIndex()
    {
        var owners = new Dictionary<string, ObjectTypeKind>(StringComparer.OrdinalIgnoreCase);
        foreach (ObjectTypeInfo info in ObjectTypeInfo.All)
        {
            foreach (string name in Tables[(int)info.Kind].OwnNames.Order(StringComparer.Ordinal))
            {
                owners.TryAdd(name, info.Kind);
            }
        }

        return owners.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
