namespace NtSec.AccessControl.Conditional;

/// <summary>A Unicode string literal (MS-DTYP 2.4.4.17.5): UTF-16LE with a 4-byte byte length, no terminator.</summary>
public sealed class ConditionalStringLiteral : ConditionalLiteral
{
    /// <summary>Creates a string literal.</summary>
    public ConditionalStringLiteral(string value)
        : base(ConditionalToken.UnicodeString)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The string (UTF-16 code units as stored, unpaired surrogates included).</summary>
    public string Value { get; }

    internal override int TokenLength => checked(5 + (2 * Value.Length));
}
