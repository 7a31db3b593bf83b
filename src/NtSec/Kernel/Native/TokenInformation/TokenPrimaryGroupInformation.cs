using NtSec.Principals;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_PRIMARY_GROUP: a PSID (8 bytes on x64) followed by the SID.</summary>
/// <param name="PrimaryGroup">The primary group of new objects.</param>
public sealed record TokenPrimaryGroupInformation(Sid PrimaryGroup) : TokenInformation(TokenInformationClass.TokenPrimaryGroup)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize + TokenInformationLayout.Sid(PrimaryGroup);
}
