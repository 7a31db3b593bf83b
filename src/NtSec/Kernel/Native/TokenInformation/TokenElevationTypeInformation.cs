using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_ELEVATION_TYPE, 4 bytes.</summary>
/// <param name="ElevationType">Default, Full or Limited.</param>
public sealed record TokenElevationTypeInformation(TokenElevationType ElevationType) : TokenInformation(TokenInformationClass.TokenElevationType)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
