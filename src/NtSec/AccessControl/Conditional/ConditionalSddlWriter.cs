using System.Text;
using NtSec.AccessControl.Sddl;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// Writes a conditional expression as Windows' ConvertSecurityDescriptorToStringSecurityDescriptor
/// does (MS-DTYP 2.5.1.1; the right-hand sides of conditional_aces.txt):
/// <list type="bullet">
/// <item>the whole expression, every binary operation and every Member_of-family operation is in
/// parentheses, and so is every operand of &amp;&amp;, || and !: "((@USER.A) &amp;&amp; (Member_of {SID(BU)}))";</item>
/// <item>one space around binary operators and after word operators, none after '!': "!(x)";</item>
/// <item>attribute prefixes in capitals (@USER., @DEVICE., @RESOURCE.), local attributes as stored;</item>
/// <item>SIDs as SID(alias) or SID(S-1-...), composites as "{a, b}", integers in their stored base and sign.</item>
/// </list>
/// </summary>
internal static class ConditionalSddlWriter
{
    public static bool TryWrite(ConditionalExpression expression, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        sddl = null;
        var sb = new StringBuilder();

        // Each item is either text to append or a node to write (with or without parentheses).
        var work = new Stack<(ConditionalExpression? Node, bool Parenthesise, string? Text)>();
        work.Push((expression, true, null));
        while (work.Count > 0)
        {
            var (node, parenthesise, text) = work.Pop();
            if (node is null)
            {
                sb.Append(text);
                continue;
            }

            bool wrap = parenthesise || node is ConditionalBinaryExpression
                || (node is ConditionalUnaryExpression u && ConditionalTokenInfo.IsMembership(u.Token));
            switch (node)
            {
                case ConditionalBinaryExpression binary:
                {
                    bool operandParens = ConditionalTokenInfo.IsLogical(binary.Token);
                    sb.Append('(');
                    work.Push((null, false, ")"));
                    work.Push((binary.Right, operandParens, null));
                    work.Push((null, false, " " + ConditionalTokenInfo.Spelling(binary.Token) + " "));
                    work.Push((binary.Left, operandParens, null));
                    break;
                }

                case ConditionalUnaryExpression unary:
                {
                    bool isNot = unary.Token == ConditionalToken.Not;
                    if (wrap)
                    {
                        sb.Append('(');
                        work.Push((null, false, ")"));
                    }

                    work.Push((unary.Operand, isNot, null));
                    sb.Append(ConditionalTokenInfo.Spelling(unary.Token));
                    if (!isNot)
                    {
                        sb.Append(' ');
                    }

                    break;
                }

                default:
                    if (wrap)
                    {
                        sb.Append('(');
                    }

                    if (!TryAppendLeaf(sb, node, context, out error))
                    {
                        return false;
                    }

                    if (wrap)
                    {
                        sb.Append(')');
                    }

                    break;
            }
        }

        sddl = sb.ToString();
        error = null;
        return true;
    }

    private static bool TryAppendLeaf(StringBuilder sb, ConditionalExpression node, SddlContext context, out string? error)
    {
        if (node is ConditionalAttribute attribute)
        {
            return TryAppendAttribute(sb, attribute, out error);
        }

        return TryAppendLiteral(sb, (ConditionalLiteral)node, context, out error);
    }

    private static bool TryAppendAttribute(StringBuilder sb, ConditionalAttribute attribute, out string? error)
    {
        if (attribute.Name.Length == 0)
        {
            error = "an attribute with an empty name cannot be written in SDDL";
            return false;
        }

        switch (attribute.Token)
        {
            case ConditionalToken.LocalAttribute:
                foreach (char c in attribute.Name)
                {
                    if (!ConditionalSddlSyntax.IsSimpleNameChar(c))
                    {
                        error = $"local attribute name \"{attribute.Name}\" holds '{c}'; SDDL local names are ASCII letters, digits and : . / _";
                        return false;
                    }
                }

                sb.Append(attribute.Name);
                error = null;
                return true;
            case ConditionalToken.UserAttribute:
                sb.Append("@USER.");
                break;
            case ConditionalToken.DeviceAttribute:
                sb.Append("@DEVICE.");
                break;
            default:
                sb.Append("@RESOURCE.");
                break;
        }

        ConditionalSddlSyntax.AppendEscapedName(sb, attribute.Name);
        error = null;
        return true;
    }

    internal static bool TryAppendLiteral(StringBuilder sb, ConditionalLiteral literal, SddlContext context, out string? error)
    {
        error = null;
        switch (literal)
        {
            case ConditionalIntegerLiteral integer:
                ConditionalSddlSyntax.AppendInteger(sb, integer);
                return true;
            case ConditionalStringLiteral text:
                return ConditionalSddlSyntax.TryAppendString(sb, text.Value, out error);
            case ConditionalOctetStringLiteral octets:
                ConditionalSddlSyntax.AppendOctets(sb, octets.Value.AsSpan());
                return true;
            case ConditionalSidLiteral sid:
                sb.Append("SID(").Append(context.FormatSid(sid.Value)).Append(')');
                return true;
            case ConditionalCompositeLiteral composite:
                sb.Append('{');
                for (int i = 0; i < composite.Elements.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    // Recursion is bounded by ConditionalCompositeLiteral.MaxDepth.
                    if (!TryAppendLiteral(sb, composite.Elements[i], context, out error))
                    {
                        return false;
                    }
                }

                sb.Append('}');
                return true;
            default:
                error = $"unexpected literal type {literal.GetType().Name}";
                return false;
        }
    }
}
