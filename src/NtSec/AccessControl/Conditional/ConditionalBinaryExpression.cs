namespace NtSec.AccessControl.Conditional;

/// <summary>
/// An operator with two operands (MS-DTYP 2.4.4.17.6, 2.4.4.17.7): comparisons, Contains, Any_of,
/// their negations, AND and OR. In the stream: left operand, right operand, operator byte.
/// </summary>
public sealed class ConditionalBinaryExpression : ConditionalExpression
{
    /// <summary>Creates a binary operation.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="token"/> is not a binary operator.</exception>
    public ConditionalBinaryExpression(ConditionalToken token, ConditionalExpression left, ConditionalExpression right)
        : base(token)
    {
        if (!ConditionalTokenInfo.IsBinaryOperator(token))
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, "not a binary operator");
        }

        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        Left = left;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public ConditionalExpression Left { get; }

    /// <summary>The right operand.</summary>
    public ConditionalExpression Right { get; }

    internal override int TokenLength => 1;
}
