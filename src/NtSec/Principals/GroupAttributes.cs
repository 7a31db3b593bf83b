namespace NtSec.Principals;

/// <summary>
/// SID_AND_ATTRIBUTES.Attributes of a group in a token (winnt.h SE_GROUP_*, documented on the
/// TOKEN_GROUPS page). Members carry the SDK names; <see cref="SdkFlags"/> parses and formats them.
/// </summary>
[Flags]
public enum GroupAttributes : uint
{
    /// <summary>No attribute: the group is present and disabled.</summary>
    None = 0,
    /// <summary>The group cannot be disabled with AdjustTokenGroups.</summary>
    SE_GROUP_MANDATORY = 0x0000_0001,
    /// <summary>The group is enabled by default.</summary>
    SE_GROUP_ENABLED_BY_DEFAULT = 0x0000_0002,
    /// <summary>The group is enabled for access checks.</summary>
    SE_GROUP_ENABLED = 0x0000_0004,
    /// <summary>The group can be the owner of the token or of new objects.</summary>
    SE_GROUP_OWNER = 0x0000_0008,
    /// <summary>The group matches access-denied ACEs only.</summary>
    SE_GROUP_USE_FOR_DENY_ONLY = 0x0000_0010,
    /// <summary>The SID is a mandatory integrity SID.</summary>
    SE_GROUP_INTEGRITY = 0x0000_0020,
    /// <summary>The integrity SID is enabled for mandatory integrity checks.</summary>
    SE_GROUP_INTEGRITY_ENABLED = 0x0000_0040,
    /// <summary>The group is a domain-local group.</summary>
    SE_GROUP_RESOURCE = 0x2000_0000,
    /// <summary>The SID is the logon SID of the token's logon session (two bits).</summary>
    SE_GROUP_LOGON_ID = 0xC000_0000,
}
