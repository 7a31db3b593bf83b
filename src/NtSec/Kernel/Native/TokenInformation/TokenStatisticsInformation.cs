using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_STATISTICS, 56 bytes.</summary>
/// <param name="TokenId">The token's id.</param>
/// <param name="AuthenticationId">The logon session.</param>
/// <param name="ExpirationTime">Not enforced by Windows; 0x7FFFFFFFFFFFFFFF ("never") for the tokens of this model.</param>
/// <param name="TokenType">TokenPrimary or TokenImpersonation.</param>
/// <param name="ImpersonationLevel">The level field, also reported for primary tokens.</param>
/// <param name="DynamicCharged">Bytes charged for the default DACL and primary group.</param>
/// <param name="DynamicAvailable">DynamicCharged minus the primary group's and default DACL's current sizes.</param>
/// <param name="GroupCount">The groups TokenGroups lists (the integrity label included, the user not).</param>
/// <param name="PrivilegeCount">The privileges.</param>
/// <param name="ModifiedId">Changes on every modification.</param>
public sealed record TokenStatisticsInformation(Luid TokenId, Luid AuthenticationId, long ExpirationTime, TokenType TokenType,
    SecurityImpersonationLevel ImpersonationLevel, uint DynamicCharged, uint DynamicAvailable, uint GroupCount, uint PrivilegeCount,
    Luid ModifiedId) : TokenInformation(TokenInformationClass.TokenStatistics)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.TokenStatisticsSize;
}
