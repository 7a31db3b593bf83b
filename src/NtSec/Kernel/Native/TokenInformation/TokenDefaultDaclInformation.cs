using NtSec.AccessControl;

namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_DEFAULT_DACL: a PACL (8 bytes on x64) followed by the ACL (AclSize bytes); a token without a
/// default DACL answers a NULL pointer and exactly sizeof(TOKEN_DEFAULT_DACL) = 8 (wine.md GTI-12).
/// </summary>
/// <param name="DefaultDacl">The default DACL, or null for none.</param>
public sealed record TokenDefaultDaclInformation(Acl? DefaultDacl) : TokenInformation(TokenInformationClass.TokenDefaultDacl)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.PointerSize + (DefaultDacl?.BinaryLength ?? 0);
}
