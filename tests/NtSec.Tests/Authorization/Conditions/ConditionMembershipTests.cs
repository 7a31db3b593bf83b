using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using NtSec.Principals;
using NtSec.Tokens;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ConditionMembershipTests
{
    private const string Admins = "S-1-5-32-544";   // enabled
    private const string Users = "S-1-5-32-545";    // enabled
    private const string Backup = "S-1-5-32-551";   // disabled (present, not enabled)
    private const string Guests = "S-1-5-32-546";   // deny-only
    private const string Absent = "S-1-5-32-550";   // not in the token

    private static TokenState MixedToken() => Token(
        (Admins, Enabled),
        (Users, Enabled),
        (Backup, GroupAttributes.None),
        (Guests, GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY));

    private static ConditionResult Eval(string sddl, bool forDeny = false, TokenState? token = null) =>
        ConditionTestSupport.Eval(sddl, new ConditionContext(token ?? MixedToken()) { ForDenyAce = forDeny });

    // Source: MS-DTYP 2.4.4.17.6 Member_of: TRUE if SIDs[] holds all of the operand's SIDs.
    [Theory]
    [InlineData($"(Member_of {{SID({Admins})}})", true)]
    [InlineData($"(Member_of SID({Admins}))", true)]
    [InlineData($"(Member_of {{SID({Admins}), SID({Users})}})", true)]
    [InlineData($"(Member_of {{SID({Admins}), SID({Absent})}})", false)]
    [InlineData($"(Member_of {{SID({Absent})}})", false)]
    [InlineData($"(Not_Member_of {{SID({Admins}), SID({Absent})}})", true)]
    [InlineData($"(Not_Member_of {{SID({Admins}), SID({Users})}})", false)]
    [InlineData($"(Member_of_Any {{SID({Absent}), SID({Users})}})", true)]
    [InlineData($"(Member_of_Any {{SID({Absent})}})", false)]
    [InlineData($"(Member_of_Any SID({Users}))", true)]
    [InlineData($"(Not_Member_of_Any {{SID({Absent}), SID({Users})}})", false)]
    [InlineData($"(Not_Member_of_Any {{SID({Absent})}})", true)]
    public void MemberOfFamily_WithEnabledGroups(string sddl, bool expected)
    {
        Assert.Equal(R(expected), Eval(sddl));
    }

    // Source: TokenState reports the user SID enabled unless deny-only ("SID Attributes in an Access Token").
    [Fact]
    public void MemberOf_MatchesTheUserSid()
    {
        Assert.Equal(ConditionResult.True, Eval($"(Member_of SID({User}))"));
    }

    // Source: "Security Descriptor Definition Language for Conditional ACEs", Member_of: for an
    // allow ACE a token SID must have SE_GROUP_ENABLED; for a deny ACE SE_GROUP_ENABLED or
    // SE_GROUP_USE_FOR_DENY_ONLY. A disabled group matches neither.
    [Theory]
    [InlineData(Backup, false, false)]
    [InlineData(Backup, true, false)]
    [InlineData(Guests, false, false)]
    [InlineData(Guests, true, true)]
    [InlineData(Admins, true, true)]
    public void MemberOf_DisabledAndDenyOnlyGroups(string sid, bool forDeny, bool expected)
    {
        Assert.Equal(R(expected), Eval($"(Member_of SID({sid}))", forDeny));
        Assert.Equal(R(expected), Eval($"(Member_of_Any {{SID({Absent}), SID({sid})}})", forDeny));
        Assert.Equal(R(!expected), Eval($"(Not_Member_of SID({sid}))", forDeny));
        Assert.Equal(R(!expected), Eval($"(Not_Member_of_Any {{SID({sid})}})", forDeny));
    }

    // Source: DESIGN.md decision (deny-only user SID after filtering); same rule for conditions.
    [Fact]
    public void MemberOf_DenyOnlyUser_CountsOnlyForDenyAces()
    {
        var b = new TokenStateBuilder(User) { Groups = [new SidAndAttributes(Sid.Parse(Users), Enabled)] };
        b.User = new SidAndAttributes(User, GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY);
        var token = b.Build();
        Assert.Equal(ConditionResult.False, Eval($"(Member_of SID({User}))", forDeny: false, token));
        Assert.Equal(ConditionResult.True, Eval($"(Member_of SID({User}))", forDeny: true, token));
    }

    // Source: MS-DTYP 2.4.4.17.6 Device_Member_of and variants test DeviceSIDs[] (2.5.2).
    [Fact]
    public void DeviceMemberOfFamily_TestsTheDeviceSids()
    {
        var context = new ConditionContext(MixedToken()) { DeviceSids = [Sid.Parse(Absent), Sid.Parse("S-1-5-11")] };
        Assert.Equal(ConditionResult.True, ConditionTestSupport.Eval($"(Device_Member_of {{SID({Absent}), SID(AU)}})", context));
        Assert.Equal(ConditionResult.False, ConditionTestSupport.Eval($"(Device_Member_of {{SID({Absent}), SID({Admins})}})", context));
        Assert.Equal(ConditionResult.True, ConditionTestSupport.Eval($"(Device_Member_of_Any {{SID({Admins}), SID(AU)}})", context));
        Assert.Equal(ConditionResult.False, ConditionTestSupport.Eval($"(Device_Member_of_Any SID({Admins}))", context));
        Assert.Equal(ConditionResult.True, ConditionTestSupport.Eval($"(Not_Device_Member_of {{SID({Absent}), SID({Admins})}})", context));
        Assert.Equal(ConditionResult.False, ConditionTestSupport.Eval($"(Not_Device_Member_of SID(AU))", context));
        Assert.Equal(ConditionResult.True, ConditionTestSupport.Eval($"(Not_Device_Member_of_Any SID({Admins}))", context));
        Assert.Equal(ConditionResult.False, ConditionTestSupport.Eval($"(Not_Device_Member_of_Any {{SID({Admins}), SID(AU)}})", context));
        // No device SIDs by default.
        Assert.Equal(ConditionResult.False, Eval($"(Device_Member_of SID({Admins}))"));
    }

    // Source: MS-DTYP 2.4.4.17.6: "The operand type MUST be either a SID literal, or a composite,
    // each of whose elements is a SID literal"; anything else is an error -> UNKNOWN.
    [Fact]
    public void MemberOf_NonSidOperand_IsUnknown()
    {
        var context = new ConditionContext(MixedToken()) { UserClaims = [Sids("s", Admins)] };
        ConditionResult Of(ConditionalExpression operand) =>
            ConditionEvaluator.Evaluate(new ConditionalUnaryExpression(ConditionalToken.MemberOf, operand), context);

        Assert.Equal(ConditionResult.Unknown, Of(new ConditionalIntegerLiteral(3)));
        Assert.Equal(ConditionResult.Unknown, Of(new ConditionalStringLiteral(Admins)));
        Assert.Equal(ConditionResult.Unknown, Of(new ConditionalCompositeLiteral([new ConditionalSidLiteral(Sid.Parse(Admins)), new ConditionalIntegerLiteral(1)])));
        Assert.Equal(ConditionResult.Unknown, Of(new ConditionalAttribute(ConditionalToken.UserAttribute, "s")));
        Assert.Equal(ConditionResult.True, Of(new ConditionalSidLiteral(Sid.Parse(Admins))));
    }

    // Decision (MS-DTYP 2.4.4.17.6 read literally): an empty composite holds no SID the token
    // lacks (Member_of TRUE) and none it has (Member_of_Any FALSE). Samba treats it as an error.
    [Fact]
    public void MemberOf_EmptyComposite_FollowsAllAndAnyLiterally()
    {
        var context = new ConditionContext(MixedToken());
        ConditionResult Of(ConditionalToken op) =>
            ConditionEvaluator.Evaluate(new ConditionalUnaryExpression(op, new ConditionalCompositeLiteral([])), context);

        Assert.Equal(ConditionResult.True, Of(ConditionalToken.MemberOf));
        Assert.Equal(ConditionResult.False, Of(ConditionalToken.MemberOfAny));
        Assert.Equal(ConditionResult.False, Of(ConditionalToken.NotMemberOf));
        Assert.Equal(ConditionResult.True, Of(ConditionalToken.NotMemberOfAny));
    }
}
