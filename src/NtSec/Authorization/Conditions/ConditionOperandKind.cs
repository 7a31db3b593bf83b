namespace NtSec.Authorization.Conditions;

/// <summary>The type of an evaluation-stack entry (MS-DTYP 2.5.3.1.5 StackElement.Type).</summary>
internal enum ConditionOperandKind
{
    /// <summary>A literal from the expression.</summary>
    Literal,

    /// <summary>A local, user, resource or device attribute.</summary>
    Attribute,

    /// <summary>A processed result value.</summary>
    Result,
}
