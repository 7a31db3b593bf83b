using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ConditionLogicTests
{
    // Operands with a known logical value: a BOOLEAN claim t (TRUE), f (FALSE), and a missing claim
    // u (UNKNOWN). Source: MS-DTYP 2.4.4.17.7 (attribute -> logical value; null -> UNKNOWN).
    private static readonly ResourceAttribute[] TruthClaims = [Bools("t", true), Bools("f", false)];

    private static string Operand(bool? value) => value switch
    {
        true => "@User.t",
        false => "@User.f",
        null => "@User.u",
    };

    public static TheoryData<bool?, bool?, bool?> AndTable => new()
    {
        { true, true, true }, { true, false, false }, { true, null, null },
        { false, true, false }, { false, false, false }, { false, null, false },
        { null, true, null }, { null, false, false }, { null, null, null },
    };

    public static TheoryData<bool?, bool?, bool?> OrTable => new()
    {
        { true, true, true }, { true, false, true }, { true, null, true },
        { false, true, true }, { false, false, false }, { false, null, null },
        { null, true, true }, { null, false, null }, { null, null, null },
    };

    // Source: MS-DTYP 2.4.4.17.7 "&&" truth table.
    [Theory]
    [MemberData(nameof(AndTable))]
    public void And_FollowsTheTriStateTable(bool? a, bool? b, bool? expected)
    {
        Assert.Equal(R(expected), EvalUser($"({Operand(a)} && {Operand(b)})", TruthClaims));
    }

    // Source: MS-DTYP 2.4.4.17.7 "||" truth table.
    [Theory]
    [MemberData(nameof(OrTable))]
    public void Or_FollowsTheTriStateTable(bool? a, bool? b, bool? expected)
    {
        Assert.Equal(R(expected), EvalUser($"({Operand(a)} || {Operand(b)})", TruthClaims));
    }

    // Source: MS-DTYP 2.4.4.17.7 "!": inverse; UNKNOWN stays UNKNOWN.
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(null, null)]
    public void Not_InvertsTrueAndFalse_KeepsUnknown(bool? a, bool? expected)
    {
        Assert.Equal(R(expected), EvalUser($"(!({Operand(a)}))", TruthClaims));
    }

    // Source: MS-DTYP 2.4.4.17.7: integer attribute nonzero -> TRUE, zero -> FALSE; string
    // attribute non-empty -> TRUE, empty -> FALSE; applies to the lone attribute of an expression.
    [Fact]
    public void AttributeAsLogicalOperand_IntegerNonzeroAndStringNonEmptyAreTrue()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", Ints("x", -5)));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.x)", Ints("x", 0)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", UInts("x", 1UL << 40)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", Strings("x", "a")));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.x)", Strings("x", "")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.x)"));
        Assert.Equal(ConditionResult.True, EvalUser("(!(@User.x))", Strings("x", "")));
    }

    // Source: Samba conditional_ace_tests.py pac_claim_cases (Windows): {0, 1} and {1, 0} are TRUE.
    [Fact]
    public void MultiValuedAttributeAsLogicalOperand_IsTrueWhenAnyValueIs()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", Ints("x", 0, 1)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", UInts("x", 1, 0)));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.x)", Ints("x", 0, 0)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.x)", Strings("x", "", "b")));
    }

    // Decision: MS-DTYP 2.4.4.17.7 gives no logical value for SID or octet-string attributes;
    // they are UNKNOWN (not an error), so TRUE || x is still TRUE.
    [Fact]
    public void SidOrOctetAttributeAsLogicalOperand_IsUnknownNotAnError()
    {
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.s)", Sids("s", "S-1-1-0")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.o)", Octets("o", [1])));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.t || @User.s)", Bools("t", true), Sids("s", "S-1-1-0")));
    }

    // Source: MS-DTYP 2.4.4.17.7: a literal as a logical operand is an error, and an error makes the
    // whole expression UNKNOWN "regardless of the rest of the expression" -- so TRUE || error is
    // UNKNOWN, unlike TRUE || UNKNOWN.
    [Fact]
    public void LiteralAsLogicalOperand_MakesTheWholeExpressionUnknown()
    {
        var t = new ConditionalAttribute(ConditionalToken.UserAttribute, "t");
        var one = new ConditionalIntegerLiteral(1);
        var context = WithUserClaims(TruthClaims);
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(one, context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalUnaryExpression(ConditionalToken.Not, one), context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Or, t, one), context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Or, one, t), context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalStringLiteral("x"), context));
    }

    // Source: MS-DTYP 2.4.4.17.6/2.4.4.17.7 "If any processing rule returns an error, the entire
    // conditional expression evaluates to UNKNOWN": an error deep inside poisons an outer ||.
    [Fact]
    public void ErrorInsideAnOperand_PoisonsEnclosingLogic()
    {
        // "x" == 1 is a type mismatch (error); TRUE || error is UNKNOWN, and so is its negation.
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.t || (@User.s == 1))", Bools("t", true), Strings("s", "x")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(!(@User.t || (@User.s == 1)))", Bools("t", true), Strings("s", "x")));
        // A missing attribute is not an error: TRUE || UNKNOWN is TRUE.
        Assert.Equal(ConditionResult.True, EvalUser("(@User.t || (@User.missing == 1))", Bools("t", true)));
    }
}
