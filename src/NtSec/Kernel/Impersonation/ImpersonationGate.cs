namespace NtSec.Kernel.Impersonation;

/// <summary>
/// The gate of the impersonation check (Windows' SeTokenCanImpersonate, called by PsImpersonateClient)
/// that decided an <see cref="ImpersonationDecision"/>. Listed in the order the gates are tried; the
/// first one that decides wins. See docs/impersonation.md for the sources of each gate and its place.
/// </summary>
public enum ImpersonationGate
{
    /// <summary>Kept: the requested level is below SecurityImpersonation, which any server may have.</summary>
    LevelBelowImpersonation,

    /// <summary>Kept: the client is the anonymous logon (AuthenticationId ANONYMOUS_LOGON_LUID, 0x3E6).</summary>
    AnonymousLogon,

    /// <summary>Kept: the server's primary token holds SeImpersonatePrivilege, enabled.</summary>
    ImpersonatePrivilege,

    /// <summary>Downgraded: the client's integrity level is above the server's.</summary>
    IntegrityLevel,

    /// <summary>Kept: the client token was created in the server's logon session (its TokenOrigin is the server's AuthenticationId).</summary>
    LogonSession,

    /// <summary>Downgraded: the client is another user and was not created in the server's logon session.</summary>
    DifferentUser,

    /// <summary>Downgraded: the client is the server's user, elevated, and the server runs with the UAC-limited token.</summary>
    Elevation,

    /// <summary>Downgraded: the server is in an AppContainer and the client is neither that AppContainer nor a child of it.</summary>
    AppContainer,

    /// <summary>Downgraded: the server's token is restricted and the client's is not (or is write-restricted only).</summary>
    Restricted,

    /// <summary>Downgraded: the client token belongs to session 0 and the server's to another session.</summary>
    Session,

    /// <summary>Kept: the client is the server's own user and passed the elevation, AppContainer, restricted and session gates.</summary>
    SameUser,
}
