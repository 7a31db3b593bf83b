using NtSec.AccessControl.Conditional;

namespace NtSec.Authorization.Conditions;

/// <summary>
/// Evaluates conditional-ACE expressions (MS-DTYP 2.4.4.17, 2.5.3.1.5 EvaluateAceCondition) to
/// TRUE, FALSE or UNKNOWN against a <see cref="ConditionContext"/>.
/// </summary>
/// <remarks>
/// <para>
/// The evaluation is MS-DTYP's stack machine run over the postfix order of the expression tree,
/// without recursion, so the deepest tree an ACE can hold (tens of thousands of nested operators)
/// costs a heap stack, not the call stack. Any processing rule that returns an error makes the
/// whole expression UNKNOWN (MS-DTYP 2.4.4.17.6, 2.4.4.17.7); evaluation stops there.
/// </para>
/// <para>
/// Where MS-DTYP is silent or Windows differs from its text, the behaviour follows the outcomes
/// Samba recorded against Windows domain controllers (python/samba/tests/krb5/conditional_ace_tests.py);
/// each such rule names its evidence below.
/// </para>
/// </remarks>
public static class ConditionEvaluator
{
    /// <summary>
    /// Evaluates the application data of a callback ACE. Data that does not start with "artx" or
    /// does not decode to exactly one expression is UNKNOWN (MS-DTYP 2.5.3.1.5).
    /// </summary>
    public static ConditionResult Evaluate(ReadOnlySpan<byte> applicationData, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConditionalExpressionBinary.TryDecode(applicationData, out var expression, out _)
            ? Evaluate(expression, context)
            : ConditionResult.Unknown;
    }

    /// <summary>Evaluates an expression tree.</summary>
    public static ConditionResult Evaluate(ConditionalExpression expression, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);

        // Post-order walk: a node is applied the second time it is popped, when its operands'
        // values are on top of the operand stack (MS-DTYP 2.5.3.1.5: operands are pushed, an
        // operator pops its operands and pushes its result).
        var pending = new Stack<(ConditionalExpression Node, bool OperandsDone)>();
        var operands = new Stack<ConditionOperand>();
        pending.Push((expression, false));
        while (pending.Count > 0)
        {
            var (node, operandsDone) = pending.Pop();
            switch (node)
            {
                case ConditionalLiteral literal:
                    operands.Push(ConditionOperand.ForLiteral(literal));
                    break;
                case ConditionalAttribute attribute:
                    // MS-DTYP 2.4.4.17.8, 2.5.3.1.6 LookupAttributeInToken, 2.5.3.1.7 LookupAttributeInSacl.
                    operands.Push(ConditionOperand.ForAttribute(attribute.Token, context.Lookup(attribute.Token, attribute.Name)));
                    break;
                case ConditionalUnaryExpression unary when !operandsDone:
                    pending.Push((unary, true));
                    pending.Push((unary.Operand, false));
                    break;
                case ConditionalBinaryExpression binary when !operandsDone:
                    pending.Push((binary, true));
                    pending.Push((binary.Right, false));
                    pending.Push((binary.Left, false));
                    break;
                case ConditionalUnaryExpression unary:
                {
                    var operand = operands.Pop();
                    if (!TryApplyUnary(unary.Token, operand, context, out var result))
                    {
                        return ConditionResult.Unknown;
                    }

                    operands.Push(ConditionOperand.ForResult(result));
                    break;
                }

                case ConditionalBinaryExpression binary:
                {
                    var right = operands.Pop();
                    var left = operands.Pop();
                    if (!TryApplyBinary(binary.Token, left, right, out var result))
                    {
                        return ConditionResult.Unknown;
                    }

                    operands.Push(ConditionOperand.ForResult(result));
                    break;
                }

                default:
                    return ConditionResult.Unknown;
            }
        }

        // MS-DTYP 2.5.3.1.5: anything but exactly one entry left is UNKNOWN. A lone attribute is
        // read for its logical value (Windows: "(@User.x)" is TRUE for a non-empty string claim,
        // FALSE for a zero integer; Samba pac_claim_cases); a lone literal is an error.
        if (operands.Count != 1 || !TryTruth(operands.Pop(), out var final))
        {
            return ConditionResult.Unknown;
        }

        return final;
    }

    private static bool TryApplyUnary(ConditionalToken op, in ConditionOperand operand, ConditionContext context, out ConditionResult result)
    {
        switch (op)
        {
            case ConditionalToken.Not:
                // MS-DTYP 2.4.4.17.7: "!" is the logical inverse; UNKNOWN stays UNKNOWN.
                if (!TryTruth(operand, out var value))
                {
                    result = ConditionResult.Unknown;
                    return false;
                }

                result = Not(value);
                return true;
            case ConditionalToken.Exists:
            case ConditionalToken.NotExists:
                return TryExists(op, operand, out result);
            default:
                return TryMembership(op, operand, context, out result);
        }
    }

    private static bool TryApplyBinary(ConditionalToken op, in ConditionOperand left, in ConditionOperand right, out ConditionResult result)
    {
        if (op is ConditionalToken.And or ConditionalToken.Or)
        {
            // MS-DTYP 2.4.4.17.7 truth tables: && is FALSE if either side is FALSE, TRUE if both
            // are TRUE, else UNKNOWN; || is TRUE if either side is TRUE, FALSE if both are FALSE,
            // else UNKNOWN.
            if (!TryTruth(left, out var a) || !TryTruth(right, out var b))
            {
                result = ConditionResult.Unknown;
                return false;
            }

            result = op == ConditionalToken.And ? And(a, b) : Or(a, b);
            return true;
        }

        return TryRelational(op, left, right, out result);
    }

    /// <summary>Kleene AND (MS-DTYP 2.4.4.17.7).</summary>
    internal static ConditionResult And(ConditionResult a, ConditionResult b) =>
        a == ConditionResult.False || b == ConditionResult.False ? ConditionResult.False
        : a == ConditionResult.True && b == ConditionResult.True ? ConditionResult.True
        : ConditionResult.Unknown;

    /// <summary>Kleene OR (MS-DTYP 2.4.4.17.7).</summary>
    internal static ConditionResult Or(ConditionResult a, ConditionResult b) =>
        a == ConditionResult.True || b == ConditionResult.True ? ConditionResult.True
        : a == ConditionResult.False && b == ConditionResult.False ? ConditionResult.False
        : ConditionResult.Unknown;

    /// <summary>Kleene NOT (MS-DTYP 2.4.4.17.7).</summary>
    internal static ConditionResult Not(ConditionResult a) => a switch
    {
        ConditionResult.True => ConditionResult.False,
        ConditionResult.False => ConditionResult.True,
        _ => ConditionResult.Unknown,
    };

    /// <summary>
    /// The logical value of an operand (MS-DTYP 2.4.4.17.7): a literal is an error; a null
    /// attribute is UNKNOWN; an integer attribute is TRUE when nonzero, a string attribute when not
    /// empty; a result value is itself.
    /// </summary>
    /// <remarks>
    /// A multi-valued attribute is TRUE when any of its values is (Windows: UINT64, INT64 and
    /// BOOLEAN claims {0, 1} and {1, 0} are both TRUE; Samba pac_claim_cases). SID and octet-string
    /// attributes have no rule in MS-DTYP; they give UNKNOWN, not an error.
    /// </remarks>
    private static bool TryTruth(in ConditionOperand operand, out ConditionResult result)
    {
        switch (operand.Kind)
        {
            case ConditionOperandKind.Result:
                result = operand.Result;
                return true;
            case ConditionOperandKind.Attribute when operand.Attribute is null:
                result = ConditionResult.Unknown;
                return true;
            case ConditionOperandKind.Attribute:
            {
                var values = ConditionValues.Of(operand);
                result = ConditionResult.False;
                for (int i = 0; i < values.Count; i++)
                {
                    var truth = values[i].Truth();
                    if (truth != ConditionResult.False)
                    {
                        result = truth;
                        if (truth == ConditionResult.True)
                        {
                            break;
                        }
                    }
                }

                return true;
            }

            default:
                result = ConditionResult.Unknown;
                return false;
        }
    }

    /// <summary>
    /// Exists and Not_Exists (MS-DTYP 2.4.4.17.7): for a local or resource attribute, TRUE when
    /// its value is non-null, else FALSE (Not_Exists inverts). Any other operand, user and device
    /// attributes included, is an error (Windows: "Exists @User.x" is UNKNOWN; Samba pac_claim_cases).
    /// </summary>
    private static bool TryExists(ConditionalToken op, in ConditionOperand operand, out ConditionResult result)
    {
        if (operand.Kind != ConditionOperandKind.Attribute
            || operand.AttributeToken is not (ConditionalToken.LocalAttribute or ConditionalToken.ResourceAttribute))
        {
            result = ConditionResult.Unknown;
            return false;
        }

        bool exists = operand.Attribute is not null;
        result = exists == (op == ConditionalToken.Exists) ? ConditionResult.True : ConditionResult.False;
        return true;
    }

    /// <summary>
    /// Member_of and its variants (MS-DTYP 2.4.4.17.6 unary relational operators, 2.5.3.1.8
    /// PushSIDEvaluationResult): the operand is a SID literal or a composite whose elements are all
    /// SID literals, else an error. Member_of needs every SID, Member_of_Any one of them; the
    /// Device_ forms test the device SIDs; the Not_ forms are the logical inverse.
    /// </summary>
    /// <remarks>
    /// A token SID counts when the token holds it enabled; for a deny ACE a deny-only SID counts
    /// too (<see cref="ConditionContext.ForDenyAce"/>). An empty composite makes Member_of TRUE and
    /// Member_of_Any FALSE, as MS-DTYP's "contains all/any of the SIDs in the operand" reads.
    /// </remarks>
    private static bool TryMembership(ConditionalToken op, in ConditionOperand operand, ConditionContext context, out ConditionResult result)
    {
        result = ConditionResult.Unknown;
        if (operand.Kind != ConditionOperandKind.Literal)
        {
            return false;
        }

        bool device = op is ConditionalToken.DeviceMemberOf or ConditionalToken.DeviceMemberOfAny
            or ConditionalToken.NotDeviceMemberOf or ConditionalToken.NotDeviceMemberOfAny;
        bool any = op is ConditionalToken.MemberOfAny or ConditionalToken.DeviceMemberOfAny
            or ConditionalToken.NotMemberOfAny or ConditionalToken.NotDeviceMemberOfAny;
        bool negate = op is ConditionalToken.NotMemberOf or ConditionalToken.NotDeviceMemberOf
            or ConditionalToken.NotMemberOfAny or ConditionalToken.NotDeviceMemberOfAny;

        bool match;
        switch (operand.Literal)
        {
            case ConditionalSidLiteral sid:
                match = device ? context.DeviceHasSid(sid.Value) : context.TokenHasSid(sid.Value);
                break;
            case ConditionalCompositeLiteral composite:
                foreach (var element in composite.Elements)
                {
                    if (element is not ConditionalSidLiteral)
                    {
                        return false;
                    }
                }

                // All: no SID missing. Any: some SID present.
                match = !any;
                foreach (var element in composite.Elements)
                {
                    var sid = ((ConditionalSidLiteral)element).Value;
                    bool held = device ? context.DeviceHasSid(sid) : context.TokenHasSid(sid);
                    if (held == any)
                    {
                        match = any;
                        break;
                    }
                }

                break;
            default:
                return false;
        }

        result = match != negate ? ConditionResult.True : ConditionResult.False;
        return true;
    }

    /// <summary>
    /// The binary relational operators (MS-DTYP 2.4.4.17.6): ==, !=, &lt;, &lt;=, &gt;, &gt;=, Contains,
    /// Any_of, Not_Contains, Not_Any_of. The left operand is an attribute, the right an attribute
    /// or a literal; anything else is an error. A missing attribute on either side gives UNKNOWN.
    /// </summary>
    /// <remarks>
    /// Windows behaviour beyond MS-DTYP's table, from Samba's claim_against_claim_cases and
    /// claim_against_literal_cases (outcomes recorded on Windows):
    /// <list type="bullet">
    /// <item>== and != compare sets when either side is multi-valued or a composite: equal when both
    /// hold the same number of values and each value of one side equals a value of the other, in
    /// any order ({"apple", "banana"} == {"BANANA", "APPLE"} is TRUE; == {"apple", "banana",
    /// "apple"} is FALSE; "foo" != {} is TRUE). A single value is a set of one.</item>
    /// <item>&lt;, &lt;=, &gt;, &gt;= on a multi-valued attribute or a composite are UNKNOWN, the rule MS-DTYP
    /// states for every operator but ==, Contains, Any_of and Exists. The negated forms !=,
    /// Not_Contains and Not_Any_of do take sets on Windows, so they follow their positive forms.</item>
    /// <item>An attribute without values is null, like a missing one (Windows: a value-less claim
    /// != "foo bar" is UNKNOWN).</item>
    /// <item>Contains: every right-hand value equals some left-hand value. An empty composite on
    /// the right makes Contains FALSE (Not_Contains TRUE) even when the attribute is missing.</item>
    /// <item>Any_of: some left-hand value equals some right-hand value. A right-hand literal must
    /// be a composite ("foo" Any_of "foo" is UNKNOWN); a right-hand attribute may be single.</item>
    /// </list>
    /// </remarks>
    private static bool TryRelational(ConditionalToken op, in ConditionOperand left, in ConditionOperand right, out ConditionResult result)
    {
        result = ConditionResult.Unknown;
        if (left.Kind != ConditionOperandKind.Attribute || right.Kind == ConditionOperandKind.Result)
        {
            return false;
        }

        bool contains = op is ConditionalToken.Contains or ConditionalToken.NotContains;
        bool anyOf = op is ConditionalToken.AnyOf or ConditionalToken.NotAnyOf;
        if (contains && right.Literal is ConditionalCompositeLiteral { Elements.IsEmpty: true })
        {
            result = op == ConditionalToken.Contains ? ConditionResult.False : ConditionResult.True;
            return true;
        }

        if (left.IsNullAttribute || right.IsNullAttribute)
        {
            // MS-DTYP 2.4.4.17.6: "each relational operator MUST return UNKNOWN if the attribute
            // tested does not exist in the security context".
            return true;
        }

        if (anyOf && right.Kind == ConditionOperandKind.Literal && right.Literal is not ConditionalCompositeLiteral)
        {
            return false;
        }

        var lhs = ConditionValues.Of(left);
        var rhs = ConditionValues.Of(right);
        bool caseSensitive = lhs.CaseSensitive || rhs.CaseSensitive;
        bool answer;
        switch (op)
        {
            case ConditionalToken.Equal:
            case ConditionalToken.NotEqual:
                if (!lhs.IsSet && !rhs.IsSet)
                {
                    if (!ConditionScalar.TryCompare(lhs[0], rhs[0], op, caseSensitive, out answer))
                    {
                        return false;
                    }

                    break;
                }

                if (!TrySetEquals(lhs, rhs, caseSensitive, out bool equal))
                {
                    return false;
                }

                answer = equal == (op == ConditionalToken.Equal);
                break;
            case ConditionalToken.LessThan:
            case ConditionalToken.LessThanOrEqual:
            case ConditionalToken.GreaterThan:
            case ConditionalToken.GreaterThanOrEqual:
                if (lhs.IsSet || rhs.IsSet || !ConditionScalar.TryCompare(lhs[0], rhs[0], op, caseSensitive, out answer))
                {
                    return false;
                }

                break;
            case ConditionalToken.Contains:
            case ConditionalToken.NotContains:
                if (!TryContainsAll(lhs, rhs, caseSensitive, out bool all))
                {
                    return false;
                }

                answer = all == (op == ConditionalToken.Contains);
                break;
            default:
                if (!TryContainsAny(lhs, rhs, caseSensitive, out bool some))
                {
                    return false;
                }

                answer = some == (op == ConditionalToken.AnyOf);
                break;
        }

        result = answer ? ConditionResult.True : ConditionResult.False;
        return true;
    }

    private static bool TrySetEquals(in ConditionValues a, in ConditionValues b, bool caseSensitive, out bool equal)
    {
        equal = false;
        if (a.Count != b.Count)
        {
            return true;
        }

        if (!TryContainsAll(a, b, caseSensitive, out bool aHoldsB))
        {
            return false;
        }

        return !aHoldsB || TryContainsAll(b, a, caseSensitive, out equal);
    }

    /// <summary>Whether every value of <paramref name="required"/> equals some value of <paramref name="candidates"/>.</summary>
    private static bool TryContainsAll(in ConditionValues candidates, in ConditionValues required, bool caseSensitive, out bool all)
    {
        for (int i = 0; i < required.Count; i++)
        {
            if (!candidates.TryContains(required[i], caseSensitive, out bool found))
            {
                all = false;
                return false;
            }

            if (!found)
            {
                all = false;
                return true;
            }
        }

        all = true;
        return true;
    }

    /// <summary>Whether some value of <paramref name="a"/> equals some value of <paramref name="b"/>.</summary>
    private static bool TryContainsAny(in ConditionValues a, in ConditionValues b, bool caseSensitive, out bool some)
    {
        for (int i = 0; i < b.Count; i++)
        {
            if (!a.TryContains(b[i], caseSensitive, out some))
            {
                return false;
            }

            if (some)
            {
                return true;
            }
        }

        some = false;
        return true;
    }
}
