namespace NtSec.AccessControl.Rights;

/// <summary>
/// The standard, SACL, MAXIMUM_ALLOWED and generic rights every object type shares
/// (winnt.h; MS-DTYP 2.4.3 ACCESS_MASK; "Standard Access Rights" and "Generic Access Rights" on
/// learn.microsoft.com). The first member declared for a value is the name
/// <see cref="AccessMaskNames.Format"/> prints; the STANDARD_RIGHTS_* and SPECIFIC_RIGHTS_ALL
/// composites are accepted by the parser but never printed.
/// </summary>
[Flags]
public enum StandardRights : uint
{
    /// <summary>DELETE (0x00010000): delete the object. winnt.h.</summary>
    DELETE = 0x0001_0000,
    /// <summary>READ_CONTROL (0x00020000): read the owner, group and DACL. winnt.h.</summary>
    READ_CONTROL = 0x0002_0000,
    /// <summary>WRITE_DAC (0x00040000): change the DACL. winnt.h.</summary>
    WRITE_DAC = 0x0004_0000,
    /// <summary>WRITE_OWNER (0x00080000): change the owner. winnt.h.</summary>
    WRITE_OWNER = 0x0008_0000,
    /// <summary>SYNCHRONIZE (0x00100000): wait on the object. winnt.h.</summary>
    SYNCHRONIZE = 0x0010_0000,
    /// <summary>STANDARD_RIGHTS_REQUIRED (0x000F0000) = DELETE|READ_CONTROL|WRITE_DAC|WRITE_OWNER. winnt.h.</summary>
    STANDARD_RIGHTS_REQUIRED = 0x000F_0000,
    /// <summary>STANDARD_RIGHTS_READ (0x00020000) = READ_CONTROL. winnt.h.</summary>
    STANDARD_RIGHTS_READ = READ_CONTROL,
    /// <summary>STANDARD_RIGHTS_WRITE (0x00020000) = READ_CONTROL. winnt.h.</summary>
    STANDARD_RIGHTS_WRITE = READ_CONTROL,
    /// <summary>STANDARD_RIGHTS_EXECUTE (0x00020000) = READ_CONTROL. winnt.h.</summary>
    STANDARD_RIGHTS_EXECUTE = READ_CONTROL,
    /// <summary>STANDARD_RIGHTS_ALL (0x001F0000) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE. winnt.h.</summary>
    STANDARD_RIGHTS_ALL = 0x001F_0000,
    /// <summary>SPECIFIC_RIGHTS_ALL (0x0000FFFF): every object-specific bit. winnt.h.</summary>
    SPECIFIC_RIGHTS_ALL = 0x0000_FFFF,
    /// <summary>ACCESS_SYSTEM_SECURITY (0x01000000): read or write the SACL. winnt.h.</summary>
    ACCESS_SYSTEM_SECURITY = 0x0100_0000,
    /// <summary>MAXIMUM_ALLOWED (0x02000000): ask for every right the descriptor grants. winnt.h.</summary>
    MAXIMUM_ALLOWED = 0x0200_0000,
    /// <summary>GENERIC_ALL (0x10000000). winnt.h.</summary>
    GENERIC_ALL = 0x1000_0000,
    /// <summary>GENERIC_EXECUTE (0x20000000). winnt.h.</summary>
    GENERIC_EXECUTE = 0x2000_0000,
    /// <summary>GENERIC_WRITE (0x40000000). winnt.h.</summary>
    GENERIC_WRITE = 0x4000_0000,
    /// <summary>GENERIC_READ (0x80000000). winnt.h.</summary>
    GENERIC_READ = 0x8000_0000,
}
