namespace NtSec.Kernel.Native;

/// <summary>SECURITY_INFORMATION (winnt.h *_SECURITY_INFORMATION): which parts of a descriptor to query or set.</summary>
[Flags]
public enum SecurityInformation : uint
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>OWNER_SECURITY_INFORMATION: the owner SID.</summary>
    OWNER_SECURITY_INFORMATION = 0x0000_0001,
    /// <summary>GROUP_SECURITY_INFORMATION: the primary group SID.</summary>
    GROUP_SECURITY_INFORMATION = 0x0000_0002,
    /// <summary>DACL_SECURITY_INFORMATION: the DACL.</summary>
    DACL_SECURITY_INFORMATION = 0x0000_0004,
    /// <summary>SACL_SECURITY_INFORMATION: the whole SACL (audit and label ACEs).</summary>
    SACL_SECURITY_INFORMATION = 0x0000_0008,
    /// <summary>LABEL_SECURITY_INFORMATION: only the mandatory label ACEs of the SACL.</summary>
    LABEL_SECURITY_INFORMATION = 0x0000_0010,
    /// <summary>ATTRIBUTE_SECURITY_INFORMATION: resource attribute ACEs (not modelled beyond the access it needs).</summary>
    ATTRIBUTE_SECURITY_INFORMATION = 0x0000_0020,
    /// <summary>SCOPE_SECURITY_INFORMATION: the central access policy ACE (not modelled beyond the access it needs).</summary>
    SCOPE_SECURITY_INFORMATION = 0x0000_0040,
    /// <summary>PROCESS_TRUST_LABEL_SECURITY_INFORMATION (not modelled beyond the access it needs).</summary>
    PROCESS_TRUST_LABEL_SECURITY_INFORMATION = 0x0000_0080,
    /// <summary>ACCESS_FILTER_SECURITY_INFORMATION (not modelled beyond the access it needs).</summary>
    ACCESS_FILTER_SECURITY_INFORMATION = 0x0000_0100,
    /// <summary>BACKUP_SECURITY_INFORMATION: everything, for backup programs.</summary>
    BACKUP_SECURITY_INFORMATION = 0x0001_0000,
    /// <summary>UNPROTECTED_SACL_SECURITY_INFORMATION: clear SE_SACL_PROTECTED.</summary>
    UNPROTECTED_SACL_SECURITY_INFORMATION = 0x1000_0000,
    /// <summary>UNPROTECTED_DACL_SECURITY_INFORMATION: clear SE_DACL_PROTECTED.</summary>
    UNPROTECTED_DACL_SECURITY_INFORMATION = 0x2000_0000,
    /// <summary>PROTECTED_SACL_SECURITY_INFORMATION: set SE_SACL_PROTECTED.</summary>
    PROTECTED_SACL_SECURITY_INFORMATION = 0x4000_0000,
    /// <summary>PROTECTED_DACL_SECURITY_INFORMATION: set SE_DACL_PROTECTED.</summary>
    PROTECTED_DACL_SECURITY_INFORMATION = 0x8000_0000,
}
