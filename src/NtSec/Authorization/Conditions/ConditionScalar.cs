using System.Collections.Immutable;
using NtSec.AccessControl.Conditional;
using NtSec.Principals;

namespace NtSec.Authorization.Conditions;

/// <summary>
/// One value taking part in a comparison: an element of a claim, of a resource attribute or of a
/// literal. INT64 and UINT64 values are held as one 128-bit integer so that they compare by value
/// whatever their declared type.
/// </summary>
internal readonly struct ConditionScalar
{
    private readonly Int128 _integer;
    private readonly object? _reference;
    private readonly ImmutableArray<byte> _octets;

    private ConditionScalar(ConditionScalarKind kind, Int128 integer, object? reference, ImmutableArray<byte> octets)
    {
        Kind = kind;
        _integer = integer;
        _reference = reference;
        _octets = octets;
    }

    public ConditionScalarKind Kind { get; }

    /// <summary>A value of a claim (CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1 as <see cref="ResourceAttribute"/> holds it).</summary>
    public static ConditionScalar FromAttributeValue(object value) => value switch
    {
        long l => new(ConditionScalarKind.Integer, l, null, default),
        ulong u => new(ConditionScalarKind.Integer, u, null, default),
        bool b => new(ConditionScalarKind.Boolean, b ? 1 : 0, null, default),
        string s => new(ConditionScalarKind.String, 0, s, default),
        Sid sid => new(ConditionScalarKind.Sid, 0, sid, default),
        ImmutableArray<byte> octets => new(ConditionScalarKind.OctetString, 0, null, octets),
        _ => default,
    };

    /// <summary>A literal token (MS-DTYP 2.4.4.17.5); a composite inside a composite compares with nothing.</summary>
    public static ConditionScalar FromLiteral(ConditionalLiteral literal) => literal switch
    {
        ConditionalIntegerLiteral i => new(ConditionScalarKind.Integer, i.Value, null, default),
        ConditionalStringLiteral s => new(ConditionScalarKind.String, 0, s.Value, default),
        ConditionalSidLiteral sid => new(ConditionScalarKind.Sid, 0, sid.Value, default),
        ConditionalOctetStringLiteral octets => new(ConditionScalarKind.OctetString, 0, null, octets.Value),
        _ => default,
    };

    /// <summary>
    /// Applies the relational operator <paramref name="op"/> (==, !=, &lt;, &lt;=, &gt;, &gt;=) to two
    /// values. False when the pair cannot be compared that way, which is an error of the whole
    /// expression (MS-DTYP 2.4.4.17.6: "If any processing rule returns an error ... UNKNOWN").
    /// </summary>
    /// <remarks>
    /// Integers of either signedness compare by value. Strings compare without regard to case
    /// unless either side carries CLAIM_SECURITY_ATTRIBUTE_VALUE_CASE_SENSITIVE. Octet strings
    /// compare byte by byte. SIDs and booleans only take == and !=; a boolean equals an integer
    /// only when that integer is 0 or 1 (Windows: a BOOLEAN claim == 42 is UNKNOWN, Samba
    /// conditional_ace_tests.py pac_claim_cases). Any other mix of types is an error (Windows: a
    /// string claim "42" == 42 is UNKNOWN, claim_against_literal_cases).
    /// </remarks>
    public static bool TryCompare(in ConditionScalar a, in ConditionScalar b, ConditionalToken op, bool caseSensitive, out bool answer)
    {
        answer = false;
        bool equalityOnly = op is ConditionalToken.Equal or ConditionalToken.NotEqual;
        int order;
        switch (a.Kind, b.Kind)
        {
            case (ConditionScalarKind.Integer, ConditionScalarKind.Integer):
                order = a._integer.CompareTo(b._integer);
                break;
            case (ConditionScalarKind.String, ConditionScalarKind.String):
                order = ClaimStringComparison.Compare((string)a._reference!, (string)b._reference!, caseSensitive);
                break;
            case (ConditionScalarKind.OctetString, ConditionScalarKind.OctetString):
                order = a._octets.AsSpan().SequenceCompareTo(b._octets.AsSpan());
                break;
            case (ConditionScalarKind.Sid, ConditionScalarKind.Sid) when equalityOnly:
                order = (Sid)a._reference! == (Sid)b._reference! ? 0 : 1;
                break;
            case (ConditionScalarKind.Boolean, ConditionScalarKind.Boolean) when equalityOnly:
                order = a._integer == b._integer ? 0 : 1;
                break;
            case (ConditionScalarKind.Boolean, ConditionScalarKind.Integer) when equalityOnly && b._integer >= 0 && b._integer <= 1:
            case (ConditionScalarKind.Integer, ConditionScalarKind.Boolean) when equalityOnly && a._integer >= 0 && a._integer <= 1:
                order = a._integer == b._integer ? 0 : 1;
                break;
            default:
                return false;
        }

        answer = op switch
        {
            ConditionalToken.Equal => order == 0,
            ConditionalToken.NotEqual => order != 0,
            ConditionalToken.LessThan => order < 0,
            ConditionalToken.LessThanOrEqual => order <= 0,
            ConditionalToken.GreaterThan => order > 0,
            _ => order >= 0,
        };
        return true;
    }

    /// <summary>
    /// The logical value of one attribute value (MS-DTYP 2.4.4.17.7): an integer (or boolean) is
    /// TRUE when nonzero, a string when not empty. Other types have no rule and give UNKNOWN.
    /// </summary>
    public ConditionResult Truth() => Kind switch
    {
        ConditionScalarKind.Integer or ConditionScalarKind.Boolean => _integer != 0 ? ConditionResult.True : ConditionResult.False,
        ConditionScalarKind.String => ((string)_reference!).Length != 0 ? ConditionResult.True : ConditionResult.False,
        _ => ConditionResult.Unknown,
    };
}
