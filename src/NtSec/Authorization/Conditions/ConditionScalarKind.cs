namespace NtSec.Authorization.Conditions;

/// <summary>The type of a <see cref="ConditionScalar"/>.</summary>
internal enum ConditionScalarKind
{
    /// <summary>Not comparable: a composite nested in a composite, or an unknown value.</summary>
    None,

    /// <summary>INT64, UINT64 or an integer literal.</summary>
    Integer,

    /// <summary>BOOLEAN (0 or 1).</summary>
    Boolean,

    /// <summary>A Unicode string.</summary>
    String,

    /// <summary>A SID.</summary>
    Sid,

    /// <summary>An octet string.</summary>
    OctetString,
}
