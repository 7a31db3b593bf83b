namespace NtSec.Principals;

/// <summary>
/// Mandatory integrity levels: the RID of the label SID S-1-16-RID (SECURITY_MANDATORY_*_RID,
/// Microsoft "Well-known SIDs" page). Other RIDs are valid label SIDs too; a value outside this
/// list can still be cast to the enum or used as a raw <see cref="Sid"/>.
/// </summary>
public enum IntegrityLevel : uint
{
    /// <summary>SECURITY_MANDATORY_UNTRUSTED_RID, S-1-16-0.</summary>
    Untrusted = 0x0000,
    /// <summary>SECURITY_MANDATORY_LOW_RID, S-1-16-4096 (SDDL "LW").</summary>
    Low = 0x1000,
    /// <summary>SECURITY_MANDATORY_MEDIUM_RID, S-1-16-8192 (SDDL "ME").</summary>
    Medium = 0x2000,
    /// <summary>SECURITY_MANDATORY_MEDIUM_PLUS_RID (medium + 0x100), S-1-16-8448 (SDDL "MP").</summary>
    MediumPlus = 0x2100,
    /// <summary>SECURITY_MANDATORY_HIGH_RID, S-1-16-12288 (SDDL "HI").</summary>
    High = 0x3000,
    /// <summary>SECURITY_MANDATORY_SYSTEM_RID, S-1-16-16384 (SDDL "SI").</summary>
    System = 0x4000,
    /// <summary>SECURITY_MANDATORY_PROTECTED_PROCESS_RID, S-1-16-20480.</summary>
    ProtectedProcess = 0x5000,
    /// <summary>SECURITY_MANDATORY_SECURE_PROCESS_RID, S-1-16-28672.</summary>
    SecureProcess = 0x7000,
}
