namespace NtSec.Kernel;

/// <summary>OBJECT_ATTRIBUTES.Attributes and the HandleAttributes of NtOpen*Ex (ntdef.h OBJ_*).</summary>
[Flags]
public enum ObjectAttributeFlags : uint
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>OBJ_INHERIT: the handle is inherited by child processes.</summary>
    OBJ_INHERIT = 0x0000_0002,
    /// <summary>OBJ_PERMANENT.</summary>
    OBJ_PERMANENT = 0x0000_0010,
    /// <summary>OBJ_EXCLUSIVE.</summary>
    OBJ_EXCLUSIVE = 0x0000_0020,
    /// <summary>OBJ_CASE_INSENSITIVE.</summary>
    OBJ_CASE_INSENSITIVE = 0x0000_0040,
    /// <summary>OBJ_OPENIF.</summary>
    OBJ_OPENIF = 0x0000_0080,
    /// <summary>OBJ_OPENLINK.</summary>
    OBJ_OPENLINK = 0x0000_0100,
    /// <summary>OBJ_KERNEL_HANDLE: the handle goes in the kernel handle table (kernel-mode callers only).</summary>
    OBJ_KERNEL_HANDLE = 0x0000_0200,
    /// <summary>OBJ_FORCE_ACCESS_CHECK: check access even for a kernel-mode caller.</summary>
    OBJ_FORCE_ACCESS_CHECK = 0x0000_0400,
    /// <summary>OBJ_IGNORE_IMPERSONATED_DEVICEMAP.</summary>
    OBJ_IGNORE_IMPERSONATED_DEVICEMAP = 0x0000_0800,
    /// <summary>OBJ_DONT_REPARSE.</summary>
    OBJ_DONT_REPARSE = 0x0000_1000,
    /// <summary>OBJ_VALID_ATTRIBUTES.</summary>
    OBJ_VALID_ATTRIBUTES = 0x0000_1FF2,
}
