namespace NtSec.AccessControl.Conditional;

/// <summary>What each token byte is (MS-DTYP 2.4.4.17.5-2.4.4.17.8) and how SDDL spells and binds it (2.5.1.1-2.5.1.3).</summary>
internal static class ConditionalTokenInfo
{
    // MS-DTYP 2.5.1.3 precedence, tightest first. Windows' parser is a precedence parser with
    // these five levels; the vectors' re-parenthesised output shows the grouping.
    public const int PrecedenceExists = 1;
    public const int PrecedenceComparison = 2;
    public const int PrecedenceNot = 3;
    public const int PrecedenceAnd = 4;
    public const int PrecedenceOr = 5;

    public static bool IsInteger(ConditionalToken token) =>
        token is >= ConditionalToken.SignedInt8 and <= ConditionalToken.SignedInt64;

    public static bool IsLiteral(ConditionalToken token) =>
        IsInteger(token) || token is ConditionalToken.UnicodeString or ConditionalToken.OctetString
            or ConditionalToken.Composite or ConditionalToken.Sid;

    public static bool IsAttribute(ConditionalToken token) =>
        token is >= ConditionalToken.LocalAttribute and <= ConditionalToken.DeviceAttribute;

    /// <summary>Operators taking one operand (MS-DTYP 2.4.4.17.6 unary relational, 2.4.4.17.7 NOT).</summary>
    public static bool IsUnaryOperator(ConditionalToken token) =>
        token is ConditionalToken.Exists or ConditionalToken.NotExists or ConditionalToken.Not || IsMembership(token);

    /// <summary>Operators taking two operands.</summary>
    public static bool IsBinaryOperator(ConditionalToken token) =>
        token is (>= ConditionalToken.Equal and <= ConditionalToken.Contains) or ConditionalToken.AnyOf
            or ConditionalToken.NotContains or ConditionalToken.NotAnyOf or ConditionalToken.And or ConditionalToken.Or;

    /// <summary>The eight Member_of variants.</summary>
    public static bool IsMembership(ConditionalToken token) =>
        token is (>= ConditionalToken.MemberOf and <= ConditionalToken.DeviceMemberOfAny)
            or (>= ConditionalToken.NotMemberOf and <= ConditionalToken.NotDeviceMemberOfAny);

    /// <summary>==, !=, &lt;, &lt;=, &gt;, &gt;=: their right operand may be a parenthesised literal.</summary>
    public static bool IsComparison(ConditionalToken token) =>
        token is >= ConditionalToken.Equal and <= ConditionalToken.GreaterThanOrEqual;

    /// <summary>Contains, Any_of and their negations.</summary>
    public static bool IsContainment(ConditionalToken token) =>
        token is ConditionalToken.Contains or ConditionalToken.AnyOf or ConditionalToken.NotContains or ConditionalToken.NotAnyOf;

    public static bool IsLogical(ConditionalToken token) =>
        token is ConditionalToken.And or ConditionalToken.Or or ConditionalToken.Not;

    public static int Precedence(ConditionalToken token) => token switch
    {
        ConditionalToken.Exists or ConditionalToken.NotExists => PrecedenceExists,
        ConditionalToken.Not => PrecedenceNot,
        ConditionalToken.And => PrecedenceAnd,
        ConditionalToken.Or => PrecedenceOr,
        _ => PrecedenceComparison,
    };

    /// <summary>
    /// The operator as Windows writes it. MS-DTYP 2.5.1.1 spells 0x8B "Member_of_Any"; Windows'
    /// output is "Member_of_any" (conditional_aces.txt). The other Any spellings follow MS-DTYP.
    /// </summary>
    public static string Spelling(ConditionalToken token) => token switch
    {
        ConditionalToken.Equal => "==",
        ConditionalToken.NotEqual => "!=",
        ConditionalToken.LessThan => "<",
        ConditionalToken.LessThanOrEqual => "<=",
        ConditionalToken.GreaterThan => ">",
        ConditionalToken.GreaterThanOrEqual => ">=",
        ConditionalToken.Contains => "Contains",
        ConditionalToken.Exists => "Exists",
        ConditionalToken.AnyOf => "Any_of",
        ConditionalToken.MemberOf => "Member_of",
        ConditionalToken.DeviceMemberOf => "Device_Member_of",
        ConditionalToken.MemberOfAny => "Member_of_any",
        ConditionalToken.DeviceMemberOfAny => "Device_Member_of_Any",
        ConditionalToken.NotExists => "Not_Exists",
        ConditionalToken.NotContains => "Not_Contains",
        ConditionalToken.NotAnyOf => "Not_Any_of",
        ConditionalToken.NotMemberOf => "Not_Member_of",
        ConditionalToken.NotDeviceMemberOf => "Not_Device_Member_of",
        ConditionalToken.NotMemberOfAny => "Not_Member_of_Any",
        ConditionalToken.NotDeviceMemberOfAny => "Not_Device_Member_of_Any",
        ConditionalToken.And => "&&",
        ConditionalToken.Or => "||",
        ConditionalToken.Not => "!",
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "not an operator"),
    };

    private static readonly ConditionalToken[] WordOperators =
    [
        ConditionalToken.MemberOf, ConditionalToken.DeviceMemberOf, ConditionalToken.MemberOfAny,
        ConditionalToken.DeviceMemberOfAny, ConditionalToken.NotMemberOf, ConditionalToken.NotDeviceMemberOf,
        ConditionalToken.NotMemberOfAny, ConditionalToken.NotDeviceMemberOfAny, ConditionalToken.Exists,
        ConditionalToken.NotExists, ConditionalToken.Contains, ConditionalToken.AnyOf, ConditionalToken.NotContains,
        ConditionalToken.NotAnyOf,
    ];

    /// <summary>
    /// The word operator spelled <paramref name="word"/>, compared without regard to case as
    /// Windows does ("member_of", "mEMBER_of": conditional_aces.txt, conditional_aces_windows_only.txt).
    /// </summary>
    public static bool TryGetWordOperator(ReadOnlySpan<char> word, bool unary, bool binary, out ConditionalToken token)
    {
        foreach (var candidate in WordOperators)
        {
            bool isUnary = IsUnaryOperator(candidate);
            if ((isUnary ? unary : binary) && word.Equals(Spelling(candidate), StringComparison.OrdinalIgnoreCase))
            {
                token = candidate;
                return true;
            }
        }

        token = ConditionalToken.Padding;
        return false;
    }
}
