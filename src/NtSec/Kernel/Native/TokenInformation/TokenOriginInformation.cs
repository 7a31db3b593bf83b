using NtSec.Principals;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_ORIGIN, 8 bytes.</summary>
/// <param name="OriginatingLogonSession">The logon session that made the token, or zero.</param>
public sealed record TokenOriginInformation(Luid OriginatingLogonSession) : TokenInformation(TokenInformationClass.TokenOrigin)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.LuidSize;
}
