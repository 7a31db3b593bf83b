namespace NtSec.Authorization;

/// <summary>The stages of the access check, in the order they run (docs/access-check.md).</summary>
public enum AccessCheckStage
{
    /// <summary>Argument checks: generic bits, owner and group present, object-type list.</summary>
    Validation,
    /// <summary>Mandatory integrity control (the SACL's mandatory label against the token's integrity level).</summary>
    MandatoryIntegrity,
    /// <summary>Rights granted by privileges before the DACL.</summary>
    Privileges,
    /// <summary>The owner's implicit READ_CONTROL and WRITE_DAC, or their suppression by OWNER RIGHTS.</summary>
    Owner,
    /// <summary>The DACL walk with the token's enabled and deny-only SIDs.</summary>
    Dacl,
    /// <summary>The second DACL walk with the restricting SIDs.</summary>
    RestrictedDacl,
    /// <summary>The final decision.</summary>
    Result,
}
