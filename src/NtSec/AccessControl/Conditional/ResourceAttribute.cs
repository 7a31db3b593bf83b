using System.Collections.Immutable;
using NtSec.Principals;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// A resource attribute: the claim a SYSTEM_RESOURCE_ATTRIBUTE_ACE (SDDL "RA") carries, stored as
/// CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1 (MS-DTYP 2.4.10.1). Conditional expressions read it as
/// @Resource.name. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Values"/> holds <see cref="long"/> for <see cref="ResourceAttributeType.Int64"/>,
/// <see cref="ulong"/> for UInt64, <see cref="bool"/> for Boolean, <see cref="string"/> for String,
/// <see cref="Principals.Sid"/> for Sid and <see cref="ImmutableArray{T}"/> of bytes for OctetString,
/// in stored order; duplicates are kept.
/// </remarks>
public sealed class ResourceAttribute
{
    /// <summary>Creates a resource attribute; every value must have the CLR type of <paramref name="valueType"/> (a byte[] is taken for an octet string).</summary>
    /// <exception cref="ArgumentException">The name is empty, the type unknown, or a value of the wrong type.</exception>
    public ResourceAttribute(string name, ResourceAttributeType valueType, ResourceAttributeFlags flags, IEnumerable<object> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (name.Length == 0)
        {
            throw new ArgumentException("a resource attribute name has at least one character (MS-DTYP 2.4.10.1)", nameof(name));
        }

        if (!Enum.IsDefined(valueType))
        {
            throw new ArgumentException($"value type 0x{(ushort)valueType:x} is not one of TI, TU, TS, TD, TB, TX", nameof(valueType));
        }

        var builder = ImmutableArray.CreateBuilder<object>();
        foreach (var value in values)
        {
            object normalized = value is byte[] bytes ? ImmutableArray.Create(bytes) : value;
            bool ok = valueType switch
            {
                ResourceAttributeType.Int64 => normalized is long,
                ResourceAttributeType.UInt64 => normalized is ulong,
                ResourceAttributeType.String => normalized is string,
                ResourceAttributeType.Sid => normalized is Sid,
                ResourceAttributeType.Boolean => normalized is bool,
                _ => normalized is ImmutableArray<byte> { IsDefault: false },
            };
            if (!ok)
            {
                throw new ArgumentException($"value {value ?? "null"} does not fit type {valueType}", nameof(values));
            }

            builder.Add(normalized);
        }

        Name = name;
        ValueType = valueType;
        Flags = flags;
        Values = builder.ToImmutable();
    }

    /// <summary>The attribute (claim) name.</summary>
    public string Name { get; }

    /// <summary>The type of every value.</summary>
    public ResourceAttributeType ValueType { get; }

    /// <summary>The flags.</summary>
    public ResourceAttributeFlags Flags { get; }

    /// <summary>The values, in stored order (see the remarks for their CLR types).</summary>
    public ImmutableArray<object> Values { get; }
}
