using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Impersonation;

/// <summary>
/// The client-security routines a server uses to act as its client: SeCreateClientSecurity,
/// SeCreateClientSecurityFromSubjectContext, SeImpersonateClient(Ex), SeStopImpersonatingClient and
/// SeDeleteClientSecurity. Kernel routines: no handle or access checks.
/// </summary>
public static class ClientSecurity
{
    /// <summary>
    /// SeCreateClientSecurity: the security context of the client thread <paramref name="clientThread"/>, for
    /// a later <see cref="SeImpersonateClientEx"/>. The client's effective token is its impersonation token
    /// if it impersonates, else its process's primary token.
    /// </summary>
    /// <param name="call">The caller (the server side, in the kernel).</param>
    /// <param name="clientThread">ClientThread: the thread of the client to be impersonated.</param>
    /// <param name="clientSecurityQos">ClientSecurityQos: what form of impersonation the client allows.</param>
    /// <param name="remoteSession">RemoteSession (ServerIsRemote on the page): the server of the request is remote.</param>
    /// <param name="clientContext">ClientContext: the new context; null on failure.</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_BAD_IMPERSONATION_LEVEL when the client is impersonating and (1) impersonates at
    /// SecurityAnonymous or SecurityIdentification, or below the level asked for, or (2) the server is remote
    /// and the client impersonates at a level other than SecurityDelegation; STATUS_INVALID_PARAMETER for a QoS
    /// level that is not a SECURITY_IMPERSONATION_LEVEL value (ReactOS; not on the page). A client using its
    /// primary token may be asked for any level.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="clientThread"/> belongs to another machine.</exception>
    public static NtStatus SeCreateClientSecurity(KernelCall call, ThreadObject clientThread, SecurityQualityOfService clientSecurityQos,
        bool remoteSession, out ClientSecurityContext? clientContext)
    {
        ThreadImpersonation.RequireSameMachine(call, clientThread);
        ArgumentNullException.ThrowIfNull(clientSecurityQos);
        var (token, impersonation) = ThreadImpersonation.ReferenceEffectiveToken(clientThread);
        return Create(call, token, impersonation?.Level, impersonation?.EffectiveOnly ?? false, clientSecurityQos, remoteSession, out clientContext);
    }

    /// <summary>
    /// SeCreateClientSecurityFromSubjectContext: as <see cref="SeCreateClientSecurity"/>, for a captured
    /// subject context: its client token at its level if it has one, else its primary token.
    /// </summary>
    /// <param name="call">The caller.</param>
    /// <param name="subjectContext">SubjectContext: the captured subject.</param>
    /// <param name="clientSecurityQos">ClientSecurityQos.</param>
    /// <param name="serverIsRemote">ServerIsRemote.</param>
    /// <param name="clientContext">ClientContext: the new context; null on failure.</param>
    /// <returns>The statuses of <see cref="SeCreateClientSecurity"/>.</returns>
    public static NtStatus SeCreateClientSecurityFromSubjectContext(KernelCall call, SubjectContext subjectContext,
        SecurityQualityOfService clientSecurityQos, bool serverIsRemote, out ClientSecurityContext? clientContext)
    {
        ArgumentNullException.ThrowIfNull(subjectContext);
        ArgumentNullException.ThrowIfNull(clientSecurityQos);
        var token = SubjectCapture.SeQuerySubjectContextToken(subjectContext);
        var level = subjectContext.ClientToken is null ? (SecurityImpersonationLevel?)null : subjectContext.ImpersonationLevel;

        // A subject context does not record the thread's EffectiveOnly (ReactOS passes FALSE).
        return Create(call, token, level, false, clientSecurityQos, serverIsRemote, out clientContext);
    }

    /// <summary>
    /// SeImpersonateClientEx: makes <paramref name="serverThread"/> (null: the calling thread) impersonate the
    /// client: PsImpersonateClient with the context's token, CopyOnOpen TRUE, the context's level, and
    /// EffectiveOnly from DirectAccessEffectiveOnly (dynamic) or the QoS (static). For a dynamic context the
    /// client's token object is installed as it is at this moment, and the server keeps seeing its changes.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS (also after a silent downgrade, recorded in <see cref="ImpersonationState.Note"/>);
    /// STATUS_NO_MEMORY on an injected allocation failure. STATUS_ACCESS_DENIED, which the page gives for a
    /// server thread without "sufficient access rights" and PsImpersonateClient's page for job restrictions,
    /// is never returned: the model has no job objects (docs/impersonation.md).
    /// </returns>
    /// <exception cref="ArgumentException">The context was deleted, or the server thread belongs to another machine.</exception>
    public static NtStatus SeImpersonateClientEx(KernelCall call, ClientSecurityContext clientContext, ThreadObject? serverThread)
    {
        ArgumentNullException.ThrowIfNull(clientContext);
        if (clientContext.IsDeleted)
        {
            throw new ArgumentException("the client security context was deleted (SeDeleteClientSecurity)", nameof(clientContext));
        }

        bool effectiveOnly = clientContext.DirectlyAccessClientToken ? clientContext.DirectAccessEffectiveOnly : clientContext.SecurityQos.EffectiveOnly;
        return ThreadImpersonation.PsImpersonateClient(call, serverThread ?? call.Thread, clientContext.ClientToken, copyOnOpen: true,
            effectiveOnly, clientContext.SecurityQos.ImpersonationLevel);
    }

    /// <summary>
    /// SeImpersonateClient (obsolete on Windows in favour of <see cref="SeImpersonateClientEx"/>): the same, with
    /// no status -- as on Windows, a failure goes unreported and the thread keeps its previous state.
    /// </summary>
    public static void SeImpersonateClient(KernelCall call, ClientSecurityContext clientContext, ThreadObject? serverThread) =>
        _ = SeImpersonateClientEx(call, clientContext, serverThread);

    /// <summary>SeStopImpersonatingClient: the calling thread stops impersonating (PsRevertToSelf).</summary>
    public static void SeStopImpersonatingClient(KernelCall call) => ThreadImpersonation.PsRevertToSelf(call);

    /// <summary>
    /// SeDeleteClientSecurity: ends the context. Windows dereferences its token; here the context is marked
    /// deleted so that using it again is reported as a programming error.
    /// </summary>
    public static void SeDeleteClientSecurity(KernelCall call, ClientSecurityContext clientContext)
    {
        ArgumentNullException.ThrowIfNull(clientContext);
        clientContext.MarkDeleted();
    }

    private static NtStatus Create(KernelCall call, TokenObject token, SecurityImpersonationLevel? clientLevel, bool threadEffectiveOnly,
        SecurityQualityOfService qos, bool serverIsRemote, out ClientSecurityContext? context)
    {
        context = null;
        var requested = qos.ImpersonationLevel;
        if (requested is < SecurityImpersonationLevel.SecurityAnonymous or > SecurityImpersonationLevel.SecurityDelegation)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        bool directAccessEffectiveOnly = qos.EffectiveOnly;
        if (clientLevel is { } level)
        {
            // The client impersonates a client of its own: it can pass that client on only at a level it may
            // use itself (SeCreateClientSecurity page, cases 1 and 2; asking for more than the client has is
            // refused the same way by WRK and ReactOS SepCreateClientSecurity).
            if (requested > level
                || level < SecurityImpersonationLevel.SecurityImpersonation
                || (serverIsRemote && level != SecurityImpersonationLevel.SecurityDelegation))
            {
                return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
            }

            directAccessEffectiveOnly |= threadEffectiveOnly;
        }

        // SeCreateClientSecurity page: "If ContextTrackingMode is SECURITY_DYNAMIC_TRACKING and ServerIsRemote
        // is FALSE, SeCreateClientSecurity uses a reference to the client's effective token. Otherwise [it]
        // creates a copy of the client's token."
        bool direct = qos.ContextTrackingMode != ContextTrackingMode.Static && !serverIsRemote;
        var clientToken = token;
        if (!direct)
        {
            // The copy is made effective-only when the context is: disabled privileges and groups are dropped
            // (DUP-08/09), so the server cannot enable them (IMP-15). Windows copies everything and enforces the
            // rule when the server opens its thread token; what the server can see and do is the same.
            var copy = TokenDuplicator.Duplicate(token.State, TokenType.TokenImpersonation, requested, directAccessEffectiveOnly, call.Machine.Luids);
            if (!copy.IsSuccess)
            {
                return copy.Status;
            }

            clientToken = new TokenObject(copy.Value!, token.Security);
        }

        context = new ClientSecurityContext(qos, clientToken, direct, directAccessEffectiveOnly, serverIsRemote, clientLevel is not null);
        return NtStatus.STATUS_SUCCESS;
    }
}
