namespace NtSec.Tokens;

/// <summary>TOKEN_TYPE (winnt.h).</summary>
public enum TokenType
{
    /// <summary>TokenPrimary: a process's token.</summary>
    TokenPrimary = 1,
    /// <summary>TokenImpersonation: a thread's token while it impersonates.</summary>
    TokenImpersonation = 2,
}
