using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>TOKEN_SOURCE: SourceName[8] and SourceIdentifier, 16 bytes. Needs TOKEN_QUERY_SOURCE.</summary>
/// <param name="Source">The source name and identifier.</param>
public sealed record TokenSourceInformation(TokenSource Source) : TokenInformation(TokenInformationClass.TokenSource)
{
    /// <inheritdoc/>
    public override int Length => TokenInformationLayout.TokenSourceSize;
}
