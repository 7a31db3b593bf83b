using System.Collections.Immutable;
using NtSec.AccessControl.Conditional;

namespace NtSec.Authorization.Conditions;

/// <summary>
/// The values of a relational operand: the values of an attribute (a set when it has more than
/// one), the elements of a composite literal (always a set), or a single literal.
/// </summary>
internal readonly struct ConditionValues
{
    private readonly ImmutableArray<object> _attributeValues;
    private readonly ImmutableArray<ConditionalLiteral> _elements;
    private readonly ConditionalLiteral? _single;

    private ConditionValues(ImmutableArray<object> attributeValues, ImmutableArray<ConditionalLiteral> elements,
        ConditionalLiteral? single, int count, bool isSet, bool caseSensitive)
    {
        _attributeValues = attributeValues;
        _elements = elements;
        _single = single;
        Count = count;
        IsSet = isSet;
        CaseSensitive = caseSensitive;
    }

    public int Count { get; }

    /// <summary>True for a composite literal or a multi-valued attribute.</summary>
    public bool IsSet { get; }

    /// <summary>True for an attribute with CLAIM_SECURITY_ATTRIBUTE_VALUE_CASE_SENSITIVE (MS-DTYP 2.4.10.1).</summary>
    public bool CaseSensitive { get; }

    public ConditionScalar this[int index] =>
        !_attributeValues.IsDefault ? ConditionScalar.FromAttributeValue(_attributeValues[index])
        : !_elements.IsDefault ? ConditionScalar.FromLiteral(_elements[index])
        : ConditionScalar.FromLiteral(_single!);

    /// <summary>The values of a non-null attribute operand or a literal operand.</summary>
    public static ConditionValues Of(in ConditionOperand operand)
    {
        if (operand.Attribute is { } attribute)
        {
            var values = attribute.Values;
            return new(values, default, null, values.Length, values.Length != 1,
                (attribute.Flags & ResourceAttributeFlags.ValueCaseSensitive) != 0);
        }

        if (operand.Literal is ConditionalCompositeLiteral composite)
        {
            return new(default, composite.Elements, null, composite.Elements.Length, true, false);
        }

        return new(default, default, operand.Literal, 1, false, false);
    }

    /// <summary>Whether some value equals <paramref name="value"/>; false when a pair cannot be compared.</summary>
    public bool TryContains(in ConditionScalar value, bool caseSensitive, out bool found)
    {
        for (int i = 0; i < Count; i++)
        {
            if (!ConditionScalar.TryCompare(this[i], value, ConditionalToken.Equal, caseSensitive, out found))
            {
                return false;
            }

            if (found)
            {
                return true;
            }
        }

        found = false;
        return true;
    }
}
