namespace NtSec.AccessControl.Conditional;

/// <summary>
/// An operator with one operand (MS-DTYP 2.4.4.17.6, 2.4.4.17.7): the Member_of family, Exists,
/// Not_Exists and logical NOT. In the stream the operand comes first, then the operator byte.
/// </summary>
public sealed class ConditionalUnaryExpression : ConditionalExpression
{
    /// <summary>Creates a unary operation.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="token"/> is not a unary operator.</exception>
    public ConditionalUnaryExpression(ConditionalToken token, ConditionalExpression operand)
        : base(token)
    {
        if (!ConditionalTokenInfo.IsUnaryOperator(token))
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, "not a unary operator");
        }

        ArgumentNullException.ThrowIfNull(operand);
        Operand = operand;
    }

    /// <summary>The operand.</summary>
    public ConditionalExpression Operand { get; }

    internal override int TokenLength => 1;
}
