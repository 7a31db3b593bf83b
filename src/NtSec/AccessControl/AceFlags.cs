namespace NtSec.AccessControl;

/// <summary>ACE_HEADER.AceFlags (MS-DTYP 2.4.4.1; CRITICAL and TRUST_PROTECTED from winnt.h).</summary>
[Flags]
public enum AceFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>OBJECT_INHERIT_ACE (SDDL "OI").</summary>
    ObjectInherit = 0x01,
    /// <summary>CONTAINER_INHERIT_ACE (SDDL "CI").</summary>
    ContainerInherit = 0x02,
    /// <summary>NO_PROPAGATE_INHERIT_ACE (SDDL "NP").</summary>
    NoPropagateInherit = 0x04,
    /// <summary>INHERIT_ONLY_ACE (SDDL "IO").</summary>
    InheritOnly = 0x08,
    /// <summary>INHERITED_ACE (SDDL "ID").</summary>
    Inherited = 0x10,
    /// <summary>CRITICAL_ACE_FLAG (SDDL "CR"); only meaningful on access-allowed ACEs.</summary>
    Critical = 0x20,
    /// <summary>SUCCESSFUL_ACCESS_ACE_FLAG (SDDL "SA"); also TRUST_PROTECTED_FILTER_ACE_FLAG ("TP") on access-filter ACEs.</summary>
    SuccessfulAccess = 0x40,
    /// <summary>FAILED_ACCESS_ACE_FLAG (SDDL "FA").</summary>
    FailedAccess = 0x80,
}
