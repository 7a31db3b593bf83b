using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using NtSec.Authorization.Conditions;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Tests.Authorization.Conditions;

/// <summary>Builders shared by the condition tests.</summary>
internal static class ConditionTestSupport
{
    public const GroupAttributes Enabled = GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;

    public static readonly Sid User = Sid.Parse("S-1-5-21-1-2-3-1001");

    public static TokenState Token(params (string Sid, GroupAttributes Attributes)[] groups) => new TokenStateBuilder(User)
    {
        Groups = [.. groups.Select(g => new SidAndAttributes(Sid.Parse(g.Sid), g.Attributes))],
    }.Build();

    /// <summary>A token with Everyone and Users enabled and nothing else.</summary>
    public static TokenState StandardToken() => Token(("S-1-1-0", Enabled), ("S-1-5-32-545", Enabled));

    public static ConditionalExpression Expr(string sddl) => ConditionalExpressionSddl.Parse(sddl, SddlContext.Default);

    public static ResourceAttribute Strings(string name, params string[] values) =>
        new(name, ResourceAttributeType.String, ResourceAttributeFlags.None, values);

    public static ResourceAttribute CaseSensitiveStrings(string name, params string[] values) =>
        new(name, ResourceAttributeType.String, ResourceAttributeFlags.ValueCaseSensitive, values);

    public static ResourceAttribute Ints(string name, params long[] values) =>
        new(name, ResourceAttributeType.Int64, ResourceAttributeFlags.None, values.Cast<object>());

    public static ResourceAttribute UInts(string name, params ulong[] values) =>
        new(name, ResourceAttributeType.UInt64, ResourceAttributeFlags.None, values.Cast<object>());

    public static ResourceAttribute Bools(string name, params bool[] values) =>
        new(name, ResourceAttributeType.Boolean, ResourceAttributeFlags.None, values.Cast<object>());

    public static ResourceAttribute Sids(string name, params string[] values) =>
        new(name, ResourceAttributeType.Sid, ResourceAttributeFlags.None, values.Select(Sid.Parse));

    public static ResourceAttribute Octets(string name, params byte[][] values) =>
        new(name, ResourceAttributeType.OctetString, ResourceAttributeFlags.None, values);

    public static ConditionContext WithUserClaims(params ResourceAttribute[] claims) =>
        new(StandardToken()) { UserClaims = claims };

    /// <summary>Evaluates SDDL text with the given user claims, and checks the binary path agrees.</summary>
    public static ConditionResult EvalUser(string sddl, params ResourceAttribute[] claims) => Eval(sddl, WithUserClaims(claims));

    /// <summary>Evaluates SDDL text both as a tree and as encoded application data; both must agree.</summary>
    public static ConditionResult Eval(string sddl, ConditionContext context)
    {
        var expression = Expr(sddl);
        var fromTree = ConditionEvaluator.Evaluate(expression, context);
        var fromBytes = ConditionEvaluator.Evaluate(ConditionalExpressionBinary.Encode(expression), context);
        Assert.Equal(fromTree, fromBytes);
        return fromTree;
    }

    public static ConditionResult R(bool? value) => value switch
    {
        true => ConditionResult.True,
        false => ConditionResult.False,
        null => ConditionResult.Unknown,
    };
}
