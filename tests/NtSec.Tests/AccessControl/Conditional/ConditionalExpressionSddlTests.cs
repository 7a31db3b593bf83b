using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.AccessControl.Conditional;

public sealed class ConditionalExpressionSddlTests
{
    private static readonly SddlContext Context = new(Sid.Parse("S-1-5-21-2457507606-2709100691-398136650"));

    private static byte[] ParseBytes(string condition)
    {
        Assert.True(ConditionalExpressionSddl.TryParse(condition, 0, Context, out byte[] bytes, out int end, out var error), error.ToString());
        Assert.Equal(condition.Length, end);
        return bytes;
    }

    private static string RoundTrip(string condition)
    {
        Assert.True(ConditionalExpressionSddl.TryFormat(ParseBytes(condition), Context, out var sddl, out var error), error);
        return sddl!;
    }

    private static ParseError ParseError(string condition)
    {
        Assert.False(ConditionalExpressionSddl.TryParse(condition, 0, Context, out byte[] bytes, out _, out var error));
        Assert.Empty(bytes);
        return error;
    }

    // Source: conditional_aces.txt.json, Windows' bytes for (@User.Title == "PM").
    [Fact]
    public void Parse_UserTitleEqualsPm_GivesWindowsBytes()
    {
        Assert.Equal(
            "61727478f90a0000005400690074006c006500100400000050004d0080000000",
            Convert.ToHexStringLower(ParseBytes("(@User.Title == \"PM\")")));
    }

    // Source: the parser API contract: offsets are absolute in the whole SDDL string.
    [Fact]
    public void Parse_InsideAnAce_EndsJustAfterTheMatchingParenthesis()
    {
        const string text = "D:(XA;;FX;;;WD;(@User.Title == \"PM\"))(A;;FA;;;SY)";
        Assert.True(ConditionalExpressionSddl.TryParse(text, 15, Context, out byte[] _, out int end, out _));
        Assert.Equal(text.IndexOf("))", StringComparison.Ordinal) + 1, end);
    }

    // Source: the parser API contract: a failure names the absolute offset.
    [Fact]
    public void Parse_MissingOperand_ReportsTheAbsoluteOffset()
    {
        const string text = "D:(XA;;FX;;;WD;(@User.Title == ))";
        Assert.False(ConditionalExpressionSddl.TryParse(text, 15, Context, out byte[] _, out _, out var error));
        Assert.Equal(text.IndexOf("))", StringComparison.Ordinal), error.Offset);
        Assert.False(error.IsBinary);
    }

    // Source: research/samba-msdtyp.md 2.3 (Windows re-parenthesises every sub-expression).
    [Theory]
    [InlineData("(@User.Title == \"PM\" && Member_of {SID(BU)})", "((@USER.Title == \"PM\") && (Member_of {SID(BU)}))")]
    [InlineData("(@User.A || @Device.B && @User.C)", "((@USER.A) || ((@DEVICE.B) && (@USER.C)))")]
    [InlineData("(!(Exists @User.x) || Not_Exists y)", "((!(Exists @USER.x)) || (Not_Exists y))")]
    [InlineData("(!@User.x)", "(!(@USER.x))")]
    [InlineData("(Exists @Resource.r)", "(Exists @RESOURCE.r)")]
    [InlineData("(Not_Device_Member_of_Any {SID(BA), SID(DA)})", "(Not_Device_Member_of_Any {SID(BA), SID(DA)})")]
    [InlineData("(member_of_any{sid(s-1-1-0)})", "(Member_of_any {SID(WD)})")]
    [InlineData("(@device.x not_any_of {1,2})", "(@DEVICE.x Not_Any_of {1, 2})")]
    public void Format_WritesWindowsCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, RoundTrip(input));
    }

    // Source: conditional_aces_windows_only.txt (lower case, SID in parentheses, nested parentheses).
    [Theory]
    [InlineData("(member_of sid(s-1-1-0))")]
    [InlineData("(member_of(sid(s-1-1-0)))")]
    [InlineData("(member_of((sid(s-1-1-0))))")]
    [InlineData("(Member_Of SID(WD))")]
    public void Parse_WindowsLeniencies_GiveASingleSidOperand(string input)
    {
        Assert.Equal("(Member_of SID(WD))", RoundTrip(input));
        Assert.Equal("61727478510c000000010100000000000100000000890000", Convert.ToHexStringLower(ParseBytes(input)));
    }

    // Source: conditional_aces_should_fail.txt and conditional_aces.txt ("(a == 1)" works, "(a == a)" fails).
    [Theory]
    [InlineData("(a == a)")]
    [InlineData("(! Member_of{SID(BA)})")]
    [InlineData("(!!! Member_of{SID(BA)})")]
    [InlineData("(Member_of_AnySID(S-1-1-0))")]
    [InlineData("(@User.Title == !(@User.Title))")]
    [InlineData("(@Device.bb == 0x10000000000000000)")]
    [InlineData("(@Device.bb == 624677746777766777767)")]
    [InlineData("(@Device.bb == 055555624677746777766777767)")]
    [InlineData("(Member_of {SID(ernie)})")]
    [InlineData("()")]
    [InlineData("(x = 1)")]
    [InlineData("(\"x\" == \"x\")")]
    [InlineData("(x == 17p)")]
    [InlineData("(x == 08)")]
    [InlineData("(Member_of {{SID(BA)}})")]
    [InlineData("(Member_of {SID(BA),})")]
    [InlineData("(@Device.%0041 == 1)")]
    [InlineData("(@Device.x == 1")]
    [InlineData("(@Unknown.x == 1)")]
    public void Parse_RejectsWhatWindowsRejects(string input)
    {
        ParseError(input);
    }

    // Source: conditional_aces.txt ("(a == 1)", "(urce.colour)") and the *.json vectors ("(7777)").
    [Theory]
    [InlineData("(a == 1)", "(a == 1)")]
    [InlineData("(7777)", "(7777)")]
    [InlineData("(urce.colour)", "(urce.colour)")]
    [InlineData("(!(WD))", "(!(WD))")]
    public void Parse_BareWordAtTheStart_IsALocalAttribute(string input, string expected)
    {
        Assert.Equal(expected, RoundTrip(input));
        Assert.Equal((byte)ConditionalToken.LocalAttribute, ParseBytes(input)[4]);
    }

    // Source: MS-DTYP 2.4.4.17.5 (sign and base bytes); conditional_aces*.txt for 0x forms.
    [Theory]
    [InlineData("(@User.x == 0xffffffffffffffff)", -1L, 3, 3)]
    [InlineData("(@User.x == -0x10)", -16L, 2, 3)]
    [InlineData("(@User.x == +017)", 15L, 1, 1)]
    [InlineData("(@User.x == -06244777767)", -848560119L, 2, 1)]
    [InlineData("(@User.x == 0)", 0L, 3, 2)]
    [InlineData("(@User.x == 00)", 0L, 3, 1)]
    [InlineData("(@User.x == 0x0)", 0L, 3, 3)]
    [InlineData("(@User.x == 18446744073709551615)", -1L, 3, 2)]
    public void Parse_Integer_StoresValueSignAndBaseAndFormatsAsWritten(string input, long value, byte sign, byte numberBase)
    {
        var bytes = ParseBytes(input);
        var binary = (ConditionalBinaryExpression)ConditionalExpressionBinary.Decode(bytes);
        var integer = Assert.IsType<ConditionalIntegerLiteral>(binary.Right);
        Assert.Equal(value, integer.Value);
        Assert.Equal((ConditionalIntegerSign)sign, integer.Sign);
        Assert.Equal((ConditionalIntegerBase)numberBase, integer.Base);
        Assert.Equal(input.Replace("@User.", "@USER.", StringComparison.Ordinal), RoundTrip(input));
    }

    // Source: conditional_aces.txt and conditional_aces_windows_only.txt ('#' is 0; odd count gets a leading 0).
    [Theory]
    [InlineData("(x==##1#2#3##)", "(x == #01020300)")]
    [InlineData("(x==#1#2#3##)", "(x == #01020300)")]
    [InlineData("(x==#ABCDEF)", "(x == #abcdef)")]
    [InlineData("(x==#)", "(x == #)")]
    public void Parse_OctetString_AsWindows(string input, string expected)
    {
        Assert.Equal(expected, RoundTrip(input));
    }

    // Source: short-conditional-and-resource-aces-successes.json.gz (%0100, %d1d6, %002c, raw '{' ';' '@').
    [Theory]
    [InlineData("(@Resource.%0100lour)", "Ālour", "(@RESOURCE.%0100lour)")]
    [InlineData("(@Device.%002c Contains 1)", ",", "(@DEVICE., Contains 1)")]
    [InlineData("(@Resource.a;b}{@c)", "a;b}{@c", "(@RESOURCE.a;b}{@c)")]
    [InlineData("(@User.%000a%0025%0020x)", "\n% x", "(@USER.%000a%0025%0020x)")]
    public void Parse_PrefixedAttributeName_DecodesEscapesAndFormatsThemBack(string input, string name, string expected)
    {
        var expression = ConditionalExpressionBinary.Decode(ParseBytes(input));
        var attribute = expression as ConditionalAttribute ?? (ConditionalAttribute)((ConditionalBinaryExpression)expression).Left;
        Assert.Equal(name, attribute.Name);
        Assert.Equal(expected, RoundTrip(input));
    }

    // Source: MS-DTYP 2.5.1.1 wspace = %x09-0D / %x20.
    [Fact]
    public void Parse_AcceptsAllMsDtypWhitespace()
    {
        Assert.Equal("(@USER.x == 1)", RoundTrip("(\t@User.x\r\n==\v1\f)"));
    }

    // Source: conditional_aces.txt (composites keep order and duplicates; Member_of is not type-checked).
    [Theory]
    [InlineData("(@USER.Project Any_of {1, 2, 3, 2, 1})")]
    [InlineData("(@USER.Project Any_of {\"foo\", \"foo\", \"FOO\"})")]
    [InlineData("(Member_of {1, 2, 3})")]
    [InlineData("(Member_of 3)")]
    [InlineData("(@USER.x == {})")]
    public void Parse_Composites_RoundTripUnchanged(string input)
    {
        Assert.Equal(input, RoundTrip(input));
    }

    // Source: DESIGN.md error model (bad input never crashes); a 64 KB ACE can hold this depth.
    [Fact]
    public void Parse_DeepNesting_DoesNotOverflowTheStack()
    {
        const int depth = 30000;
        string input = "(" + string.Concat(Enumerable.Repeat("!(", depth)) + "@USER.x" + new string(')', depth + 1);
        Assert.Equal(input, RoundTrip(input));
    }

    // Source: DESIGN.md error model (programmer misuse is an ArgumentException).
    [Fact]
    public void Parse_StartOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditionalExpressionSddl.TryParse("(x)", 4, Context, out byte[] _, out _, out _));
    }

    // Source: SDDL strings have no escape for '"' (MS-DTYP 2.5.1.1 char-string).
    [Fact]
    public void Format_StringWithQuote_Fails()
    {
        var expression = new ConditionalBinaryExpression(ConditionalToken.Equal,
            new ConditionalAttribute(ConditionalToken.UserAttribute, "x"), new ConditionalStringLiteral("a\"b"));
        Assert.False(ConditionalExpressionSddl.TryFormat(expression, Context, out var sddl, out var error));
        Assert.Null(sddl);
        Assert.NotNull(error);
    }

    // Source: the convenience API: Parse takes a whole condition and nothing else.
    [Fact]
    public void Parse_WholeString_ThrowsFormatErrorWithOffset()
    {
        Assert.IsType<ConditionalBinaryExpression>(ConditionalExpressionSddl.Parse("(x == 1)", Context));
        var ex = Assert.Throws<FormatErrorException>(() => ConditionalExpressionSddl.Parse("(x == 1) junk", Context));
        Assert.Equal(8, ex.Offset);
    }
}
