using NtSec.Authorization.Conditions;

namespace NtSec.Tests.Authorization.Conditions;

public sealed class ClaimStringComparisonTests
{
    // Source: Samba claim_against_claim_cases rows 32-36 (Windows): case pairs added after Unicode
    // 5.1 do not fold. .NET's invariant mapping does fold them, which is why the table exists.
    [Theory]
    [InlineData('\u029E', '\uA7B0')] // 7.0
    [InlineData('\u025C', '\uA7AB')] // 7.0
    [InlineData('\uA7A7', '\uA7A6')] // 6.0
    [InlineData('\u2CEC', '\u2CEB')] // 5.2
    [InlineData('\u10D0', '\u1C90')] // Georgian Mtavruli, 11.0
    [InlineData('\uAB70', '\u13A0')] // Cherokee, 8.0
    public void ToUpper_LeavesMappingsNewerThanUnicode51Alone(char lower, char upper)
    {
        Assert.Equal(upper, char.ToUpperInvariant(lower));
        Assert.Equal(lower, ClaimStringComparison.ToUpper(lower));
        Assert.NotEqual(0, ClaimStringComparison.Compare(lower.ToString(), upper.ToString(), caseSensitive: false));
    }

    // Source: Samba claim_against_claim_cases rows 17-24 (Windows): older pairs fold.
    [Theory]
    [InlineData('a', 'A')]
    [InlineData('\u00E0', '\u00C0')]
    [InlineData('\u021B', '\u021A')]
    [InlineData('\u2C66', '\u023E')] // 5.0
    [InlineData('\u0523', '\u0522')] // 5.1
    [InlineData('\uA66D', '\uA66C')] // 5.1
    [InlineData('\uFF46', '\uFF26')]
    public void ToUpper_FoldsOlderPairs(char lower, char upper)
    {
        Assert.Equal(upper, ClaimStringComparison.ToUpper(lower));
        Assert.Equal(upper, ClaimStringComparison.ToUpper(upper));
        Assert.True(ClaimStringComparison.EqualsIgnoreCase(lower.ToString(), upper.ToString()));
    }

    // Source: Samba claim_against_claim_cases rows 28-31, 37-39 (Windows): upper-cased UTF-16 code
    // units compare as numbers; a prefix sorts first.
    [Fact]
    public void Compare_UsesUpperCasedCodeUnits()
    {
        Assert.True(ClaimStringComparison.Compare("a", "_", caseSensitive: false) < 0);
        Assert.True(ClaimStringComparison.Compare("a", "_", caseSensitive: true) > 0);
        Assert.True(ClaimStringComparison.Compare("\U00010000", "\uF900", caseSensitive: false) < 0);
        Assert.True(ClaimStringComparison.Compare("foo", "foo bar", caseSensitive: false) < 0);
        Assert.True(ClaimStringComparison.Compare("\u00DF", "SS", caseSensitive: false) > 0);
    }
}
