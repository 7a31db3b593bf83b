using NtSec.AccessControl.Conditional;
using NtSec.Authorization.Conditions;
using static NtSec.Tests.Authorization.Conditions.ConditionTestSupport;

namespace NtSec.Tests.Authorization.Conditions;

/// <summary>
/// Outcomes Samba recorded against Windows domain controllers, used as data: claim values, an
/// expression and the tri-state result (samba-team/samba python/samba/tests/krb5/conditional_ace_tests.py,
/// tables claim_against_claim_cases, claim_against_literal_cases and pac_claim_cases; row numbers
/// count from 1 within each table). Samba observed each outcome through an allow policy
/// (XA;;CR;;;WD;expr) and a deny policy (XD;;CR;;;WD;expr)(A;;CR;;;WD); here the claims are user
/// claims and the expression is evaluated directly.
/// </summary>
/// <remarks>
/// pac_claim_cases rows not used, and why:
/// <list type="bullet">
/// <item>4, 9, 14, 60-64: duplicate values in one claim; Windows' Kerberos layer rejects the ticket
/// (KDC_ERR_GENERIC) before any evaluation.</item>
/// <item>21, 22: claims of an unknown claims-source type are dropped by Windows' PAC handling.</item>
/// <item>23, 65: several PAC claim entries with one name are merged by the PAC handling (the last
/// wins); NtSec takes a token's claims as given.</item>
/// <item>33, 53, 54, 66, 67, 68: marked CRASHES_WINDOWS (booleans 2 and 3, a 100,000-character
/// value, 100,000 values, value-less SID and octet-string claims of invalid layout, an empty string).</item>
/// <item>47 ("{a} &amp;&amp; !({b})" with a=1, b=0) and 48 ("{a} || !({a})" with a=1): Windows answers
/// UNKNOWN although MS-DTYP 2.4.4.17.7 gives TRUE, while the mirrored "!({a}) || {a}" (row 49) is
/// TRUE; Samba calls this an inconsistency of Windows. NtSec follows MS-DTYP; see
/// <see cref="PacClaimCases_Rows47And48_FollowMsDtypNotTheWindowsQuirk"/>.</item>
/// </list>
/// </remarks>
public sealed class SambaClaimTableTests
{
    private static ResourceAttribute? Claim(string name, string? values) =>
        values is null ? null : Strings(name, values.Split('|'));

    private static ResourceAttribute[] Claims(params ResourceAttribute?[] claims) => [.. claims.OfType<ResourceAttribute>()];

    // claim_against_claim_cases: (@User.c0 op @User.c1) with multi-valued string claims; values
    // are '|'-separated, null for a claim the user does not have.
    [Theory]
    [InlineData(1, null, "==", null, null)]
    [InlineData(2, null, "!=", null, null)]
    [InlineData(3, "a", "==", null, null)]
    [InlineData(4, null, "==", "b", null)]
    [InlineData(5, "foo", "==", "foo", true)]
    [InlineData(6, "foo", "==", "bar", false)]
    [InlineData(7, "foo", "!=", "foo", false)]
    [InlineData(8, "foo", "!=", "bar", true)]
    [InlineData(9, "cat", "<", "dog", true)]
    [InlineData(10, "cat", "<=", "dog", true)]
    [InlineData(11, "cat", ">", "dog", false)]
    [InlineData(12, "cat", ">=", "dog", false)]
    [InlineData(13, "foo", "<=", "foo", true)]
    [InlineData(14, "foo", ">=", "foo", true)]
    [InlineData(15, "foo", "<", "foo bar", true)]
    [InlineData(16, "foo bar", ">", "foo", true)]
    [InlineData(17, "foo bar", "==", "Foo BAR", true)]
    [InlineData(18, "\uFF46\uFF4F\uFF4F \uFF42\uFF41\uFF52", "==", "\uFF26\uFF2F\uFF2F \uFF22\uFF21\uFF32", true)]
    [InlineData(19, "\u0107\u00E0\u021B", "==", "\u0106\u00C0\u021A", true)]
    [InlineData(20, "\u1E3D", "==", "\u1E3C", true)]
    [InlineData(21, "\u2178", "==", "\u2168", true)]
    [InlineData(22, "\uA66D", "==", "\uA66C", true)]
    [InlineData(23, "\u2C66", "==", "\u023E", true)]
    [InlineData(24, "\u051B\u0523", "==", "\u051A\u0522", true)]
    [InlineData(25, "foo", "<", "\uFF46\uFF4F\uFF4F", true)]
    [InlineData(26, "\u0107\u00E0\u0219", "<", "\u0106\u00C0\u021A", true)]
    [InlineData(27, "cat", "<", "\u0107\u00E0\u021B", true)]
    [InlineData(28, "A", "<", "_", true)]
    [InlineData(29, "a", "<", "_", true)]
    [InlineData(30, "\u00DF", "<", "\u1E9E", true)]
    [InlineData(31, "\u00DF", ">", "SS", true)]
    [InlineData(32, "\u2CEC", ">", "\u2CEB", true)]
    [InlineData(33, "\u029E", "<", "\uA7B0", true)]
    [InlineData(34, "\u029E", "<", "\u029F", true)]
    [InlineData(35, "\uA7A7", ">", "\uA7A6", true)]
    [InlineData(36, "\u025C", "<", "\uA7AB", true)]
    [InlineData(37, "\uD7FB", "<", "\U00010000", true)]
    [InlineData(38, "\U00010000", "<", "\uF900", true)]
    [InlineData(39, "\uD7FB", "<", "\uF900", true)]
    [InlineData(40, "foo|bar", "==", "foo|bar", true)]
    [InlineData(41, "foo|bar", "==", "foo|baz", false)]
    [InlineData(42, "foo|bar", "==", "FOO|BAR", true)]
    [InlineData(43, "foo|bar", "==", "bar|foo", true)]
    [InlineData(44, "foo|bar", "!=", "foo", true)]
    [InlineData(45, "foo|bar", "!=", "foo|bar|baz", true)]
    [InlineData(46, "foo|bar", "<", "foo|bar", null)]
    [InlineData(47, "foo|bar", "<=", "foo|bar", null)]
    [InlineData(48, "foo|bar", ">", "foo|bar|baz", null)]
    [InlineData(49, "foo|bar", ">=", "foo|bar|baz", null)]
    [InlineData(50, "foo|bar", "Contains", "FOO", true)]
    [InlineData(51, "foo|bar", "Contains", "foo|bar", true)]
    [InlineData(52, "foo|bar", "Not_Contains", "foo|bar", false)]
    [InlineData(53, "foo|bar", "Contains", "foo|bar|baz", false)]
    [InlineData(54, "foo|bar", "Not_Contains", "foo|bar|baz", true)]
    [InlineData(55, "foo", "Any_of", "foo", true)]
    [InlineData(56, "foo|bar", "Any_of", "BAR", true)]
    [InlineData(57, "foo|bar", "Any_of", "baz", false)]
    [InlineData(58, "foo|bar", "Not_Any_of", "baz", true)]
    [InlineData(59, "foo|bar", "Any_of", "bar|baz", true)]
    [InlineData(60, "foo|bar", "Not_Any_of", "bar|baz", false)]
    public void ClaimAgainstClaimCases(int row, string? lhs, string op, string? rhs, bool? expected)
    {
        var result = EvalUser($"(@User.c0 {op} @User.c1)", Claims(Claim("c0", lhs), Claim("c1", rhs)));
        Assert.True(R(expected) == result, $"claim_against_claim_cases row {row}: expected {R(expected)}, got {result}");
    }

    // claim_against_literal_cases: (@User.c0 op literal), the literal in SDDL as Windows parsed it.
    [Theory]
    [InlineData(1, "foo bar", "==", "\"foo bar\"", true)]
    [InlineData(2, null, "==", "{}", null)]
    [InlineData(3, "foo", "!=", "{}", true)]
    [InlineData(4, "bar", "==", "{\"bar\"}", true)]
    [InlineData(5, "apple|banana", "==", "{\"APPLE\", \"BANANA\"}", true)]
    [InlineData(6, "apple|banana", "==", "{\"BANANA\", \"APPLE\"}", true)]
    [InlineData(7, "apple|banana", "==", "{\"apple\", \"banana\", \"apple\"}", false)]
    [InlineData(8, null, "Contains", "{}", false)]
    [InlineData(9, null, "Not_Contains", "{}", true)]
    [InlineData(10, null, "Contains", "{\"foo\"}", null)]
    [InlineData(11, null, "Not_Contains", "{\"foo\", \"bar\"}", null)]
    [InlineData(12, "foo", "Contains", "{}", false)]
    [InlineData(13, "bar", "Contains", "{\"bar\"}", true)]
    [InlineData(14, "foo|bar", "Contains", "{\"foo\", \"bar\"}", true)]
    [InlineData(15, "foo|bar", "Contains", "{\"foo\", \"bar\", \"baz\"}", false)]
    [InlineData(16, "foo", "Contains", "\"foo\"", true)]
    [InlineData(17, "foo|bar", "Not_Contains", "\"foo\"", false)]
    [InlineData(18, "foo|bar", "Contains", "{\"foo\", \"bar\", \"bar\"}", true)]
    [InlineData(19, null, "Any_of", "{}", null)]
    [InlineData(20, null, "Not_Any_of", "{}", null)]
    [InlineData(21, "foo", "Any_of", "{}", false)]
    [InlineData(22, "foo", "Not_Any_of", "{}", true)]
    [InlineData(23, "bar", "Any_of", "{\"bar\"}", true)]
    [InlineData(24, "foo|bar", "Any_of", "{\"bar\", \"baz\"}", true)]
    [InlineData(25, "foo|bar", "Any_of", "{\"baz\"}", false)]
    [InlineData(26, "foo", "Any_of", "\"foo\"", null)]
    [InlineData(27, "foo|bar", "Not_Any_of", "\"baz\"", null)]
    [InlineData(28, "42", "==", "\"42\"", true)]
    [InlineData(29, "42", "==", "42", null)]
    [InlineData(30, "123|456", "==", "{\"123\", \"456\"}", true)]
    [InlineData(31, "654|321", "==", "{654, 321}", null)]
    [InlineData(32, "foo|bar", "Contains", "{1, 2, 3}", null)]
    public void ClaimAgainstLiteralCases(int row, string? lhs, string op, string literal, bool? expected)
    {
        var result = EvalUser($"(@User.c0 {op} {literal})", Claims(Claim("c0", lhs)));
        Assert.True(R(expected) == result, $"claim_against_literal_cases row {row}: expected {R(expected)}, got {result}");
    }

    // pac_claim_cases: claims as "name=T:v1|v2" joined by ';' (T: S string, I INT64, U UINT64,
    // B BOOLEAN; nothing after ':' for a claim without values); the expression names them as @User.name.
    [Theory]
    [InlineData(1, "x=S:foo bar", "@User.x", true)]
    [InlineData(2, "x=U:0", "@User.x", false)]
    [InlineData(3, "x=U:1", "@User.x", true)]
    [InlineData(5, "x=U:0|1", "@User.x", true)]
    [InlineData(6, "x=U:1|0", "@User.x", true)]
    [InlineData(7, "x=I:0", "@User.x", false)]
    [InlineData(8, "x=I:1", "@User.x", true)]
    [InlineData(10, "x=I:0|1", "@User.x", true)]
    [InlineData(11, "x=I:1|0", "@User.x", true)]
    [InlineData(12, "x=B:0", "@User.x", false)]
    [InlineData(13, "x=B:1", "@User.x", true)]
    [InlineData(15, "x=B:0|1", "@User.x", true)]
    [InlineData(16, "x=B:1|0", "@User.x", true)]
    [InlineData(17, "a=S:foo bar", "@User.a == \"foo bar\"", true)]
    [InlineData(18, "a=S:foo bar;b=S:FOO BAR", "@User.a == @User.b", true)]
    [InlineData(19, "b=S:FOO|BAR|BAZ;a=S:foo|bar|baz", "@User.a != @User.b", false)]
    [InlineData(20, "a=S:foo", "@User.a == \"foo\"", true)]
    [InlineData(24, "e=S:", "@User.e != \"foo bar\"", null)]
    [InlineData(25, "e=B:", "Exists @User.e", null)]
    [InlineData(26, "a=U:42", "@User.a == 42", true)]
    [InlineData(27, "a=U:0", "@User.a == 3", false)]
    [InlineData(28, "a=U:1|2|3", "@User.a == {1, 2, 3}", true)]
    [InlineData(29, "a=U:4|5|6", "@User.a != {1, 2, 3}", true)]
    [InlineData(30, "a=U:4294967296", "@User.a > 0", true)]
    [InlineData(31, "a=I:42", "@User.a == 42", true)]
    [InlineData(32, "a=I:180388626432", "@User.a == 180388626432", true)]
    [InlineData(34, "a=B:1;b=B:1", "@User.a == @User.b", true)]
    [InlineData(35, "a=B:1", "@User.a == 42", null)]
    [InlineData(36, "a=B:1;b=B:1", "@User.a && @User.b", true)]
    [InlineData(37, "a=B:0;b=B:1", "@User.a && @User.b", false)]
    [InlineData(38, "a=B:0;b=B:0", "@User.a && @User.b", false)]
    [InlineData(39, "a=B:1;b=B:1", "@User.a || @User.b", true)]
    [InlineData(40, "a=B:1;b=B:0", "@User.a || @User.b", true)]
    [InlineData(41, "a=B:0;b=B:0", "@User.a || @User.b", false)]
    [InlineData(42, "a=B:0", "!(@User.a)", true)]
    [InlineData(43, "a=B:0", "!(!(!(!(@User.a))))", false)]
    [InlineData(44, "a=B:0", "!(@User.a && @User.a)", true)]
    [InlineData(45, "a=B:1;b=B:0", "@User.a && !(@User.b || @User.b)", true)]
    [InlineData(46, "a=B:0", "!(@User.a) || !(@User.a)", true)]
    [InlineData(49, "a=B:1", "!(@User.a) || @User.a", true)]
    [InlineData(50, "a=B:1", "@User.a || (@User.a || @User.a)", true)]
    [InlineData(51, "b=B:1", "(@User.b || @User.b) || @User.b", true)]
    [InlineData(69, "e=S:", "@User.e", null)]
    public void PacClaimCases(int row, string claims, string expression, bool? expected)
    {
        var result = EvalUser("(" + expression + ")", ParseClaims(claims));
        Assert.True(R(expected) == result, $"pac_claim_cases row {row}: expected {R(expected)}, got {result}");
    }

    // pac_claim_cases rows 52 and 55: a 4,900-character value and a 4,900-character claim name.
    [Fact]
    public void PacClaimCases_Rows52And55_LongValueAndLongName()
    {
        string z = new('z', 4900);
        Assert.Equal(ConditionResult.True, EvalUser($"(@User.big == \"{z}\")", Strings("big", z)));
        Assert.Equal(ConditionResult.True, EvalUser($"(@User.{z} == \"a\")", Strings(z, "a")));
    }

    // pac_claim_cases rows 56-59: claim names Windows matched that SDDL has to escape or cannot
    // spell ("(:foo:! /&/ :bar:!)", "...", U+0001-U+03E8, U+FE00-U+107FF); built as trees.
    [Theory]
    [InlineData(56)]
    [InlineData(57)]
    [InlineData(58)]
    [InlineData(59)]
    public void PacClaimCases_Rows56To59_UnusualClaimNames(int row)
    {
        string name = row switch
        {
            56 => "(:foo:! /&/ :bar:!)",
            57 => "...",
            58 => CodePoints(1, 1000),
            _ => CodePoints(0xFE00, 0x107FF),
        };
        var expression = new ConditionalBinaryExpression(ConditionalToken.Equal,
            new ConditionalAttribute(ConditionalToken.UserAttribute, name), new ConditionalStringLiteral("a"));
        var context = WithUserClaims(Strings(name, "a"));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(expression, context));
        Assert.Equal(ConditionResult.True, ConditionEvaluator.Evaluate(ConditionalExpressionBinary.Encode(expression), context));
    }

    // pac_claim_cases rows 47 and 48: Windows gives UNKNOWN; MS-DTYP 2.4.4.17.7 gives TRUE (TRUE &&
    // !FALSE, TRUE || anything). Decision: follow MS-DTYP; this test pins the divergence.
    [Fact]
    public void PacClaimCases_Rows47And48_FollowMsDtypNotTheWindowsQuirk()
    {
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a && !(@User.b))", Bools("a", true), Bools("b", false)));
        Assert.Equal(ConditionResult.True, EvalUser("(@User.a || !(@User.a))", Bools("a", true)));
    }

    private static string CodePoints(int first, int last)
    {
        var builder = new System.Text.StringBuilder();
        for (int c = first; c <= last; c++)
        {
            builder.Append(char.ConvertFromUtf32(c));
        }

        return builder.ToString();
    }

    private static ResourceAttribute[] ParseClaims(string spec)
    {
        var claims = new List<ResourceAttribute>();
        foreach (var entry in spec.Split(';'))
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            string name = entry[..eq];
            char type = entry[eq + 1];
            string rest = entry[(eq + 3)..];
            string[] values = rest.Length == 0 ? [] : rest.Split('|');
            claims.Add(type switch
            {
                'S' => Strings(name, values),
                'I' => Ints(name, [.. values.Select(v => long.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]),
                'U' => UInts(name, [.. values.Select(v => ulong.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]),
                _ => Bools(name, [.. values.Select(v => v == "1")]),
            });
        }

        return [.. claims];
    }
}
