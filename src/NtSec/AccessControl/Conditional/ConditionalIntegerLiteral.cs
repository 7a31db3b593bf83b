namespace NtSec.AccessControl.Conditional;

/// <summary>
/// An integer literal (MS-DTYP 2.4.4.17.5): a 64-bit value plus the sign and base it was written
/// with. Tokens 0x01-0x04 all store 8 value bytes; Windows' SDDL parser only writes 0x04.
/// </summary>
public sealed class ConditionalIntegerLiteral : ConditionalLiteral
{
    /// <summary>Creates an integer literal.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is out of range, or <paramref name="token"/> is not 0x01-0x04.</exception>
    public ConditionalIntegerLiteral(long value, ConditionalIntegerSign sign = ConditionalIntegerSign.None,
        ConditionalIntegerBase numberBase = ConditionalIntegerBase.Decimal, ConditionalToken token = ConditionalToken.SignedInt64)
        : base(token)
    {
        if (!ConditionalTokenInfo.IsInteger(token))
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, "an integer literal uses token 0x01-0x04");
        }

        if (sign is < ConditionalIntegerSign.Positive or > ConditionalIntegerSign.None)
        {
            throw new ArgumentOutOfRangeException(nameof(sign), sign, "sign must be 1, 2 or 3");
        }

        if (numberBase is < ConditionalIntegerBase.Octal or > ConditionalIntegerBase.Hexadecimal)
        {
            throw new ArgumentOutOfRangeException(nameof(numberBase), numberBase, "base must be 1, 2 or 3");
        }

        Value = value;
        Sign = sign;
        Base = numberBase;
    }

    /// <summary>The value as stored: the two's-complement 64-bit number.</summary>
    public long Value { get; }

    /// <summary>The sign it was written with.</summary>
    public ConditionalIntegerSign Sign { get; }

    /// <summary>The base it was written in.</summary>
    public ConditionalIntegerBase Base { get; }

    // token, 8 value bytes, sign, base
    internal override int TokenLength => 11;
}
