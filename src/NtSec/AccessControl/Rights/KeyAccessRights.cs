namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to registry keys (winnt.h; "Registry Key Security and Access Rights"
/// on learn.microsoft.com). KEY_READ/WRITE/EXECUTE are the SDK macros; the Key object type's
/// GENERIC_EXECUTE mapping is wider than KEY_EXECUTE (see <see cref="GenericMapping.Key"/>).
/// </summary>
[Flags]
public enum KeyAccessRights : uint
{
    /// <summary>KEY_QUERY_VALUE (0x0001). winnt.h.</summary>
    KEY_QUERY_VALUE = 0x0001,
    /// <summary>KEY_SET_VALUE (0x0002). winnt.h.</summary>
    KEY_SET_VALUE = 0x0002,
    /// <summary>KEY_CREATE_SUB_KEY (0x0004). winnt.h.</summary>
    KEY_CREATE_SUB_KEY = 0x0004,
    /// <summary>KEY_ENUMERATE_SUB_KEYS (0x0008). winnt.h.</summary>
    KEY_ENUMERATE_SUB_KEYS = 0x0008,
    /// <summary>KEY_NOTIFY (0x0010). winnt.h.</summary>
    KEY_NOTIFY = 0x0010,
    /// <summary>KEY_CREATE_LINK (0x0020). winnt.h.</summary>
    KEY_CREATE_LINK = 0x0020,
    /// <summary>KEY_WOW64_64KEY (0x0100): use the 64-bit registry view (an open flag, not checked against the DACL). winnt.h.</summary>
    KEY_WOW64_64KEY = 0x0100,
    /// <summary>KEY_WOW64_32KEY (0x0200): use the 32-bit registry view (an open flag, not checked against the DACL). winnt.h.</summary>
    KEY_WOW64_32KEY = 0x0200,
    /// <summary>KEY_WOW64_RES (0x0300) = KEY_WOW64_32KEY|KEY_WOW64_64KEY. winnt.h.</summary>
    KEY_WOW64_RES = 0x0300,
    /// <summary>KEY_ALL_ACCESS (0x000F003F) = (STANDARD_RIGHTS_ALL|0x3F) &amp; ~SYNCHRONIZE. winnt.h.</summary>
    KEY_ALL_ACCESS = 0x000F_003F,
    /// <summary>KEY_READ (0x00020019) = (STANDARD_RIGHTS_READ|KEY_QUERY_VALUE|KEY_ENUMERATE_SUB_KEYS|KEY_NOTIFY) &amp; ~SYNCHRONIZE. winnt.h.</summary>
    KEY_READ = 0x0002_0019,
    /// <summary>KEY_WRITE (0x00020006) = (STANDARD_RIGHTS_WRITE|KEY_SET_VALUE|KEY_CREATE_SUB_KEY) &amp; ~SYNCHRONIZE. winnt.h.</summary>
    KEY_WRITE = 0x0002_0006,
    /// <summary>KEY_EXECUTE (0x00020019) = KEY_READ &amp; ~SYNCHRONIZE; printed as KEY_READ. winnt.h.</summary>
    KEY_EXECUTE = 0x0002_0019,
}
