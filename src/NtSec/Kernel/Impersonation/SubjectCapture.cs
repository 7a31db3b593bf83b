using NtSec.Tokens;

namespace NtSec.Kernel.Impersonation;

/// <summary>
/// The subject-context routines: SeCaptureSubjectContext(Ex), SeLockSubjectContext,
/// SeUnlockSubjectContext, SeReleaseSubjectContext and SeQuerySubjectContextToken.
/// </summary>
/// <remarks>
/// Locking and releasing do nothing in this model. Windows locks the two tokens so an access check reads
/// each consistently; here a token object's state is an immutable snapshot that a reader takes once
/// (<see cref="TokenObject.State"/>), which gives the same consistency without a lock. Windows releases
/// the references the capture took; here the garbage collector does.
/// </remarks>
public static class SubjectCapture
{
    /// <summary>
    /// SeCaptureSubjectContext: the calling thread's impersonation token and level (if it impersonates)
    /// and its process's primary token, as they are now.
    /// </summary>
    public static void SeCaptureSubjectContext(KernelCall call, out SubjectContext subjectContext) =>
        SeCaptureSubjectContextEx(call, call.Thread, call.Process, out subjectContext);

    /// <summary>
    /// SeCaptureSubjectContextEx: the subject context of <paramref name="thread"/> (null: no client token)
    /// in <paramref name="process"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="thread"/> is not a thread of <paramref name="process"/>.</exception>
    public static void SeCaptureSubjectContextEx(KernelCall call, ThreadObject? thread, ProcessObject process, out SubjectContext subjectContext)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (thread is not null && !ReferenceEquals(thread.Process, process))
        {
            throw new ArgumentException($"thread {thread} is not a thread of {process}", nameof(thread));
        }

        // One read of the thread's impersonation: token and level come from the same state (Windows reads
        // them under the thread's lock, PsReferenceImpersonationToken).
        var impersonation = thread?.Impersonation;
        subjectContext = new SubjectContext(impersonation?.Token, impersonation?.Level ?? SecurityImpersonationLevel.SecurityAnonymous,
            process.PrimaryToken, process.ProcessId);
    }

    /// <summary>SeLockSubjectContext: a no-op here (token states are immutable snapshots; see the type remarks).</summary>
    public static void SeLockSubjectContext(KernelCall call, SubjectContext subjectContext) => ArgumentNullException.ThrowIfNull(subjectContext);

    /// <summary>SeUnlockSubjectContext: a no-op here (see the type remarks).</summary>
    public static void SeUnlockSubjectContext(KernelCall call, SubjectContext subjectContext) => ArgumentNullException.ThrowIfNull(subjectContext);

    /// <summary>SeReleaseSubjectContext: a no-op here; the references are the garbage collector's to drop.</summary>
    public static void SeReleaseSubjectContext(KernelCall call, SubjectContext subjectContext) => ArgumentNullException.ThrowIfNull(subjectContext);

    /// <summary>SeQuerySubjectContextToken: the client token when there is one, else the primary token.</summary>
    public static TokenObject SeQuerySubjectContextToken(SubjectContext subjectContext)
    {
        ArgumentNullException.ThrowIfNull(subjectContext);
        return subjectContext.ClientToken ?? subjectContext.PrimaryToken;
    }
}
