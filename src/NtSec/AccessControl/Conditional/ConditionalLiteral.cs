namespace NtSec.AccessControl.Conditional;

/// <summary>
/// A literal token (MS-DTYP 2.4.4.17.5): integer, Unicode string, octet string, SID or composite.
/// </summary>
public abstract class ConditionalLiteral : ConditionalExpression
{
    private protected ConditionalLiteral(ConditionalToken token)
        : base(token)
    {
    }

    /// <summary>How many composites deep this literal is (0 for a scalar, 1 for a flat composite).</summary>
    internal virtual int CompositeDepth => 0;
}
