using NtSec.Principals;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_PROCESS_TRUST_LEVEL: a PSID (8 bytes on x64), followed by the SID when there is one.</summary>
/// <param name="TrustLevelSid">The process trust label (S-1-19-...), or null (always null in this model).</param>
public sealed record TokenProcessTrustLevelInformation(Sid? TrustLevelSid) : TokenInformation(TokenInformationClass.TokenProcessTrustLevel)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize + TokenInformationLayout.Sid(TrustLevelSid);
}
