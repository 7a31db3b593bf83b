using System.Collections.Immutable;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_GROUPS, the answer to TokenGroups, TokenRestrictedSids, TokenLogonSid and TokenCapabilities:
/// GroupCount (4 bytes and 4 of padding), the SID_AND_ATTRIBUTES array (16 bytes each on x64), then the SIDs
/// packed one after another (each a multiple of 4 bytes): 8 + 16n + the SID lengths.
/// </summary>
/// <param name="InformationClass">The class answered.</param>
/// <param name="Groups">The entries, in the token's order.</param>
public sealed record TokenGroupsInformation(TokenInformationClass InformationClass, ImmutableArray<SidAndAttributes> Groups)
    : TokenInformation(InformationClass)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.Groups(Groups);
}
