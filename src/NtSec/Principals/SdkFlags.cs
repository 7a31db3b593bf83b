using System.Globalization;
using System.Numerics;
using System.Text;

namespace NtSec.Principals;

/// <summary>
/// Text form of [Flags] enums whose members carry SDK names (<see cref="GroupAttributes"/>,
/// <see cref="PrivilegeAttributes"/>): names joined by "|", e.g.
/// "SE_GROUP_MANDATORY|SE_GROUP_ENABLED", with unnamed bits as one trailing 0x number.
/// </summary>
public static class SdkFlags
{
    /// <summary>
    /// Formats <paramref name="value"/>: the names of its set members in ascending value order,
    /// joined by "|"; a multi-bit member (SE_GROUP_LOGON_ID) is named only when all its bits are
    /// set. Bits no member covers follow as "0x" + upper-case hex. Zero formats as "0".
    /// </summary>
    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var table = GetTable<TEnum>();
        ulong remaining = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
        if (remaining == 0)
        {
            return "0";
        }

        // Widest members first, so SE_GROUP_LOGON_ID (two bits) takes both of its bits.
        var chosen = new List<(string Name, ulong Bits)>();
        foreach (var member in table.ByWidth)
        {
            if ((remaining & member.Bits) == member.Bits)
            {
                chosen.Add(member);
                remaining &= ~member.Bits;
            }
        }

        chosen.Sort((a, b) => a.Bits.CompareTo(b.Bits));
        var sb = new StringBuilder();
        foreach (var (name, _) in chosen)
        {
            sb.Append(sb.Length > 0 ? "|" : "").Append(name);
        }

        if (remaining != 0)
        {
            sb.Append(sb.Length > 0 ? "|" : "").Append("0x").Append(remaining.ToString("X", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Parses "|"-joined SDK names (case-insensitive) and numbers (decimal or 0x hex).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => TryParse(text, out value, out _);

    /// <summary>Parses "|"-joined SDK names and numbers, reporting what is wrong and where.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value, out ParseError error)
        where TEnum : struct, Enum
    {
        value = default;
        var table = GetTable<TEnum>();
        if (string.IsNullOrEmpty(text))
        {
            error = new ParseError(0, "expected flag names or a number");
            return false;
        }

        ulong result = 0;
        int start = 0;
        while (true)
        {
            int bar = text.IndexOf('|', start);
            int end = bar < 0 ? text.Length : bar;
            var part = text.AsSpan(start, end - start);
            int lead = part.Length - part.TrimStart().Length;
            part = part.Trim();
            int at = start + lead;
            if (part.IsEmpty)
            {
                error = new ParseError(at, "expected a flag name or a number");
                return false;
            }

            if (!TryParsePart(table, part, out var bits))
            {
                error = new ParseError(at, $"\"{part}\" is not a {typeof(TEnum).Name} name or a number");
                return false;
            }

            if (bits > table.Max)
            {
                error = new ParseError(at, "number too large");
                return false;
            }

            result |= bits;
            if (bar < 0)
            {
                break;
            }

            start = bar + 1;
        }

        value = (TEnum)Enum.ToObject(typeof(TEnum), result);
        error = default;
        return true;
    }

    /// <summary>Parses as <see cref="TryParse{TEnum}(string?, out TEnum, out ParseError)"/> does.</summary>
    /// <exception cref="FormatErrorException">The text is not flag names or a number.</exception>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse<TEnum>(text, out var value, out var error) ? value : throw new FormatErrorException(error);
    }

    private static Table GetTable<TEnum>()
        where TEnum : struct, Enum
    {
        if (Type.GetTypeCode(typeof(TEnum)) is not (TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64))
        {
            throw new ArgumentException($"{typeof(TEnum).Name} is not an unsigned enum", nameof(TEnum));
        }

        return Cache<TEnum>.Instance;
    }

    private static bool TryParsePart(Table table, ReadOnlySpan<char> part, out ulong bits)
    {
        if (part.Length > 2 && part[0] == '0' && (part[1] | 0x20) == 'x')
        {
            return ulong.TryParse(part[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bits);
        }

        if (char.IsAsciiDigit(part[0]))
        {
            return ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out bits);
        }

        foreach (var (name, value) in table.ByValue)
        {
            if (part.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                bits = value;
                return true;
            }
        }

        // Zero-valued members ("None") are accepted too.
        foreach (var name in table.ZeroNames)
        {
            if (part.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                bits = 0;
                return true;
            }
        }

        bits = 0;
        return false;
    }

    private sealed class Table
    {
        public Table(Type enumType)
        {
            var members = Enum.GetNames(enumType)
                .Select(n => (Name: n, Bits: Convert.ToUInt64(Enum.Parse(enumType, n), CultureInfo.InvariantCulture)))
                .ToArray();
            ByValue = [.. members.Where(m => m.Bits != 0).OrderBy(m => m.Bits)];
            ByWidth = [.. ByValue.OrderByDescending(m => BitOperations.PopCount(m.Bits)).ThenBy(m => m.Bits)];
            ZeroNames = [.. members.Where(m => m.Bits == 0).Select(m => m.Name)];
            Max = Type.GetTypeCode(enumType) switch
            {
                TypeCode.Byte => byte.MaxValue,
                TypeCode.UInt16 => ushort.MaxValue,
                TypeCode.UInt32 => uint.MaxValue,
                _ => ulong.MaxValue,
            };
        }

        public (string Name, ulong Bits)[] ByValue { get; }

        public (string Name, ulong Bits)[] ByWidth { get; }

        public string[] ZeroNames { get; }

        public ulong Max { get; }
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static Table Instance { get; } = new(typeof(TEnum));
    }
}
