using NtSec.AccessControl;
using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using NtSec.Principals;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ConditionContextTests
{
    private static ConditionResult EvaluateFirstDaclAce(string sddl, NtSec.Tokens.TokenState? token = null)
    {
        var sd = SecurityDescriptor.ParseSddl(sddl);
        var context = ConditionContext.For(token ?? StandardToken(), sd);
        return ConditionEvaluator.Evaluate(sd.Dacl![0].ApplicationData, context);
    }

    // Source: MS-DTYP 2.4.4.15 (RA ACE), 2.5.3.1.7 LookupAttributeInSacl; the brief's example.
    [Fact]
    public void ResourceAttribute_FromTheSacl()
    {
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce(
            "D:(XA;;FA;;;WD;(@Resource.dept == \"Finance\"))S:(RA;;;;;WD;(\"dept\",TS,0x0,\"Finance\"))"));
        Assert.Equal(ConditionResult.False, EvaluateFirstDaclAce(
            "D:(XA;;FA;;;WD;(@Resource.dept == \"Sales\"))S:(RA;;;;;WD;(\"dept\",TS,0x0,\"Finance\"))"));
        Assert.Equal(ConditionResult.Unknown, EvaluateFirstDaclAce(
            "D:(XA;;FA;;;WD;(@Resource.site == \"Oslo\"))S:(RA;;;;;WD;(\"dept\",TS,0x0,\"Finance\"))"));
        Assert.Equal(ConditionResult.Unknown, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.dept == \"Finance\"))"));
    }

    // Source: MS-DTYP 2.4.10.1 flag 0x2 (CASE_SENSITIVE) carried by the RA ACE; TI/TU/TB/TD types.
    [Fact]
    public void ResourceAttribute_TypesAndCaseSensitivity()
    {
        const string sacl = "S:(RA;;;;;WD;(\"cs\",TS,0x2,\"Finance\"))(RA;;;;;WD;(\"level\",TI,0x0,3))"
            + "(RA;;;;;WD;(\"big\",TU,0x0,18446744073709551615))(RA;;;;;WD;(\"flag\",TB,0x0,1))"
            + "(RA;;;;;WD;(\"owner\",TD,0x0,BA))(RA;;;;;WD;(\"tags\",TS,0x0,\"a\",\"b\"))";
        Assert.Equal(ConditionResult.False, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.cs == \"FINANCE\"))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.level >= 2))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.big > @Resource.level))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.flag))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.owner == SID(BA)))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(@Resource.tags Contains \"B\"))" + sacl));
        Assert.Equal(ConditionResult.True, EvaluateFirstDaclAce("D:(XA;;FA;;;WD;(Exists @Resource.tags))" + sacl));
    }

    // Source: the brief (non-inherit-only RA ACEs only): an inherit-only RA ACE describes children.
    [Fact]
    public void For_SkipsInheritOnlyResourceAttributes()
    {
        var sd = SecurityDescriptor.ParseSddl("S:(RA;IO;;;;WD;(\"dept\",TS,0x0,\"Child\"))(RA;;;;;WD;(\"dept\",TS,0x0,\"Own\"))(RA;OICI;;;;WD;(\"site\",TS,0x0,\"Oslo\"))");
        var context = ConditionContext.For(StandardToken(), sd);
        Assert.Equal(["dept", "site"], context.ResourceAttributes.Select(a => a.Name));
        Assert.Equal("Own", context.ResourceAttributes[0].Values[0]);
    }

    // Source: the brief: RA data that does not decode is skipped, not fatal.
    [Fact]
    public void For_SkipsUndecodableResourceAttributes()
    {
        var good = ResourceAttributeBinary.Encode(Strings("dept", "Finance"));
        var sacl = new Acl([
            Ace.Create(AceType.SystemResourceAttribute, AceFlags.None, 0u, WellKnownSids.Everyone, [1, 2, 3, 4]),
            Ace.Create(AceType.SystemResourceAttribute, AceFlags.None, 0u, WellKnownSids.Everyone, good),
        ]);
        var sd = new SecurityDescriptor(SecurityDescriptorControl.SaclPresent | SecurityDescriptorControl.SelfRelative, null, null, null, sacl);
        var context = ConditionContext.For(StandardToken(), sd);
        Assert.Single(context.ResourceAttributes);
        Assert.Equal(ConditionResult.True, Eval("(@Resource.dept == \"finance\")", context));
    }

    // Source: DESIGN.md (immutability): the context copies the lists it is given.
    [Fact]
    public void Context_CopiesItsLists_AndDefaultsToEmpty()
    {
        var list = new List<ResourceAttribute> { Strings("a", "x") };
        var context = new ConditionContext(StandardToken()) { UserClaims = list };
        list.Clear();
        Assert.Single(context.UserClaims);
        Assert.Empty(context.DeviceClaims);
        Assert.Empty(context.LocalClaims);
        Assert.Empty(context.ResourceAttributes);
        Assert.Empty(context.DeviceSids);
        Assert.False(context.ForDenyAce);
        Assert.True((context with { ForDenyAce = true }).ForDenyAce);
        Assert.Throws<ArgumentNullException>(() => new ConditionContext(null!));
        Assert.Throws<ArgumentNullException>(() => new ConditionContext(StandardToken()) { UserClaims = null! });
    }

    // Source: MS-DTYP 2.5.3.1.5 and 2.4.4.17.3: the same condition in an allow and a deny ACE.
    [Fact]
    public void ConditionInAceData_FromParsedDescriptor()
    {
        var sd = SecurityDescriptor.ParseSddl("D:(XD;;FA;;;WD;(Member_of {SID(BG)}))(XA;;FA;;;WD;(Member_of {SID(BG)}))");
        var token = Token(("S-1-5-32-546", GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY));
        var context = ConditionContext.For(token, sd);
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(sd.Dacl![0].ApplicationData, context with { ForDenyAce = true }));
        Assert.Equal(ConditionResult.False, ConditionEvaluator.Evaluate(sd.Dacl![1].ApplicationData, context));
    }
}
