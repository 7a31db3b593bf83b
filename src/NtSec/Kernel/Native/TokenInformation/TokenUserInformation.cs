using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_USER: one SID_AND_ATTRIBUTES (16 bytes on x64) followed by the SID.</summary>
/// <param name="User">The user SID and its attributes (0, or SE_GROUP_USE_FOR_DENY_ONLY when filtered).</param>
public sealed record TokenUserInformation(SidAndAttributes User) : TokenInformation(TokenInformationClass.TokenUser)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.SidAndAttributesSize + TokenInformationLayout.Sid(User.Sid);
}
