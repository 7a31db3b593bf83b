using NtSec.Principals;

namespace NtSec.Tokens;

/// <summary>LUID_AND_ATTRIBUTES of a privilege in a token.</summary>
/// <param name="Luid">The privilege's LUID.</param>
/// <param name="Attributes">SE_PRIVILEGE_* attributes.</param>
public sealed record LuidAndAttributes(Luid Luid, PrivilegeAttributes Attributes)
{
    /// <summary>SE_PRIVILEGE_ENABLED.</summary>
    public bool IsEnabled => (Attributes & PrivilegeAttributes.SE_PRIVILEGE_ENABLED) != 0;

    /// <summary>The privilege's name (LookupPrivilegeName), or the LUID text when unknown.</summary>
    public string Name => PrivilegeTable.TryGetByLuid(Luid, out var p) ? p.Name : Luid.ToString();
}
