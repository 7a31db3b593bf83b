using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_TYPE, 4 bytes (wine.md GTI-07).</summary>
/// <param name="TokenType">TokenPrimary or TokenImpersonation.</param>
public sealed record TokenTypeInformation(TokenType TokenType) : TokenInformation(TokenInformationClass.TokenType)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
