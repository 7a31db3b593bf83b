using NtSec.Principals;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_APPCONTAINER_INFORMATION: a PSID (8 bytes on x64), followed by the SID when there is one.</summary>
/// <param name="TokenAppContainer">The package SID of an AppContainer token, or null.</param>
public sealed record TokenAppContainerInformation(Sid? TokenAppContainer) : TokenInformation(TokenInformationClass.TokenAppContainerSid)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize + TokenInformationLayout.Sid(TokenAppContainer);
}
