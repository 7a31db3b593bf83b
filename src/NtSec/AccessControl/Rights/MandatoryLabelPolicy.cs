namespace NtSec.AccessControl.Rights;

/// <summary>
/// The access policy in the mask of a SYSTEM_MANDATORY_LABEL_ACE (winnt.h; MS-DTYP 2.4.4.13):
/// which kinds of access a lower-integrity caller is refused.
/// </summary>
[Flags]
public enum MandatoryLabelPolicy : uint
{
    /// <summary>No policy bits.</summary>
    None = 0,
    /// <summary>SYSTEM_MANDATORY_LABEL_NO_WRITE_UP (0x1): refuse GENERIC_WRITE-mapped rights. winnt.h.</summary>
    SYSTEM_MANDATORY_LABEL_NO_WRITE_UP = 0x1,
    /// <summary>SYSTEM_MANDATORY_LABEL_NO_READ_UP (0x2): refuse GENERIC_READ-mapped rights. winnt.h.</summary>
    SYSTEM_MANDATORY_LABEL_NO_READ_UP = 0x2,
    /// <summary>SYSTEM_MANDATORY_LABEL_NO_EXECUTE_UP (0x4): refuse GENERIC_EXECUTE-mapped rights. winnt.h.</summary>
    SYSTEM_MANDATORY_LABEL_NO_EXECUTE_UP = 0x4,
    /// <summary>SYSTEM_MANDATORY_LABEL_VALID_MASK (0x7): every defined policy bit. winnt.h.</summary>
    SYSTEM_MANDATORY_LABEL_VALID_MASK = 0x7,
}
