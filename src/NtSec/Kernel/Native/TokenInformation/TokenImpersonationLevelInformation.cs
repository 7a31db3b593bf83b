using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>SECURITY_IMPERSONATION_LEVEL, 4 bytes; only impersonation tokens answer it (wine.md GTI-04/05).</summary>
/// <param name="ImpersonationLevel">The token's level.</param>
public sealed record TokenImpersonationLevelInformation(SecurityImpersonationLevel ImpersonationLevel)
    : TokenInformation(TokenInformationClass.TokenImpersonationLevel)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
