using NtSec.Principals;

namespace NtSec.Tokens;

/// <summary>SID_AND_ATTRIBUTES of a group (or the user) in a token.</summary>
/// <param name="Sid">The SID.</param>
/// <param name="Attributes">SE_GROUP_* attributes.</param>
public sealed record SidAndAttributes(Sid Sid, GroupAttributes Attributes)
{
    /// <summary>SE_GROUP_ENABLED: matches allow and deny ACEs.</summary>
    public bool IsEnabled => (Attributes & GroupAttributes.SE_GROUP_ENABLED) != 0;

    /// <summary>SE_GROUP_USE_FOR_DENY_ONLY: matches deny ACEs only.</summary>
    public bool IsDenyOnly => (Attributes & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) != 0;
}
