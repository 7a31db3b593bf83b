using NtSec.AccessControl.Conditional;

namespace NtSec.Authorization.Conditions;

/// <summary>
/// An entry of the evaluation stack (MS-DTYP 2.5.3.1.5 StackElement): a literal from the
/// expression, an attribute looked up in the token or the SACL (its value null when missing), or
/// the result of an operator.
/// </summary>
internal readonly struct ConditionOperand
{
    private ConditionOperand(ConditionOperandKind kind, ConditionalLiteral? literal, ConditionalToken attributeToken,
        ResourceAttribute? attribute, ConditionResult result)
    {
        Kind = kind;
        Literal = literal;
        AttributeToken = attributeToken;
        Attribute = attribute;
        Result = result;
    }

    public ConditionOperandKind Kind { get; }

    /// <summary>The literal, for <see cref="ConditionOperandKind.Literal"/>.</summary>
    public ConditionalLiteral? Literal { get; }

    /// <summary>Which kind of attribute (0xF8-0xFB), for <see cref="ConditionOperandKind.Attribute"/>.</summary>
    public ConditionalToken AttributeToken { get; }

    /// <summary>The attribute's value; null when it is missing or has no values.</summary>
    public ResourceAttribute? Attribute { get; }

    /// <summary>The value, for <see cref="ConditionOperandKind.Result"/>.</summary>
    public ConditionResult Result { get; }

    public bool IsNullAttribute => Kind == ConditionOperandKind.Attribute && Attribute is null;

    public static ConditionOperand ForLiteral(ConditionalLiteral literal) =>
        new(ConditionOperandKind.Literal, literal, default, null, default);

    public static ConditionOperand ForAttribute(ConditionalToken token, ResourceAttribute? attribute) =>
        new(ConditionOperandKind.Attribute, null, token, attribute is { Values.IsEmpty: false } ? attribute : null, default);

    public static ConditionOperand ForResult(ConditionResult result) =>
        new(ConditionOperandKind.Result, null, default, null, result);
}
