using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using NtSec.Principals;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ConditionRelationalTests
{
    // Source: MS-DTYP 2.4.4.17.6 (==, !=, <, <=, >, >= on integers).
    [Theory]
    [InlineData("==", 5, true)]
    [InlineData("!=", 5, false)]
    [InlineData("<", 6, true)]
    [InlineData("<=", 5, true)]
    [InlineData(">", 5, false)]
    [InlineData(">=", 4, true)]
    [InlineData("<", -6, false)]
    [InlineData(">", -6, true)]
    public void IntegerComparisons(string op, long literal, bool expected)
    {
        Assert.Equal(R(expected), EvalUser($"(@User.n {op} {literal})", Ints("n", 5)));
    }

    // Source: MS-DTYP 2.4.10.1 (INT64 and UINT64 claims); integer literals are signed 64-bit
    // (2.4.4.17.5), so a UINT64 value above INT64's range is compared by value, not bits.
    [Fact]
    public void UnsignedAttribute_ComparesByValueWithSignedLiterals()
    {
        var big = UInts("u", ulong.MaxValue);
        Assert.Equal(ConditionResult.True, EvalUser("(@User.u > 0)", big));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.u > -1)", big));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.u == -1)", big));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.u > @User.i)", big, Ints("i", long.MaxValue)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.i == @User.u2)", Ints("i", 7), UInts("u2", 7)));
    }

    // Source: Samba pac_claim_cases (Windows): BOOLEAN claims equal each other, but a BOOLEAN
    // claim == 42 is UNKNOWN. Decision: a boolean matches the integers 0 and 1 under == and !=.
    [Fact]
    public void Booleans_CompareWithBooleansAndWithZeroOrOne()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a == @User.b)", Bools("a", true), Bools("b", true)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a != @User.b)", Bools("a", true), Bools("b", false)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a == 1)", Bools("a", true)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a != 0)", Bools("a", true)));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.a == 42)", Bools("a", true)));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.a < 1)", Bools("a", false)));
    }

    // Source: MS-DTYP 2.4.10.1 CLAIM_SECURITY_ATTRIBUTE_VALUE_CASE_SENSITIVE; Samba
    // claim_against_claim_cases (Windows): comparison ignores case otherwise.
    [Fact]
    public void Strings_IgnoreCaseUnlessTheAttributeIsCaseSensitive()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s == \"FINANCE\")", Strings("s", "Finance")));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.s == \"FINANCE\")", CaseSensitiveStrings("s", "Finance")));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s == \"Finance\")", CaseSensitiveStrings("s", "Finance")));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s != \"FINANCE\")", CaseSensitiveStrings("s", "Finance")));
        // Either attribute's flag makes an attribute-to-attribute comparison case-sensitive.
        Assert.Equal(ConditionResult.False, EvalUser("(@User.a == @User.b)", Strings("a", "x"), CaseSensitiveStrings("b", "X")));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.b == @User.a)", Strings("a", "x"), CaseSensitiveStrings("b", "X")));
        // Ordering: case-sensitive compares code units ('F' 0x46 < 'f' 0x66).
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s < \"finance\")", CaseSensitiveStrings("s", "Finance")));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.s < \"finance\")", Strings("s", "Finance")));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s <= \"finance\")", Strings("s", "Finance")));
    }

    // Source: MS-DTYP 2.4.4.17.5 SID literal and 2.4.10.1 SID claims: == and != only.
    [Fact]
    public void Sids_TakeEqualityButNotOrdering()
    {
        var sid = Sids("s", "S-1-5-32-544");
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s == SID(BA))", sid));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.s == SID(BU))", sid));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s != SID(BU))", sid));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.s < SID(BU))", sid));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s Contains SID(BA))", Sids("s", "S-1-5-32-544", "S-1-1-0")));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.s Any_of {SID(BU), SID(WD)})", Sids("s", "S-1-5-32-544", "S-1-1-0")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.s == \"S-1-5-32-544\")", sid));
    }

    // Source: MS-DTYP 2.4.4.17.5 octet-string literal (SDDL #hex). Decision: ordering is byte-wise.
    [Fact]
    public void OctetStrings_CompareByteForByte()
    {
        var o = Octets("o", [0x01, 0x02]);
        Assert.Equal(ConditionResult.True, EvalUser("(@User.o == #0102)", o));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.o == #0103)", o));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.o < #0103)", o));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.o > #01)", o));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.o == 258)", o));
    }

    // Source: MS-DTYP 2.4.4.17.6: "each relational operator MUST return UNKNOWN if the attribute
    // tested does not exist in the security context".
    [Theory]
    [InlineData("(@User.missing == 1)")]
    [InlineData("(@User.missing != 1)")]
    [InlineData("(@User.missing < 1)")]
    [InlineData("(@User.missing >= \"a\")")]
    [InlineData("(@User.missing Contains \"a\")")]
    [InlineData("(@User.missing Not_Contains {\"a\"})")]
    [InlineData("(@User.missing Any_of {1, 2})")]
    [InlineData("(@User.missing Not_Any_of {1, 2})")]
    [InlineData("(@User.n == @User.missing)")]
    [InlineData("(@Device.n == 1)")]
    [InlineData("(n == 1)")]
    [InlineData("(@Resource.n == 1)")]
    public void MissingAttribute_GivesUnknown(string sddl)
    {
        Assert.Equal(ConditionResult.Unknown, EvalUser(sddl, Ints("n", 1)));
    }

    // Decision: an attribute with no values is null, like a missing one (Windows: a value-less
    // claim != "foo bar" is UNKNOWN; Samba pac_claim_cases).
    [Fact]
    public void AttributeWithoutValues_IsNull()
    {
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.e != \"foo bar\")", Strings("e")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.e)", Ints("e")));
    }

    // Source: MS-DTYP 2.4.4.17.6 (multi-valued operands fail with UNKNOWN except for ==, Contains,
    // Any_of); Samba claim_against_claim_cases (Windows): composites have no ordering.
    [Theory]
    [InlineData("(@User.m < 5)")]
    [InlineData("(@User.m <= 5)")]
    [InlineData("(@User.m > 0)")]
    [InlineData("(@User.m >= 0)")]
    [InlineData("(@User.one < {5})")]
    public void Ordering_WithAMultiValuedOperand_IsUnknown(string sddl)
    {
        Assert.Equal(ConditionResult.Unknown, EvalUser(sddl, Ints("m", 1, 2), Ints("one", 1)));
    }

    // Source: Samba claim_against_claim_cases / pac_claim_cases (Windows): == compares values as sets.
    [Fact]
    public void Equality_OfMultiValuedOperands_IsSetEquality()
    {
        var m = Ints("m", 1, 2, 3);
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m == {3, 2, 1})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m == {1, 2})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m != {1, 2, 4})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m == {1, 2, 3, 3})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.one == {1})", Ints("one", 1)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.one != {})", Ints("one", 1)));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.m == {1, 2, \"3\"})", m));
        // A composite nested in a composite (binary form only) equals nothing: an error.
        var nested = new ConditionalBinaryExpression(ConditionalToken.Equal, new ConditionalAttribute(ConditionalToken.UserAttribute, "m"),
            new ConditionalCompositeLiteral([new ConditionalIntegerLiteral(1), new ConditionalIntegerLiteral(2), new ConditionalCompositeLiteral([new ConditionalIntegerLiteral(3)])]));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(nested, WithUserClaims(m)));
    }

    // Source: MS-DTYP 2.4.4.17.6 Contains / Not_Contains; Samba claim_against_literal_cases (Windows).
    [Fact]
    public void Contains_NeedsEveryRightHandValue()
    {
        var m = Strings("m", "red", "green", "blue");
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Contains \"GREEN\")", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Contains {\"red\", \"blue\"})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m Contains {\"red\", \"pink\"})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Not_Contains {\"red\", \"pink\"})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m Not_Contains \"red\")", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Contains @User.s)", m, Strings("s", "Blue")));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.m Contains {1})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.n Contains 5)", Ints("n", 5)));
    }

    // Source: Samba claim_against_literal_cases (Windows): Contains {} is FALSE and Not_Contains {}
    // TRUE, even for a missing attribute.
    [Fact]
    public void Contains_EmptyComposite_IsFalseEvenForAMissingAttribute()
    {
        Assert.Equal(ConditionResult.False, EvalUser("(@User.missing Contains {})"));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.missing Not_Contains {})"));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.s Contains {})", Strings("s", "a")));
    }

    // Source: MS-DTYP 2.4.4.17.6 Any_of / Not_Any_of; Samba tables (Windows).
    [Fact]
    public void AnyOf_NeedsOneCommonValue()
    {
        var m = Ints("m", 10, 20);
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Any_of {20, 30})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m Any_of {30, 40})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Not_Any_of {30, 40})", m));
        Assert.Equal(ConditionResult.False, EvalUser("(@User.m Any_of {})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Not_Any_of {})", m));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.n Any_of {5, 6})", Ints("n", 5)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.m Any_of @User.n)", m, Ints("n", 10)));
        // A literal right-hand side must be a composite.
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.n Any_of 5)", Ints("n", 5)));
        Assert.Equal(ConditionResult.Unknown, EvalUser("(@User.n Not_Any_of 6)", Ints("n", 5)));
    }

    // Source: MS-DTYP 2.4.4.17.6 (the left operand is an attribute); built as trees since SDDL
    // cannot put a literal on the left.
    [Fact]
    public void LiteralOnTheLeft_OrResultOperand_IsAnError()
    {
        var context = WithUserClaims(Ints("n", 5), Bools("t", true));
        var five = new ConditionalIntegerLiteral(5);
        var n = new ConditionalAttribute(ConditionalToken.UserAttribute, "n");
        var t = new ConditionalAttribute(ConditionalToken.UserAttribute, "t");
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Equal, five, n), context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Equal, five, five), context));
        var result = new ConditionalBinaryExpression(ConditionalToken.And, t, t);
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Equal, n, result), context));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Equal, result, n), context));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(new ConditionalBinaryExpression(ConditionalToken.Equal, n, five), context));
    }

    // Source: MS-DTYP 2.4.4.17.8: @User, @Device, @Resource and local attributes come from
    // different places; a name found in one list is not seen through another prefix.
    [Fact]
    public void AttributePrefixes_ReadTheirOwnLists()
    {
        var context = new ConditionContext(StandardToken())
        {
            UserClaims = [Strings("a", "user")],
            DeviceClaims = [Strings("a", "device")],
            LocalClaims = [Strings("a", "local")],
            ResourceAttributes = [Strings("a", "resource")],
        };
        Assert.Equal(ConditionResult.True, Eval("(@User.a == \"user\")", context));
        Assert.Equal(ConditionResult.True, Eval("(@Device.a == \"device\")", context));
        Assert.Equal(ConditionResult.True, Eval("(a == \"local\")", context));
        Assert.Equal(ConditionResult.True, Eval("(@Resource.a == \"resource\")", context));
        Assert.Equal(ConditionResult.False, Eval("(@User.a == \"device\")", context));
    }

    // Decision: attribute names match without regard to case; the first of two same-named
    // attributes wins (MS-DTYP 2.5.3.1.7 returns the first matching RA ACE).
    [Fact]
    public void AttributeNames_IgnoreCase_FirstMatchWins()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.DEPT == \"x\")", Strings("dept", "x"), Strings("Dept", "y")));
    }

    // Source: MS-DTYP 2.4.4.17.7 Exists / Not_Exists: defined for local and resource attributes;
    // any other operand is an error (Windows: "Exists @User.x" is UNKNOWN, Samba pac_claim_cases).
    [Fact]
    public void Exists_AppliesToLocalAndResourceAttributes()
    {
        var context = new ConditionContext(StandardToken())
        {
            UserClaims = [Strings("u", "x")],
            LocalClaims = [Strings("l", "x")],
            ResourceAttributes = [Ints("r", 0)],
        };
        Assert.Equal(ConditionResult.True, Eval("(Exists l)", context));
        Assert.Equal(ConditionResult.False, Eval("(Exists nope)", context));
        Assert.Equal(ConditionResult.True, Eval("(Not_Exists nope)", context));
        Assert.Equal(ConditionResult.True, Eval("(Exists @Resource.r)", context));
        Assert.Equal(ConditionResult.False, Eval("(Not_Exists @Resource.r)", context));
        Assert.Equal(ConditionResult.False, Eval("(Exists @Resource.nope)", context));
        Assert.Equal(ConditionResult.Unknown, Eval("(Exists @User.u)", context));
        Assert.Equal(ConditionResult.Unknown, Eval("(Not_Exists @Device.u)", context));
        // An error poisons the whole expression.
        Assert.Equal(ConditionResult.Unknown, Eval("(Exists l || Exists @User.u)", context));
        var literal = new ConditionalUnaryExpression(ConditionalToken.Exists, new ConditionalIntegerLiteral(1));
        Assert.Equal(ConditionResult.Unknown, ConditionEvaluator.Evaluate(literal, context));
    }

    // Source: MS-DTYP 2.4.4.17.5: SID literal compare of a token claim; sanity for Sid values.
    [Fact]
    public void SidClaims_CompareAgainstSidClaims()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a == @User.b)", Sids("a", "S-1-1-0"), new ResourceAttribute("b", ResourceAttributeType.Sid, ResourceAttributeFlags.None, [WellKnownSids.Everyone])));
    }
}
