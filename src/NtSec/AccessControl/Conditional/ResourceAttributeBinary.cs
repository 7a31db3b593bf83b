using System.Buffers.Binary;
using System.Collections.Immutable;
using NtSec.Principals;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1 (MS-DTYP 2.4.10.1), the application data of a
/// SYSTEM_RESOURCE_ATTRIBUTE_ACE (MS-DTYP 2.4.4.15).
/// </summary>
/// <remarks>
/// Windows' layout, read from the vectors' bytes: Name offset (4), ValueType (2), Reserved (2) = 0,
/// Flags (4), ValueCount (4), one 4-byte offset per value; then the name as NUL-terminated
/// UTF-16; then the values in order with no alignment (8 bytes each for TI/TU/TB, NUL-terminated
/// UTF-16 for TS, a 4-byte length and the bytes for TX and, per MS-DTYP, for TD's SIDs); then
/// 0x00 bytes up to a multiple of 4. Offsets count from the start of the structure.
/// </remarks>
public static class ResourceAttributeBinary
{
    private const int HeaderLength = 16;

    /// <summary>Encodes a resource attribute in Windows' layout.</summary>
    public static byte[] Encode(ResourceAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        int count = attribute.Values.Length;
        int nameOffset = checked(HeaderLength + (4 * count));
        int length = checked(nameOffset + (2 * (attribute.Name.Length + 1)));
        foreach (var value in attribute.Values)
        {
            length = checked(length + ValueLength(value));
        }

        var bytes = new byte[checked((length + 3) & ~3)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, nameOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], (ushort)attribute.ValueType);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)attribute.Flags);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], count);
        Utf16.Write(attribute.Name, span[nameOffset..]);
        int pos = nameOffset + (2 * (attribute.Name.Length + 1));
        for (int i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(HeaderLength + (4 * i))..], pos);
            pos = WriteValue(span, pos, attribute.Values[i]);
        }

        return bytes;
    }

    private static int ValueLength(object value) => value switch
    {
        long or ulong or bool => 8,
        string s => checked(2 * (s.Length + 1)),
        Sid sid => 4 + sid.BinaryLength,
        ImmutableArray<byte> octets => checked(4 + octets.Length),
        _ => throw new InvalidOperationException($"unexpected value type {value.GetType().Name}"),
    };

    private static int WriteValue(Span<byte> span, int pos, object value)
    {
        switch (value)
        {
            case long l:
                BinaryPrimitives.WriteInt64LittleEndian(span[pos..], l);
                return pos + 8;
            case ulong u:
                BinaryPrimitives.WriteUInt64LittleEndian(span[pos..], u);
                return pos + 8;
            case bool b:
                BinaryPrimitives.WriteUInt64LittleEndian(span[pos..], b ? 1UL : 0UL);
                return pos + 8;
            case string s:
                Utf16.Write(s, span[pos..]);
                return pos + (2 * (s.Length + 1));
            case Sid sid:
                BinaryPrimitives.WriteInt32LittleEndian(span[pos..], sid.BinaryLength);
                sid.TryWrite(span[(pos + 4)..], out int written);
                return pos + 4 + written;
            default:
                var octets = (ImmutableArray<byte>)value;
                BinaryPrimitives.WriteInt32LittleEndian(span[pos..], octets.Length);
                octets.AsSpan().CopyTo(span[(pos + 4)..]);
                return pos + 4 + octets.Length;
        }
    }

    /// <summary>
    /// Decodes a CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1. Offsets may point anywhere inside the data;
    /// every name, value and length must lie within it. Boolean values must be 0 or 1.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, [NotNullWhen(true)] out ResourceAttribute? attribute, out ParseError error)
    {
        attribute = null;
        if (data.Length < HeaderLength)
        {
            error = Error(0, $"a resource attribute needs a 16-byte header, {data.Length} bytes given");
            return false;
        }

        uint nameOffset = BinaryPrimitives.ReadUInt32LittleEndian(data);
        var type = (ResourceAttributeType)BinaryPrimitives.ReadUInt16LittleEndian(data[4..]);
        var flags = (ResourceAttributeFlags)BinaryPrimitives.ReadUInt32LittleEndian(data[8..]);
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(data[12..]);
        if (!Enum.IsDefined(type))
        {
            error = Error(4, $"value type 0x{(ushort)type:x4} is not INT64, UINT64, STRING, SID, BOOLEAN or OCTET_STRING");
            return false;
        }

        if (count > (uint)(data.Length - HeaderLength) / 4)
        {
            error = Error(12, $"{count} value offsets do not fit in {data.Length} bytes");
            return false;
        }

        if (!TryReadTerminatedString(data, nameOffset, 0, "name", out var name, out error))
        {
            return false;
        }

        if (name.Length == 0)
        {
            error = Error(0, "the resource attribute name is empty (MS-DTYP 2.4.10.1 requires at least one character)");
            return false;
        }

        var values = new List<object>((int)count);
        for (int i = 0; i < count; i++)
        {
            int offsetAt = HeaderLength + (4 * i);
            uint offset = BinaryPrimitives.ReadUInt32LittleEndian(data[offsetAt..]);
            if (!TryReadValue(data, type, offset, offsetAt, out var value, out error))
            {
                return false;
            }

            values.Add(value);
        }

        attribute = new ResourceAttribute(name, type, flags, values);
        error = default;
        return true;
    }

    /// <summary>Decodes a CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1, throwing on malformed input.</summary>
    /// <exception cref="FormatErrorException">The data is malformed.</exception>
    public static ResourceAttribute Decode(ReadOnlySpan<byte> data) =>
        TryDecode(data, out var attribute, out var error) ? attribute : throw new FormatErrorException(error);

    private static bool TryReadValue(ReadOnlySpan<byte> data, ResourceAttributeType type, uint offset, int offsetAt, [NotNullWhen(true)] out object? value, out ParseError error)
    {
        value = null;
        if (offset >= (uint)data.Length)
        {
            error = Error(offsetAt, $"value offset {offset} is outside the {data.Length} bytes");
            return false;
        }

        var at = data[(int)offset..];
        switch (type)
        {
            case ResourceAttributeType.Int64 or ResourceAttributeType.UInt64 or ResourceAttributeType.Boolean:
                if (at.Length < 8)
                {
                    error = Error((int)offset, "an 8-byte value runs past the end");
                    return false;
                }

                ulong raw = BinaryPrimitives.ReadUInt64LittleEndian(at);
                if (type == ResourceAttributeType.Boolean && raw > 1)
                {
                    error = Error((int)offset, $"boolean value {raw} is not 0 or 1");
                    return false;
                }

                value = type switch
                {
                    ResourceAttributeType.Int64 => unchecked((long)raw),
                    ResourceAttributeType.UInt64 => raw,
                    _ => raw == 1,
                };
                break;
            case ResourceAttributeType.String:
                if (!TryReadTerminatedString(data, offset, offsetAt, "string value", out var text, out error))
                {
                    return false;
                }

                value = text;
                return true;
            default:
                if (at.Length < 4 || BinaryPrimitives.ReadUInt32LittleEndian(at) > (uint)(at.Length - 4))
                {
                    error = Error((int)offset, "a counted value's length runs past the end");
                    return false;
                }

                var bytes = at.Slice(4, (int)BinaryPrimitives.ReadUInt32LittleEndian(at));
                if (type == ResourceAttributeType.OctetString)
                {
                    value = ImmutableArray.Create(bytes.ToArray());
                    break;
                }

                if (!Sid.TryRead(bytes, out var sid, out int consumed, out var sidError) || consumed != bytes.Length)
                {
                    error = Error((int)offset + 4, sid is null ? sidError.Message : "SID value length does not match its SID");
                    return false;
                }

                value = sid;
                break;
        }

        error = default;
        return true;
    }

    private static bool TryReadTerminatedString(ReadOnlySpan<byte> data, uint offset, int offsetAt, string what, [NotNullWhen(true)] out string? text, out ParseError error)
    {
        text = null;
        if (offset > (uint)data.Length)
        {
            error = Error(offsetAt, $"{what} offset {offset} is outside the {data.Length} bytes");
            return false;
        }

        var rest = data[(int)offset..];
        for (int i = 0; i + 1 < rest.Length; i += 2)
        {
            if (rest[i] == 0 && rest[i + 1] == 0)
            {
                text = Utf16.Read(rest[..i]);
                error = default;
                return true;
            }
        }

        error = Error((int)offset, $"{what} has no NUL terminator");
        return false;
    }

    private static ParseError Error(int offset, string message) => new(offset, message, true);
}
