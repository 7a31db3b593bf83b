namespace NtSec.Tokens;

/// <summary>The TokenFlags field of a token object (ntifs.h TOKEN_* flags).</summary>
[Flags]
public enum TokenFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>TOKEN_HAS_TRAVERSE_PRIVILEGE.</summary>
    TOKEN_HAS_TRAVERSE_PRIVILEGE = 0x0001,
    /// <summary>TOKEN_HAS_BACKUP_PRIVILEGE.</summary>
    TOKEN_HAS_BACKUP_PRIVILEGE = 0x0002,
    /// <summary>TOKEN_HAS_RESTORE_PRIVILEGE.</summary>
    TOKEN_HAS_RESTORE_PRIVILEGE = 0x0004,
    /// <summary>TOKEN_WRITE_RESTRICTED: restricting SIDs apply to write access only.</summary>
    TOKEN_WRITE_RESTRICTED = 0x0008,
    /// <summary>TOKEN_IS_RESTRICTED: the token has restricting SIDs.</summary>
    TOKEN_IS_RESTRICTED = 0x0010,
    /// <summary>TOKEN_SESSION_NOT_REFERENCED.</summary>
    TOKEN_SESSION_NOT_REFERENCED = 0x0020,
    /// <summary>TOKEN_SANDBOX_INERT: made with SANDBOX_INERT.</summary>
    TOKEN_SANDBOX_INERT = 0x0040,
    /// <summary>TOKEN_HAS_IMPERSONATE_PRIVILEGE.</summary>
    TOKEN_HAS_IMPERSONATE_PRIVILEGE = 0x0080,
    /// <summary>SE_BACKUP_PRIVILEGES_CHECKED.</summary>
    SE_BACKUP_PRIVILEGES_CHECKED = 0x0100,
    /// <summary>TOKEN_VIRTUALIZE_ALLOWED.</summary>
    TOKEN_VIRTUALIZE_ALLOWED = 0x0200,
    /// <summary>TOKEN_VIRTUALIZE_ENABLED.</summary>
    TOKEN_VIRTUALIZE_ENABLED = 0x0400,
    /// <summary>TOKEN_IS_FILTERED: made by filtering (NtFilterToken, or a UAC filtered token).</summary>
    TOKEN_IS_FILTERED = 0x0800,
    /// <summary>TOKEN_UIACCESS.</summary>
    TOKEN_UIACCESS = 0x1000,
    /// <summary>TOKEN_NOT_LOW.</summary>
    TOKEN_NOT_LOW = 0x2000,
    /// <summary>TOKEN_LOWBOX: an AppContainer token.</summary>
    TOKEN_LOWBOX = 0x4000,
}
