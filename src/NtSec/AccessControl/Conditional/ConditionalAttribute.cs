namespace NtSec.AccessControl.Conditional;

/// <summary>
/// An attribute reference (MS-DTYP 2.4.4.17.8): a claim looked up by name at evaluation time in
/// the token's local (0xF8), user (0xF9) or device (0xFB) claims, or in the SACL's resource
/// attributes (0xFA). The name is UTF-16 with a 4-byte byte length.
/// </summary>
public sealed class ConditionalAttribute : ConditionalExpression
{
    /// <summary>Creates an attribute reference.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="token"/> is not 0xF8-0xFB.</exception>
    public ConditionalAttribute(ConditionalToken token, string name)
        : base(token)
    {
        if (!ConditionalTokenInfo.IsAttribute(token))
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, "an attribute uses token 0xF8-0xFB");
        }

        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The attribute name, without any "@User." prefix.</summary>
    public string Name { get; }

    internal override int TokenLength => checked(5 + (2 * Name.Length));
}
