using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_MANDATORY_LABEL: one SID_AND_ATTRIBUTES (16 bytes on x64) followed by the label SID.</summary>
/// <param name="Label">
/// The integrity SID; a query answers SE_GROUP_INTEGRITY|SE_GROUP_INTEGRITY_ENABLED (0x60, wine.md GTI-10);
/// a set ignores the attributes.
/// </param>
public sealed record TokenMandatoryLabelInformation(SidAndAttributes Label) : TokenInformation(TokenInformationClass.TokenIntegrityLevel)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.SidAndAttributesSize + TokenInformationLayout.Sid(Label.Sid);
}
