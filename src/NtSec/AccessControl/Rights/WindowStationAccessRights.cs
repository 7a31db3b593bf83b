namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to window-station objects (winuser.h; "Window Station Security and
/// Access Rights" on learn.microsoft.com).
/// </summary>
[Flags]
public enum WindowStationAccessRights : uint
{
    /// <summary>WINSTA_ENUMDESKTOPS (0x0001). winuser.h.</summary>
    WINSTA_ENUMDESKTOPS = 0x0001,
    /// <summary>WINSTA_READATTRIBUTES (0x0002). winuser.h.</summary>
    WINSTA_READATTRIBUTES = 0x0002,
    /// <summary>WINSTA_ACCESSCLIPBOARD (0x0004). winuser.h.</summary>
    WINSTA_ACCESSCLIPBOARD = 0x0004,
    /// <summary>WINSTA_CREATEDESKTOP (0x0008). winuser.h.</summary>
    WINSTA_CREATEDESKTOP = 0x0008,
    /// <summary>WINSTA_WRITEATTRIBUTES (0x0010). winuser.h.</summary>
    WINSTA_WRITEATTRIBUTES = 0x0010,
    /// <summary>WINSTA_ACCESSGLOBALATOMS (0x0020). winuser.h.</summary>
    WINSTA_ACCESSGLOBALATOMS = 0x0020,
    /// <summary>WINSTA_EXITWINDOWS (0x0040). winuser.h.</summary>
    WINSTA_EXITWINDOWS = 0x0040,
    /// <summary>WINSTA_ENUMERATE (0x0100). winuser.h.</summary>
    WINSTA_ENUMERATE = 0x0100,
    /// <summary>WINSTA_READSCREEN (0x0200). winuser.h.</summary>
    WINSTA_READSCREEN = 0x0200,
    /// <summary>WINSTA_ALL_ACCESS (0x037F): every window-station right, without the standard rights. winuser.h.</summary>
    WINSTA_ALL_ACCESS = 0x037F,
}
