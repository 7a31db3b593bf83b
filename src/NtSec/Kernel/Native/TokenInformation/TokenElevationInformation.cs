namespace NtSec.Kernel.Native;

/// <summary>TOKEN_ELEVATION, 4 bytes.</summary>
/// <param name="TokenIsElevated">True when the token holds an administrative group or privilege.</param>
public sealed record TokenElevationInformation(bool TokenIsElevated) : TokenInformation(TokenInformationClass.TokenElevation)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
