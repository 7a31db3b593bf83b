namespace NtSec.AccessControl;

/// <summary>SECURITY_DESCRIPTOR_CONTROL (MS-DTYP 2.4.6).</summary>
[Flags]
public enum SecurityDescriptorControl : ushort
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>SE_OWNER_DEFAULTED (OD).</summary>
    OwnerDefaulted = 0x0001,
    /// <summary>SE_GROUP_DEFAULTED (GD).</summary>
    GroupDefaulted = 0x0002,
    /// <summary>SE_DACL_PRESENT (DP).</summary>
    DaclPresent = 0x0004,
    /// <summary>SE_DACL_DEFAULTED (DD).</summary>
    DaclDefaulted = 0x0008,
    /// <summary>SE_SACL_PRESENT (SP).</summary>
    SaclPresent = 0x0010,
    /// <summary>SE_SACL_DEFAULTED (SD).</summary>
    SaclDefaulted = 0x0020,
    /// <summary>SE_DACL_TRUSTED (DT).</summary>
    DaclTrusted = 0x0040,
    /// <summary>SE_SERVER_SECURITY (SS).</summary>
    ServerSecurity = 0x0080,
    /// <summary>SE_DACL_AUTO_INHERIT_REQ (DC); SDDL "AR" on the DACL.</summary>
    DaclAutoInheritRequired = 0x0100,
    /// <summary>SE_SACL_AUTO_INHERIT_REQ (SC); SDDL "AR" on the SACL.</summary>
    SaclAutoInheritRequired = 0x0200,
    /// <summary>SE_DACL_AUTO_INHERITED (DI); SDDL "AI" on the DACL.</summary>
    DaclAutoInherited = 0x0400,
    /// <summary>SE_SACL_AUTO_INHERITED (SI); SDDL "AI" on the SACL.</summary>
    SaclAutoInherited = 0x0800,
    /// <summary>SE_DACL_PROTECTED (PD); SDDL "P" on the DACL.</summary>
    DaclProtected = 0x1000,
    /// <summary>SE_SACL_PROTECTED (PS); SDDL "P" on the SACL.</summary>
    SaclProtected = 0x2000,
    /// <summary>SE_RM_CONTROL_VALID (RM).</summary>
    RmControlValid = 0x4000,
    /// <summary>SE_SELF_RELATIVE (SR).</summary>
    SelfRelative = 0x8000,
}
