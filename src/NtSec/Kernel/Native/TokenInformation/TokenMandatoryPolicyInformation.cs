using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_MANDATORY_POLICY, 4 bytes.</summary>
/// <param name="Policy">TOKEN_MANDATORY_POLICY_* bits (a set refuses bits outside VALID_MASK, 0x3).</param>
public sealed record TokenMandatoryPolicyInformation(TokenMandatoryPolicy Policy) : TokenInformation(TokenInformationClass.TokenMandatoryPolicy)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
