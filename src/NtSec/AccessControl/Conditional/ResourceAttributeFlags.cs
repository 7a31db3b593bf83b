namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The Flags of a resource attribute (MS-DTYP 2.4.10.1). Bits 16-31 are free for custom use;
/// bits 8-15 have no meaning and Windows' SDDL form does not take them.
/// </summary>
[Flags]
public enum ResourceAttributeFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>0x0001 CLAIM_SECURITY_ATTRIBUTE_NON_INHERITABLE.</summary>
    NonInheritable = 0x0001,

    /// <summary>0x0002 CLAIM_SECURITY_ATTRIBUTE_VALUE_CASE_SENSITIVE: string values compare by case.</summary>
    ValueCaseSensitive = 0x0002,

    /// <summary>0x0004 CLAIM_SECURITY_ATTRIBUTE_USE_FOR_DENY_ONLY.</summary>
    UseForDenyOnly = 0x0004,

    /// <summary>0x0008 CLAIM_SECURITY_ATTRIBUTE_DISABLED_BY_DEFAULT.</summary>
    DisabledByDefault = 0x0008,

    /// <summary>0x0010 CLAIM_SECURITY_ATTRIBUTE_DISABLED.</summary>
    Disabled = 0x0010,

    /// <summary>0x0020 CLAIM_SECURITY_ATTRIBUTE_MANDATORY.</summary>
    Mandatory = 0x0020,
}
