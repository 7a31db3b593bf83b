using NtSec.Principals;

namespace NtSec.Tokens;

/// <summary>TOKEN_SOURCE: up to 8 ASCII characters naming the creator, and its LUID.</summary>
/// <param name="Name">The source name ("User32", "Advapi", "*SYSTEM*", ...).</param>
/// <param name="Identifier">The source identifier.</param>
public sealed record TokenSource(string Name, Luid Identifier)
{
    /// <summary>TOKEN_SOURCE_LENGTH.</summary>
    public const int MaxNameLength = 8;
}
