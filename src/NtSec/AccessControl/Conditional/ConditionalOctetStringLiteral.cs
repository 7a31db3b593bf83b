using System.Collections.Immutable;

namespace NtSec.AccessControl.Conditional;

/// <summary>An octet string literal (MS-DTYP 2.4.4.17.5): a 4-byte length and the bytes; SDDL "#0a1b".</summary>
public sealed class ConditionalOctetStringLiteral : ConditionalLiteral
{
    /// <summary>Creates an octet string literal.</summary>
    public ConditionalOctetStringLiteral(ReadOnlySpan<byte> value)
        : base(ConditionalToken.OctetString)
    {
        Value = [.. value];
    }

    /// <summary>The bytes.</summary>
    public ImmutableArray<byte> Value { get; }

    internal override int TokenLength => checked(5 + Value.Length);
}
