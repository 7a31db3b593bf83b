using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Impersonation;

/// <summary>
/// The process-manager impersonation routines: PsImpersonateClient, PsRevertToSelf,
/// PsReferenceImpersonationToken, PsReferencePrimaryToken and the two dereference routines. They are
/// kernel routines: no handle or access checks, whatever the caller's previous mode.
/// </summary>
/// <remarks>
/// PsDereferenceImpersonationToken and PsDereferencePrimaryToken do nothing here: the model holds token
/// objects by managed reference, and the garbage collector frees what nothing references.
/// </remarks>
public static class ThreadImpersonation
{
    /// <summary>
    /// PsImpersonateClient: makes <paramref name="thread"/> impersonate <paramref name="token"/>, or, with a
    /// null token, end its impersonation.
    /// </summary>
    /// <param name="call">The caller (a driver or kernel component).</param>
    /// <param name="thread">Thread: the server thread.</param>
    /// <param name="token">Token: a primary or impersonation token; null ends the impersonation.</param>
    /// <param name="copyOnOpen">CopyOnOpen: NtOpenThreadToken gives a copy instead of the token object.</param>
    /// <param name="effectiveOnly">EffectiveOnly: the server may not enable the client's disabled groups and privileges.</param>
    /// <param name="impersonationLevel">ImpersonationLevel: the level asked for.</param>
    /// <returns>
    /// STATUS_SUCCESS, also when <see cref="ImpersonationDecision"/> downgrades the level: the thread then
    /// impersonates an Identification-level copy of the token (Anonymous for an Anonymous-level token) and
    /// <see cref="ImpersonationState.Note"/> says why. STATUS_NO_MEMORY when an allocation fails (injected
    /// with <see cref="FaultInjection"/>: the downgrade copy, then the impersonation information); the thread
    /// keeps its previous state. The page's STATUS_ACCESS_DENIED ("job restrictions") is never returned: the
    /// model has no job objects (docs/impersonation.md).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="thread"/> belongs to another machine.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="impersonationLevel"/> is not a SECURITY_IMPERSONATION_LEVEL value.</exception>
    public static NtStatus PsImpersonateClient(KernelCall call, ThreadObject thread, TokenObject? token, bool copyOnOpen, bool effectiveOnly,
        SecurityImpersonationLevel impersonationLevel)
    {
        RequireSameMachine(call, thread);
        if (token is null)
        {
            // Ending an impersonation succeeds whether or not the thread impersonates (ReactOS; decompiled).
            thread.Impersonation = null;
            return NtStatus.STATUS_SUCCESS;
        }

        if (impersonationLevel is < SecurityImpersonationLevel.SecurityAnonymous or > SecurityImpersonationLevel.SecurityDelegation)
        {
            throw new ArgumentOutOfRangeException(nameof(impersonationLevel), impersonationLevel, "not a SECURITY_IMPERSONATION_LEVEL value");
        }

        // The check reads the server process's primary token and the client token as they are now (a live
        // token object of a dynamic client context is read at impersonation time).
        var decision = ImpersonationDecision.Decide(thread.Process.PrimaryToken.State, token.State, impersonationLevel);
        var installed = token;
        var level = impersonationLevel;
        if (decision.Downgraded)
        {
            // SeCopyClientToken: an impersonation-type copy at the lower level, not effective-only; the thread
            // gets the copy and the caller's token object is left alone.
            if (call.Machine.Faults.AllocationFails())
            {
                return NtStatus.STATUS_NO_MEMORY;
            }

            var copy = TokenDuplicator.Duplicate(token.State, TokenType.TokenImpersonation, decision.Level, false, call.Machine.Luids);
            if (!copy.IsSuccess)
            {
                return copy.Status;
            }

            installed = new TokenObject(copy.Value!, token.Security);
            level = decision.Level;
        }

        // The impersonation information (PS_IMPERSONATION_INFORMATION). Windows allocates it on a thread's
        // first impersonation (WRK, ReactOS) -- current builds keep the token in the thread itself; the model
        // makes a new record per impersonation and charges it as one allocation.
        if (call.Machine.Faults.AllocationFails())
        {
            return NtStatus.STATUS_NO_MEMORY;
        }

        // The level stored is the level asked for, as Windows stores it: callers pass the token's own level
        // (PsAssignImpersonationToken) or one a client context has already checked (SeImpersonateClientEx).
        thread.Impersonation = new ImpersonationState(installed, level, copyOnOpen, effectiveOnly, decision.Reason);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>PsRevertToSelf: the calling thread stops impersonating (nothing happens if it does not impersonate).</summary>
    public static void PsRevertToSelf(KernelCall call) => call.Thread.Impersonation = null;

    /// <summary>
    /// PsReferenceImpersonationToken: the token <paramref name="thread"/> impersonates, with the flags and
    /// level the thread stores for it, or null when it does not impersonate (the out values are then
    /// false, false and SecurityAnonymous; Windows leaves them untouched).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="thread"/> belongs to another machine.</exception>
    public static TokenObject? PsReferenceImpersonationToken(KernelCall call, ThreadObject thread, out bool copyOnOpen, out bool effectiveOnly,
        out SecurityImpersonationLevel impersonationLevel)
    {
        RequireSameMachine(call, thread);
        var impersonation = thread.Impersonation;
        copyOnOpen = impersonation?.CopyOnOpen ?? false;
        effectiveOnly = impersonation?.EffectiveOnly ?? false;
        impersonationLevel = impersonation?.Level ?? SecurityImpersonationLevel.SecurityAnonymous;
        return impersonation?.Token;
    }

    /// <summary>PsReferencePrimaryToken: the primary token of <paramref name="process"/>.</summary>
    public static TokenObject PsReferencePrimaryToken(KernelCall call, ProcessObject process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.PrimaryToken;
    }

    /// <summary>PsDereferenceImpersonationToken: a no-op here (see the type remarks); null is allowed, as for the macro.</summary>
    public static void PsDereferenceImpersonationToken(KernelCall call, TokenObject? impersonationToken)
    {
    }

    /// <summary>PsDereferencePrimaryToken: a no-op here (see the type remarks).</summary>
    public static void PsDereferencePrimaryToken(KernelCall call, TokenObject primaryToken) => ArgumentNullException.ThrowIfNull(primaryToken);

    /// <summary>PsReferenceEffectiveToken: the thread's impersonation (token, level, EffectiveOnly), else its process's primary token.</summary>
    internal static (TokenObject Token, ImpersonationState? Impersonation) ReferenceEffectiveToken(ThreadObject thread)
    {
        var impersonation = thread.Impersonation;
        return (impersonation?.Token ?? thread.Process.PrimaryToken, impersonation);
    }

    internal static void RequireSameMachine(KernelCall call, ThreadObject thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (!ReferenceEquals(thread.Process.Machine, call.Machine))
        {
            throw new ArgumentException($"thread {thread} belongs to another machine than the caller", nameof(thread));
        }
    }
}
