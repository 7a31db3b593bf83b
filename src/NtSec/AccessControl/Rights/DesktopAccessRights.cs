namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to desktop objects (winuser.h; "Desktop Security and Access Rights" on
/// learn.microsoft.com). The SDK has no DESKTOP_ALL_ACCESS; GENERIC_ALL maps to
/// STANDARD_RIGHTS_REQUIRED and every right below (0x000F01FF).
/// </summary>
[Flags]
public enum DesktopAccessRights : uint
{
    /// <summary>DESKTOP_READOBJECTS (0x0001). winuser.h.</summary>
    DESKTOP_READOBJECTS = 0x0001,
    /// <summary>DESKTOP_CREATEWINDOW (0x0002). winuser.h.</summary>
    DESKTOP_CREATEWINDOW = 0x0002,
    /// <summary>DESKTOP_CREATEMENU (0x0004). winuser.h.</summary>
    DESKTOP_CREATEMENU = 0x0004,
    /// <summary>DESKTOP_HOOKCONTROL (0x0008). winuser.h.</summary>
    DESKTOP_HOOKCONTROL = 0x0008,
    /// <summary>DESKTOP_JOURNALRECORD (0x0010). winuser.h.</summary>
    DESKTOP_JOURNALRECORD = 0x0010,
    /// <summary>DESKTOP_JOURNALPLAYBACK (0x0020). winuser.h.</summary>
    DESKTOP_JOURNALPLAYBACK = 0x0020,
    /// <summary>DESKTOP_ENUMERATE (0x0040). winuser.h.</summary>
    DESKTOP_ENUMERATE = 0x0040,
    /// <summary>DESKTOP_WRITEOBJECTS (0x0080). winuser.h.</summary>
    DESKTOP_WRITEOBJECTS = 0x0080,
    /// <summary>DESKTOP_SWITCHDESKTOP (0x0100). winuser.h.</summary>
    DESKTOP_SWITCHDESKTOP = 0x0100,
}
