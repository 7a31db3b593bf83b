using System.Collections.Immutable;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_PRIVILEGES: PrivilegeCount then 12 bytes per LUID_AND_ATTRIBUTES: 4 + 12n, but never less than
/// sizeof(TOKEN_PRIVILEGES) = 16 (so 16 for zero or one privilege). Windows lists the privileges in LUID
/// order with only SE_PRIVILEGE_ENABLED and SE_PRIVILEGE_ENABLED_BY_DEFAULT (it keeps them as bitmaps).
/// </summary>
/// <param name="Privileges">The privileges, in LUID order.</param>
public sealed record TokenPrivilegesInformation(ImmutableArray<LuidAndAttributes> Privileges)
    : TokenInformation(TokenInformationClass.TokenPrivileges)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.Privileges(TokenInformationLayout.OrEmpty(Privileges).Length);
}
