using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace NtSec.Principals;

/// <summary>
/// A security identifier (MS-DTYP 2.4.2): revision 1, a 48-bit identifier authority and
/// 0 to 15 sub-authorities. Immutable, with value equality and a precomputed hash.
/// </summary>
public sealed class Sid : IEquatable<Sid>
{
    /// <summary>SID_REVISION (MS-DTYP 2.4.2.2).</summary>
    public const byte Revision = 1;

    /// <summary>SID_MAX_SUB_AUTHORITIES (winnt.h).</summary>
    public const int MaxSubAuthorities = 15;

    /// <summary>The largest identifier authority: 48 bits (MS-DTYP 2.4.1).</summary>
    public const ulong MaxAuthority = 0xFFFF_FFFF_FFFF;

    private readonly uint[] _subAuthorities;
    private readonly int _hash;

    /// <summary>Creates a SID from its authority and sub-authorities.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The authority exceeds 48 bits or there are more than 15 sub-authorities.</exception>
    public Sid(ulong authority, params ReadOnlySpan<uint> subAuthorities)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(authority, MaxAuthority);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subAuthorities.Length, MaxSubAuthorities, nameof(subAuthorities));
        Authority = authority;
        _subAuthorities = subAuthorities.ToArray();
        var hash = new HashCode();
        hash.Add(authority);
        foreach (var s in _subAuthorities)
        {
            hash.Add(s);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The identifier authority (SID_IDENTIFIER_AUTHORITY as a number).</summary>
    public ulong Authority { get; }

    /// <summary>The sub-authorities, in order.</summary>
    public ReadOnlySpan<uint> SubAuthorities => _subAuthorities;

    /// <summary>Number of sub-authorities.</summary>
    public int SubAuthorityCount => _subAuthorities.Length;

    /// <summary>The last sub-authority (the RID), or null when there is none.</summary>
    public uint? Rid => _subAuthorities.Length == 0 ? null : _subAuthorities[^1];

    /// <summary>Size of the binary form: 8 + 4 x sub-authority count (RtlLengthSid).</summary>
    public int BinaryLength => 8 + (4 * _subAuthorities.Length);

    /// <summary>Returns a SID with <paramref name="rid"/> appended (e.g. domain SID + RID).</summary>
    public Sid Append(uint rid)
    {
        Span<uint> subs = stackalloc uint[_subAuthorities.Length + 1];
        _subAuthorities.CopyTo(subs);
        subs[^1] = rid;
        return new Sid(Authority, subs);
    }

    /// <summary>True when this SID is <paramref name="prefix"/> followed by exactly one more sub-authority.</summary>
    public bool IsDirectChildOf(Sid prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Authority == prefix.Authority
            && _subAuthorities.Length == prefix._subAuthorities.Length + 1
            && _subAuthorities.AsSpan(0, prefix._subAuthorities.Length).SequenceEqual(prefix._subAuthorities);
    }

    /// <summary>Parses "S-1-AUTHORITY-SUB-..." as ConvertStringSidToSid does (authority decimal, or 0x hex).</summary>
    /// <exception cref="FormatErrorException">The text is not a SID string.</exception>
    public static Sid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var sid, out var error) ? sid : throw new FormatErrorException(error);
    }

    /// <summary>Parses a SID string; returns false for anything that is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Sid? sid) =>
        TryParse(text, out sid, out _);

    /// <summary>Parses a SID string, reporting what is wrong and where.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Sid? sid, out ParseError error)
    {
        sid = null;
        if (text is null)
        {
            error = new ParseError(0, "no SID string");
            return false;
        }

        if (text.Length < 4 || (text[0] != 'S' && text[0] != 's') || text[1] != '-')
        {
            error = new ParseError(0, "a SID string starts with \"S-\"");
            return false;
        }

        int pos = 2;
        if (!TryReadNumber(text, ref pos, out var revision, out error))
        {
            return false;
        }

        if (revision != Revision)
        {
            error = new ParseError(2, $"SID revision must be 1, not {revision}");
            return false;
        }

        if (!Expect(text, ref pos, out error) || !TryReadNumber(text, ref pos, out var authority, out error))
        {
            return false;
        }

        if (authority > MaxAuthority)
        {
            error = new ParseError(pos, "identifier authority exceeds 48 bits");
            return false;
        }

        Span<uint> subs = stackalloc uint[MaxSubAuthorities];
        int count = 0;
        while (pos < text.Length)
        {
            if (!Expect(text, ref pos, out error))
            {
                return false;
            }

            if (count == MaxSubAuthorities)
            {
                error = new ParseError(pos, "more than 15 sub-authorities");
                return false;
            }

            int start = pos;
            if (!TryReadNumber(text, ref pos, out var sub, out error))
            {
                return false;
            }

            if (sub > uint.MaxValue)
            {
                error = new ParseError(start, "sub-authority exceeds 32 bits");
                return false;
            }

            subs[count++] = (uint)sub;
        }

        sid = new Sid(authority, subs[..count]);
        error = default;
        return true;
    }

    private static bool Expect(string text, ref int pos, out ParseError error)
    {
        if (pos < text.Length && text[pos] == '-')
        {
            pos++;
            error = default;
            return true;
        }

        error = new ParseError(pos, "expected '-'");
        return false;
    }

    private static bool TryReadNumber(string text, ref int pos, out ulong value, out ParseError error)
    {
        value = 0;
        int start = pos;
        bool hex = pos + 1 < text.Length && text[pos] == '0' && (text[pos + 1] == 'x' || text[pos + 1] == 'X');
        if (hex)
        {
            pos += 2;
        }

        int digitsStart = pos;
        while (pos < text.Length && (hex ? char.IsAsciiHexDigit(text[pos]) : char.IsAsciiDigit(text[pos])))
        {
            uint digit = (uint)HexDigitValue(text[pos]);
            if (value > (ulong.MaxValue - digit) / (hex ? 16u : 10u))
            {
                error = new ParseError(start, "number too large");
                return false;
            }

            value = (value * (hex ? 16u : 10u)) + digit;
            pos++;
        }

        if (pos == digitsStart)
        {
            error = new ParseError(start, "expected a number");
            return false;
        }

        error = default;
        return true;
    }

    private static int HexDigitValue(char c) =>
        c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>
    /// Reads a binary SID (MS-DTYP 2.4.2.2: revision, count, 6-byte big-endian authority,
    /// little-endian sub-authorities) as RtlValidSid accepts it.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out Sid? sid, out int consumed) =>
        TryRead(source, out sid, out consumed, out _);

    /// <summary>Reads a binary SID, reporting what is wrong and at which byte.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out Sid? sid, out int consumed, out ParseError error)
    {
        sid = null;
        consumed = 0;
        if (source.Length < 8)
        {
            error = new ParseError(0, $"a SID needs 8 bytes, {source.Length} left", true);
            return false;
        }

        if (source[0] != Revision)
        {
            error = new ParseError(0, $"SID revision {source[0]} is not 1", true);
            return false;
        }

        int count = source[1];
        if (count > MaxSubAuthorities)
        {
            error = new ParseError(1, $"SID has {count} sub-authorities; at most 15 are allowed", true);
            return false;
        }

        int length = 8 + (4 * count);
        if (source.Length < length)
        {
            error = new ParseError(0, $"SID with {count} sub-authorities needs {length} bytes, {source.Length} left", true);
            return false;
        }

        ulong authority = 0;
        for (int i = 2; i < 8; i++)
        {
            authority = (authority << 8) | source[i];
        }

        Span<uint> subs = stackalloc uint[count];
        for (int i = 0; i < count; i++)
        {
            subs[i] = BinaryPrimitives.ReadUInt32LittleEndian(source.Slice(8 + (4 * i)));
        }

        sid = new Sid(authority, subs);
        consumed = length;
        error = default;
        return true;
    }

    /// <summary>Writes the binary form; false when <paramref name="destination"/> is too small.</summary>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < BinaryLength)
        {
            return false;
        }

        destination[0] = Revision;
        destination[1] = (byte)_subAuthorities.Length;
        for (int i = 0; i < 6; i++)
        {
            destination[2 + i] = (byte)(Authority >> (8 * (5 - i)));
        }

        for (int i = 0; i < _subAuthorities.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination.Slice(8 + (4 * i)), _subAuthorities[i]);
        }

        written = BinaryLength;
        return true;
    }

    /// <summary>The binary form as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[BinaryLength];
        TryWrite(bytes, out _);
        return bytes;
    }

    /// <summary>
    /// "S-1-..." as Windows writes it: the authority in decimal below 2^32, otherwise as 0x
    /// followed by upper-case hex without leading zeros (non_canonical.txt: "S-1-0x12A05F200-30-40").
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder(16 + (11 * _subAuthorities.Length));
        sb.Append("S-1-");
        if (Authority < 0x1_0000_0000)
        {
            sb.Append(Authority.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append("0x").Append(Authority.ToString("X", CultureInfo.InvariantCulture));
        }

        foreach (var s in _subAuthorities)
        {
            sb.Append('-').Append(s.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Sid? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_hash == other._hash && Authority == other.Authority && _subAuthorities.AsSpan().SequenceEqual(other._subAuthorities)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Sid);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>Value equality.</summary>
    public static bool operator ==(Sid? left, Sid? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Sid? left, Sid? right) => !(left == right);
}
