namespace NtSec.Kernel.Native;

/// <summary>
/// TokenHasRestrictions. Documented as a DWORD, but Windows writes a single byte and reports ReturnLength 1.
/// </summary>
/// <param name="HasRestrictions">True when the token was filtered (TOKEN_IS_FILTERED) or is restricted.</param>
public sealed record TokenHasRestrictionsInformation(bool HasRestrictions) : TokenInformation(TokenInformationClass.TokenHasRestrictions)
{
    /// <inheritdoc/>
    public override int Length => 1;
}
