using NtSec.Kernel;
using NtSec.Kernel.Impersonation;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>PsImpersonateClient, PsRevertToSelf, PsReferenceImpersonationToken, PsReferencePrimaryToken and the dereference no-ops.</summary>
public class ThreadImpersonationTests
{
    private const SecurityImpersonationLevel Anonymous = SecurityImpersonationLevel.SecurityAnonymous;
    private const SecurityImpersonationLevel Identification = SecurityImpersonationLevel.SecurityIdentification;
    private const SecurityImpersonationLevel Impersonation = SecurityImpersonationLevel.SecurityImpersonation;

    private static TokenObject ImpersonationCopy(TokenState state, SecurityImpersonationLevel level) =>
        Machine.NewTokenObject(TokenDuplicator.Duplicate(state, TokenType.TokenImpersonation, level, false, new LuidAllocator()).Value!);

    [Fact]
    public void A_null_token_ends_the_impersonation_and_succeeds_when_there_is_none()
    {
        // PsImpersonateClient page: "Set to NULL to end the impersonation"; ReactOS/decompiled: success when not impersonating.
        var k = new KernelFixture();
        var thread = k.AliceCall.Thread;
        Assert.Equal(NtStatus.STATUS_SUCCESS, ThreadImpersonation.PsImpersonateClient(k.AliceCall, thread, null, false, false, Impersonation));
        Assert.Null(thread.Impersonation);
        KernelFixture.ImpersonateSelf(thread, Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ThreadImpersonation.PsImpersonateClient(k.AliceCall, thread, null, false, false, Impersonation));
        Assert.Null(thread.Impersonation);
    }

    [Fact]
    public void A_kept_impersonation_installs_the_token_object_itself_with_the_flags()
    {
        // IMP-05 [W]: without CopyOnOpen the thread holds the same token object, not a copy; the flags are stored as given.
        var k = new KernelFixture();
        var token = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, token, false, true, Impersonation));
        var state = k.AliceWorker.Impersonation!;
        Assert.Same(token, state.Token);
        Assert.Equal((Impersonation, false, true), (state.Level, state.CopyOnOpen, state.EffectiveOnly));
        Assert.Contains("server's own user", state.Note, StringComparison.Ordinal);
        // The main thread is unaffected (IMP-06: impersonation is per thread).
        Assert.Null(k.AliceCall.Thread.Impersonation);
    }

    [Fact]
    public void A_downgrade_installs_an_identification_copy_and_leaves_the_callers_token_alone()
    {
        // Decompiled PsImpersonateClient / ReactOS 4.1: SeCopyClientToken at SecurityIdentification replaces the token;
        // the call still succeeds (users.md 4.2: the downgrade is silent).
        var k = new KernelFixture();
        var system = ImpersonationCopy(TokenPresets.System, Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, system, false, false, Impersonation));
        var state = k.AliceWorker.Impersonation!;
        Assert.NotSame(system, state.Token);
        Assert.Equal(Identification, state.Level);
        Assert.Equal(Identification, state.Token.State.ImpersonationLevel);
        Assert.Equal(TokenType.TokenImpersonation, state.Token.State.Type);
        Assert.Equal(TokenPresets.System.User.Sid, state.Token.State.User.Sid);
        Assert.StartsWith("downgraded to SecurityIdentification", state.Note, StringComparison.Ordinal);
        Assert.Contains("integrity level", state.Note, StringComparison.Ordinal);
        Assert.Equal(Impersonation, system.State.ImpersonationLevel);
    }

    [Fact]
    public void A_downgraded_copy_is_not_effective_only()
    {
        // SeCopyClientToken duplicates with EffectiveOnly FALSE (ReactOS 4.5; WRK): disabled privileges stay in the copy.
        var k = new KernelFixture();
        var system = ImpersonationCopy(TokenPresets.System, Impersonation);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, system, false, true, Impersonation);
        Assert.Equal(TokenPresets.System.Privileges.Length, k.AliceWorker.Impersonation!.Token.State.Privileges.Length);
        Assert.True(k.AliceWorker.Impersonation.EffectiveOnly);
    }

    [Fact]
    public void An_anonymous_level_token_stays_anonymous_when_downgraded()
    {
        // Decompiled PsImpersonateClient: the copy's level is the token's own when that is below Identification.
        var k = new KernelFixture();
        var anonymousLevel = ImpersonationCopy(TokenPresets.System, Anonymous);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, anonymousLevel, false, false, Impersonation);
        Assert.Equal(Anonymous, k.AliceWorker.Impersonation!.Level);
    }

    [Fact]
    public void A_new_impersonation_replaces_the_previous_one()
    {
        // PsImpersonateClient page: the thread may already impersonate; the new token replaces it.
        var k = new KernelFixture();
        var first = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        var second = ImpersonationCopy(k.Alice.PrimaryToken.State, Identification);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, first, false, false, Impersonation);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, second, true, false, Identification);
        Assert.Same(second, k.AliceWorker.Impersonation!.Token);
        Assert.Equal((Identification, true), (k.AliceWorker.Impersonation.Level, k.AliceWorker.Impersonation.CopyOnOpen));
    }

    [Fact]
    public void An_allocation_failure_is_no_memory_and_keeps_the_previous_state()
    {
        // PsImpersonateClient page: STATUS_NO_MEMORY; SeImpersonateClientEx page: pool allocation failure for the
        // impersonation information.
        var k = new KernelFixture();
        var before = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, before, false, false, Impersonation);
        var previous = k.AliceWorker.Impersonation;
        var token = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        k.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_NO_MEMORY, ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, token, false, false, Impersonation));
        Assert.Same(previous, k.AliceWorker.Impersonation);
    }

    [Theory]
    [InlineData(0)] // the Identification copy
    [InlineData(1)] // the impersonation information after the copy
    public void A_downgrade_charges_the_copy_and_then_the_impersonation_information(int successes)
    {
        // Decompiled PsImpersonateClient: the downgrade copy is an allocation whose failure is returned.
        var k = new KernelFixture();
        var system = ImpersonationCopy(TokenPresets.System, Impersonation);
        k.Machine.Faults.FailAllocation(successes);
        Assert.Equal(NtStatus.STATUS_NO_MEMORY, ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, system, false, false, Impersonation));
        Assert.Null(k.AliceWorker.Impersonation);
    }

    [Fact]
    public void Misuse_is_an_argument_exception()
    {
        var k = new KernelFixture();
        var other = new KernelFixture();
        var token = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, token, false, false, (SecurityImpersonationLevel)(-1)));
        Assert.Throws<ArgumentException>(() => ThreadImpersonation.PsImpersonateClient(k.AliceCall, other.AliceWorker, token, false, false, Impersonation));
        Assert.Throws<ArgumentNullException>(() => ThreadImpersonation.PsImpersonateClient(k.AliceCall, null!, token, false, false, Impersonation));
    }

    [Fact]
    public void PsRevertToSelf_ends_the_callers_impersonation_only()
    {
        // IMP-06: another thread of the same process keeps its impersonation.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, Impersonation);
        KernelFixture.ImpersonateSelf(k.AliceWorker, Impersonation);
        ThreadImpersonation.PsRevertToSelf(k.AliceCall);
        Assert.Null(k.AliceCall.Thread.Impersonation);
        Assert.NotNull(k.AliceWorker.Impersonation);
        ThreadImpersonation.PsRevertToSelf(k.AliceCall); // not impersonating: nothing happens
        Assert.Null(k.AliceCall.Thread.Impersonation);
    }

    [Fact]
    public void PsReferenceImpersonationToken_returns_null_when_not_impersonating()
    {
        // ReactOS 4.3: NULL if not impersonating.
        var k = new KernelFixture();
        var token = ThreadImpersonation.PsReferenceImpersonationToken(k.AliceCall, k.AliceWorker, out bool copyOnOpen, out bool effectiveOnly, out var level);
        Assert.Null(token);
        Assert.Equal((false, false, Anonymous), (copyOnOpen, effectiveOnly, level));
    }

    [Fact]
    public void PsReferenceImpersonationToken_returns_the_token_and_the_stored_flags()
    {
        // PsReferenceImpersonationToken page: the token, CopyOnOpen, EffectiveOnly and the level the thread stores.
        var k = new KernelFixture();
        var token = ImpersonationCopy(k.Alice.PrimaryToken.State, Impersonation);
        ThreadImpersonation.PsImpersonateClient(k.AliceCall, k.AliceWorker, token, true, true, Identification);
        var found = ThreadImpersonation.PsReferenceImpersonationToken(k.AliceCall, k.AliceWorker, out bool copyOnOpen, out bool effectiveOnly, out var level);
        Assert.Same(token, found);
        Assert.Equal((true, true, Identification), (copyOnOpen, effectiveOnly, level));
        ThreadImpersonation.PsDereferenceImpersonationToken(k.AliceCall, found);
        ThreadImpersonation.PsDereferenceImpersonationToken(k.AliceCall, null);
    }

    [Fact]
    public void PsReferencePrimaryToken_returns_the_process_token()
    {
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, Impersonation);
        var primary = ThreadImpersonation.PsReferencePrimaryToken(k.AliceCall, k.Alice);
        Assert.Same(k.Alice.PrimaryToken, primary);
        ThreadImpersonation.PsDereferencePrimaryToken(k.AliceCall, primary);
    }
}
