using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_GROUPS_AND_PRIVILEGES: the 56-byte header, then the user and groups (16 bytes each plus each SID
/// rounded up to 8), the restricting SIDs the same way, then 12 bytes per privilege. The RestrictedSids
/// pointer is NULL when there are none.
/// </summary>
/// <param name="Sids">The user first, then the groups and the integrity label (SidCount counts the user).</param>
/// <param name="RestrictedSids">The restricting SIDs.</param>
/// <param name="Privileges">The privileges, in LUID order.</param>
/// <param name="AuthenticationId">The logon session.</param>
public sealed record TokenGroupsAndPrivilegesInformation(ImmutableArray<SidAndAttributes> Sids, ImmutableArray<SidAndAttributes> RestrictedSids,
    ImmutableArray<LuidAndAttributes> Privileges, Luid AuthenticationId) : TokenInformation(TokenInformationClass.TokenGroupsAndPrivileges)
{
    /// <summary>SidLength: the bytes of the user-and-groups array and its SIDs.</summary>
    public int SidLength => TokenInformationLayout.SidArrayAligned8(Sids);

    /// <summary>RestrictedSidLength.</summary>
    public int RestrictedSidLength => TokenInformationLayout.SidArrayAligned8(RestrictedSids);

    /// <summary>PrivilegeLength: 12 bytes per privilege.</summary>
    public int PrivilegeLength => TokenInformationLayout.LuidAndAttributesSize * TokenInformationLayout.OrEmpty(Privileges).Length;

    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.TokenGroupsAndPrivilegesSize + SidLength + RestrictedSidLength + PrivilegeLength;
}
