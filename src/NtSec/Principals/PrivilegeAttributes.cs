namespace NtSec.Principals;

/// <summary>
/// LUID_AND_ATTRIBUTES.Attributes of a privilege in a token (winnt.h SE_PRIVILEGE_*). Members
/// carry the SDK names; <see cref="SdkFlags"/> parses and formats them.
/// </summary>
[Flags]
public enum PrivilegeAttributes : uint
{
    /// <summary>No attribute: the privilege is present and disabled.</summary>
    None = 0,
    /// <summary>The privilege is enabled by default.</summary>
    SE_PRIVILEGE_ENABLED_BY_DEFAULT = 0x0000_0001,
    /// <summary>The privilege is enabled.</summary>
    SE_PRIVILEGE_ENABLED = 0x0000_0002,
    /// <summary>AdjustTokenPrivileges: remove the privilege from the token.</summary>
    SE_PRIVILEGE_REMOVED = 0x0000_0004,
    /// <summary>PrivilegeCheck / access check: the privilege was used to grant access.</summary>
    SE_PRIVILEGE_USED_FOR_ACCESS = 0x8000_0000,
}
