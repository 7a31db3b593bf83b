namespace NtSec.Kernel.Impersonation;

/// <summary>
/// SECURITY_CLIENT_CONTEXT: a client's security context as a server holds it, made by
/// <see cref="ClientSecurity.SeCreateClientSecurity"/> and used by <see cref="ClientSecurity.SeImpersonateClientEx"/>.
/// </summary>
/// <remarks>
/// Windows' structure also holds ClientTokenControl (the token's ids and source, captured for dynamic
/// tracking with a remote server). Microsoft's SeCreateClientSecurity page says a remote server always gets
/// a copy, so that case never arises here and the member is left out.
/// </remarks>
public sealed class ClientSecurityContext
{
    private int _deleted;

    internal ClientSecurityContext(SecurityQualityOfService securityQos, TokenObject clientToken, bool directlyAccessClientToken,
        bool directAccessEffectiveOnly, bool serverIsRemote, bool clientWasImpersonating)
    {
        SecurityQos = securityQos;
        ClientToken = clientToken;
        DirectlyAccessClientToken = directlyAccessClientToken;
        DirectAccessEffectiveOnly = directAccessEffectiveOnly;
        ServerIsRemote = serverIsRemote;
        ClientWasImpersonating = clientWasImpersonating;
    }

    /// <summary>SecurityQos: the client's quality of service as given (requested level, tracking mode, EffectiveOnly).</summary>
    public SecurityQualityOfService SecurityQos { get; }

    /// <summary>
    /// ClientToken: for static tracking (or a remote server) an impersonation-token copy of the client's
    /// effective token at the requested level, taken when the context was made; for dynamic tracking the
    /// client's effective token object itself (its impersonation token, else its process's primary token).
    /// </summary>
    public TokenObject ClientToken { get; }

    /// <summary>DirectlyAccessClientToken: true when <see cref="ClientToken"/> is the client's own token object (dynamic tracking).</summary>
    public bool DirectlyAccessClientToken { get; }

    /// <summary>
    /// DirectAccessEffectiveOnly: the effective-only rule for the client's token: the QoS EffectiveOnly, or'ed
    /// with the client thread's own EffectiveOnly when the client was impersonating.
    /// </summary>
    public bool DirectAccessEffectiveOnly { get; }

    /// <summary>ServerIsRemote.</summary>
    public bool ServerIsRemote { get; }

    /// <summary>True when the client thread was impersonating (its impersonation token was the effective token).</summary>
    public bool ClientWasImpersonating { get; }

    /// <summary>True after <see cref="ClientSecurity.SeDeleteClientSecurity"/>.</summary>
    public bool IsDeleted => Volatile.Read(ref _deleted) != 0;

    internal void MarkDeleted() => Volatile.Write(ref _deleted, 1);

    /// <inheritdoc/>
    public override string ToString() =>
        $"client context: {ClientToken.State.User.Sid} at {SecurityQos.ImpersonationLevel}, {SecurityQos.ContextTrackingMode} tracking"
        + (DirectAccessEffectiveOnly ? ", effective only" : string.Empty) + (ServerIsRemote ? ", remote server" : string.Empty);
}
