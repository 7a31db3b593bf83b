using NtSec.Principals;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_OWNER: a PSID (8 bytes on x64) followed by the SID.</summary>
/// <param name="Owner">The default owner of new objects.</param>
public sealed record TokenOwnerInformation(Sid Owner) : TokenInformation(TokenInformationClass.TokenOwner)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize + TokenInformationLayout.Sid(Owner);
}
