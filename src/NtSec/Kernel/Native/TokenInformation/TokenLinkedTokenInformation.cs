namespace NtSec.Kernel.Native;

/// <summary>TOKEN_LINKED_TOKEN: one HANDLE, 8 bytes on x64.</summary>
/// <param name="LinkedToken">A new handle to a new token object (query), or the token to link (set).</param>
public sealed record TokenLinkedTokenInformation(NtHandle LinkedToken) : TokenInformation(TokenInformationClass.TokenLinkedToken)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize;
}
