namespace NtSec.Kernel.Native;

/// <summary>
/// A class whose answer is one DWORD (4 bytes): TokenSessionId, TokenSandBoxInert,
/// TokenVirtualizationAllowed, TokenVirtualizationEnabled, TokenUIAccess, TokenIsAppContainer,
/// TokenAppContainerNumber, TokenIsRestricted, TokenPrivateNameSpace; also what NtSetInformationToken takes
/// for TokenSessionId, TokenVirtualizationAllowed, TokenVirtualizationEnabled and TokenUIAccess.
/// </summary>
/// <param name="InformationClass">The class.</param>
/// <param name="Value">The DWORD.</param>
public sealed record TokenDwordInformation(TokenInformationClass InformationClass, uint Value) : TokenInformation(InformationClass)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.DwordSize;
}
