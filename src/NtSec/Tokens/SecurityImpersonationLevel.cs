namespace NtSec.Tokens;

/// <summary>SECURITY_IMPERSONATION_LEVEL (winnt.h); ordered, higher is more.</summary>
public enum SecurityImpersonationLevel
{
    /// <summary>SecurityAnonymous: the server cannot identify the client.</summary>
    SecurityAnonymous = 0,
    /// <summary>SecurityIdentification: the server can identify the client and check access, not act as it.</summary>
    SecurityIdentification = 1,
    /// <summary>SecurityImpersonation: the server can act as the client on the local system.</summary>
    SecurityImpersonation = 2,
    /// <summary>SecurityDelegation: the server can act as the client on remote systems too.</summary>
    SecurityDelegation = 3,
}
