using NtSec.Kernel;
using NtSec.Kernel.Impersonation;
using NtSec.Tokens;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>SeCaptureSubjectContext(Ex), the lock/unlock/release no-ops and SeQuerySubjectContextToken.</summary>
public class SubjectCaptureTests
{
    [Fact]
    public void A_thread_that_does_not_impersonate_has_no_client_token()
    {
        // ReactOS 4.4 (SeCaptureSubjectContextEx): ClientToken NULL, PrimaryToken the process's, ProcessAuditId the process id.
        var k = new KernelFixture();
        SubjectCapture.SeCaptureSubjectContext(k.AliceCall, out var subject);
        Assert.Null(subject.ClientToken);
        Assert.Equal(SecurityImpersonationLevel.SecurityAnonymous, subject.ImpersonationLevel);
        Assert.Same(k.Alice.PrimaryToken, subject.PrimaryToken);
        Assert.Equal(k.Alice.ProcessId, subject.ProcessAuditId);
        Assert.Same(k.Alice.PrimaryToken, SubjectCapture.SeQuerySubjectContextToken(subject));
    }

    [Fact]
    public void An_impersonating_thread_gives_its_token_object_and_stored_level()
    {
        // ReactOS 4.4: ClientToken = PsReferenceImpersonationToken, ImpersonationLevel = the thread's stored level.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, SecurityImpersonationLevel.SecurityIdentification);
        SubjectCapture.SeCaptureSubjectContext(k.AliceCall, out var subject);
        Assert.Same(k.AliceCall.Thread.Impersonation!.Token, subject.ClientToken);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, subject.ImpersonationLevel);
        Assert.Same(subject.ClientToken, SubjectCapture.SeQuerySubjectContextToken(subject));

        // The context is a moment: reverting later does not change it.
        k.AliceCall.Thread.Impersonation = null;
        Assert.NotNull(subject.ClientToken);
    }

    [Fact]
    public void The_Ex_form_takes_any_thread_of_the_process_or_none()
    {
        // SeCaptureSubjectContextEx: the given thread and process; without a thread there is no client token.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, SecurityImpersonationLevel.SecurityImpersonation);
        SubjectCapture.SeCaptureSubjectContextEx(k.AliceCall, k.AliceWorker, k.Alice, out var subject);
        Assert.Same(k.AliceWorker.Impersonation!.Token, subject.ClientToken);
        SubjectCapture.SeCaptureSubjectContextEx(k.AliceCall, null, k.Alice, out subject);
        Assert.Null(subject.ClientToken);
        Assert.Throws<ArgumentException>(() => SubjectCapture.SeCaptureSubjectContextEx(k.AliceCall, k.AliceWorker, k.Service, out _));
    }

    [Fact]
    public void Lock_unlock_and_release_change_nothing()
    {
        // docs/impersonation.md: token states are immutable snapshots, so the locks are no-ops; the GC releases.
        var k = new KernelFixture();
        SubjectCapture.SeCaptureSubjectContext(k.AliceCall, out var subject);
        var before = subject with { };
        SubjectCapture.SeLockSubjectContext(k.AliceCall, subject);
        SubjectCapture.SeUnlockSubjectContext(k.AliceCall, subject);
        SubjectCapture.SeReleaseSubjectContext(k.AliceCall, subject);
        Assert.Equal(before, subject);
    }
}
