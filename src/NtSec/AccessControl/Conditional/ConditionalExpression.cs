namespace NtSec.AccessControl.Conditional;

/// <summary>
/// A node of a conditional-ACE expression (MS-DTYP 2.4.4.17): a literal, an attribute reference,
/// or an operator applied to its operands. Immutable. The binary form is the postfix walk of the
/// tree (<see cref="ConditionalExpressionBinary"/>); the SDDL form is
/// <see cref="ConditionalExpressionSddl"/>.
/// </summary>
/// <remarks>
/// Nodes compare by reference. Trees can be deep (a 64 KB ACE holds tens of thousands of
/// operators); the codecs in this namespace walk them without recursion.
/// </remarks>
public abstract class ConditionalExpression
{
    private protected ConditionalExpression(ConditionalToken token)
    {
        Token = token;
    }

    /// <summary>The token byte this node is written with.</summary>
    public ConditionalToken Token { get; }

    /// <summary>Bytes this node's own token takes in the stream (operands not included).</summary>
    internal abstract int TokenLength { get; }
}
