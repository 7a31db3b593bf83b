namespace NtSec.Kernel.Native;

/// <summary>The Options of NtDuplicateObject / DuplicateHandle (winnt.h DUPLICATE_*).</summary>
[Flags]
public enum DuplicateOptions : uint
{
    /// <summary>None: the new handle gets DesiredAccess and HandleAttributes.</summary>
    None = 0,
    /// <summary>DUPLICATE_CLOSE_SOURCE: close the source handle, whatever the outcome (DuplicateHandle page).</summary>
    DUPLICATE_CLOSE_SOURCE = 0x1,
    /// <summary>DUPLICATE_SAME_ACCESS: the new handle gets the source handle's access; DesiredAccess is ignored.</summary>
    DUPLICATE_SAME_ACCESS = 0x2,
    /// <summary>DUPLICATE_SAME_ATTRIBUTES: the new handle gets the source handle's attributes; HandleAttributes is ignored.</summary>
    DUPLICATE_SAME_ATTRIBUTES = 0x4,
}
