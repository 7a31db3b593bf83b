using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ConditionRobustnessTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    // Source: MS-DTYP 2.5.3.1.5: data without the "artx" signature, with an unknown token, or not
    // leaving exactly one result is UNKNOWN.
    [Theory]
    [InlineData("")]
    [InlineData("61727479f9020000007800")]         // "arty"
    [InlineData("61727478")]                       // signature only
    [InlineData("617274787f")]                     // unknown token 0x7f
    [InlineData("6172747880")]                     // == with no operands
    [InlineData("61727478f9020000007800f902000000780000")] // two operands left
    [InlineData("61727478f9ff0000007800")]         // name runs past the end
    public void Evaluate_MalformedApplicationData_IsUnknown(string hex)
    {
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(Hex(hex), WithUserClaims(Bools("x", true))));
    }

    // Source: MS-DTYP 2.4.4.17.4 (binary form): "@User.x" alone, then with padding.
    [Fact]
    public void Evaluate_WellFormedApplicationData()
    {
        var context = WithUserClaims(Bools("x", true));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(Hex("61727478f9020000007800"), context));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(Hex("61727478f902000000780000"), context));
    }

    // Source: the brief (bounded work): a 64 KiB ACE holds ~30,000 nested "!"; evaluation must not
    // use the call stack per level.
    [Fact]
    public void Evaluate_DeeplyNestedNot_DoesNotOverflowTheStack()
    {
        const int depth = 30_000;
        var bytes = new byte[4 + 7 + depth];
        "artx"u8.CopyTo(bytes);
        Hex("f9020000007800").CopyTo(bytes, 4); // @User.x
        bytes.AsSpan(11).Fill((byte)ConditionalToken.Not);
        var context = WithUserClaims(Bools("x", true));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(bytes, context)); // an even number of "!"

        ConditionalExpression tree = new ConditionalAttribute(ConditionalToken.UserAttribute, "x");
        for (int i = 0; i < depth + 1; i++)
        {
            tree = new ConditionalUnaryExpression(ConditionalToken.Not, tree);
        }

        Assert.Equal(ConditionResult.False, ConditionEvaluator.Evaluate(tree, context));
    }

    // Source: the brief: a deep left-leaning chain of && is evaluated iteratively too.
    [Fact]
    public void Evaluate_LongAndChain_IsIterative()
    {
        var x = new ConditionalAttribute(ConditionalToken.UserAttribute, "x");
        ConditionalExpression tree = x;
        ConditionalExpression rightLeaning = x;
        for (int i = 0; i < 20_000; i++)
        {
            tree = new ConditionalBinaryExpression(ConditionalToken.And, tree, x);
            rightLeaning = new ConditionalBinaryExpression(ConditionalToken.Or, x, rightLeaning);
        }

        var context = WithUserClaims(Bools("x", true));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(tree, context));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(rightLeaning, context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(tree, WithUserClaims()));
    }

    // Source: DESIGN.md error model 1: null arguments are programmer errors.
    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ConditionEvaluator.Evaluate(Hex("61727478"), null!));
        Assert.Throws<ArgumentNullException>(() => ConditionEvaluator.Evaluate((ConditionalExpression)null!, WithUserClaims()));
        Assert.Throws<ArgumentNullException>(() => ConditionEvaluator.Evaluate(new ConditionalIntegerLiteral(1), null!));
    }
}
