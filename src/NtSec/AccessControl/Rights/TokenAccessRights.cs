namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to access-token objects (winnt.h; "Access Rights for Access-Token
/// Objects" on learn.microsoft.com). TOKEN_READ/WRITE/EXECUTE are the SDK macros; the token
/// object type's generic mapping is different (see <see cref="GenericMapping.Token"/>).
/// </summary>
[Flags]
public enum TokenAccessRights : uint
{
    /// <summary>TOKEN_ASSIGN_PRIMARY (0x0001): attach a primary token to a process. winnt.h.</summary>
    TOKEN_ASSIGN_PRIMARY = 0x0001,
    /// <summary>TOKEN_DUPLICATE (0x0002): duplicate the token. winnt.h.</summary>
    TOKEN_DUPLICATE = 0x0002,
    /// <summary>TOKEN_IMPERSONATE (0x0004): attach an impersonation token to a thread. winnt.h.</summary>
    TOKEN_IMPERSONATE = 0x0004,
    /// <summary>TOKEN_QUERY (0x0008): query the token. winnt.h.</summary>
    TOKEN_QUERY = 0x0008,
    /// <summary>TOKEN_QUERY_SOURCE (0x0010): query the token source. winnt.h.</summary>
    TOKEN_QUERY_SOURCE = 0x0010,
    /// <summary>TOKEN_ADJUST_PRIVILEGES (0x0020): enable or disable privileges. winnt.h.</summary>
    TOKEN_ADJUST_PRIVILEGES = 0x0020,
    /// <summary>TOKEN_ADJUST_GROUPS (0x0040): adjust group attributes. winnt.h.</summary>
    TOKEN_ADJUST_GROUPS = 0x0040,
    /// <summary>TOKEN_ADJUST_DEFAULT (0x0080): change the default owner, primary group or DACL. winnt.h.</summary>
    TOKEN_ADJUST_DEFAULT = 0x0080,
    /// <summary>TOKEN_ADJUST_SESSIONID (0x0100): change the session id. winnt.h.</summary>
    TOKEN_ADJUST_SESSIONID = 0x0100,
    /// <summary>TOKEN_ALL_ACCESS (0x000F01FF) = STANDARD_RIGHTS_REQUIRED and every token right. winnt.h.</summary>
    TOKEN_ALL_ACCESS = 0x000F_01FF,
    /// <summary>TOKEN_WRITE (0x000200E0) = STANDARD_RIGHTS_WRITE|TOKEN_ADJUST_PRIVILEGES|TOKEN_ADJUST_GROUPS|TOKEN_ADJUST_DEFAULT. winnt.h.</summary>
    TOKEN_WRITE = 0x0002_00E0,
    /// <summary>TOKEN_READ (0x00020008) = STANDARD_RIGHTS_READ|TOKEN_QUERY. winnt.h.</summary>
    TOKEN_READ = 0x0002_0008,
    /// <summary>TOKEN_EXECUTE (0x00020000) = STANDARD_RIGHTS_EXECUTE; printed as READ_CONTROL. winnt.h.</summary>
    TOKEN_EXECUTE = 0x0002_0000,
}
