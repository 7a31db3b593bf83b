using NtSec.Kernel;
using NtSec.Kernel.Impersonation;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>SeCreateClientSecurity(FromSubjectContext), SeImpersonateClient(Ex), SeStopImpersonatingClient, SeDeleteClientSecurity.</summary>
public class ClientSecurityTests
{
    private const SecurityImpersonationLevel Identification = SecurityImpersonationLevel.SecurityIdentification;
    private const SecurityImpersonationLevel Impersonation = SecurityImpersonationLevel.SecurityImpersonation;
    private const SecurityImpersonationLevel Delegation = SecurityImpersonationLevel.SecurityDelegation;

    private static readonly SecurityQualityOfService StaticQos = new(Impersonation);
    private static readonly SecurityQualityOfService DynamicQos = new(Impersonation, ContextTrackingMode.Dynamic);

    /// <summary>The NetworkService host's main thread, in kernel mode: the server side of the tests.</summary>
    private static KernelCall ServerKernelCall(KernelFixture k) => k.ServiceCall.AsKernel();

    private static void SetPrivilege(TokenObject token, WellKnownPrivilege privilege, bool enabled) =>
        token.Update(s =>
        {
            var r = TokenAdjuster.AdjustPrivileges(s, false,
                [new LuidAndAttributes(PrivilegeTable.ToLuid(privilege), enabled ? PrivilegeAttributes.SE_PRIVILEGE_ENABLED : 0)], new LuidAllocator());
            return (r.Status, (TokenState?)r.Token);
        });

    private static bool Enabled(TokenObject token, WellKnownPrivilege privilege) => token.State.HasEnabledPrivilege(privilege);

    [Fact]
    public void Static_tracking_takes_a_snapshot_copy_at_the_requested_level()
    {
        // SeCreateClientSecurity page: a copy unless dynamic tracking with a local server; IMP-18 [W]: a static context
        // does not follow later changes of the client's token.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context));
        Assert.NotNull(context);
        Assert.NotSame(k.Alice.PrimaryToken, context.ClientToken);
        Assert.Equal((TokenType.TokenImpersonation, Impersonation), (context.ClientToken.State.Type, context.ClientToken.State.ImpersonationLevel));
        Assert.Equal(k.Alice.PrimaryToken.State.User.Sid, context.ClientToken.State.User.Sid);
        Assert.False(context.DirectlyAccessClientToken);
        Assert.False(context.ClientWasImpersonating);
        Assert.Same(StaticQos, context.SecurityQos);

        SetPrivilege(k.Alice.PrimaryToken, WellKnownPrivilege.SeShutdownPrivilege, true);
        Assert.True(Enabled(k.Alice.PrimaryToken, WellKnownPrivilege.SeShutdownPrivilege));
        Assert.False(Enabled(context.ClientToken, WellKnownPrivilege.SeShutdownPrivilege));
    }

    [Fact]
    public void Dynamic_tracking_with_a_local_server_refers_to_the_client_token_object()
    {
        // SeCreateClientSecurity page: "uses a reference to the client's effective token"; IMP-19/IMP-20: the server sees
        // the client's later changes.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, DynamicQos, false, out var context));
        Assert.Same(k.Alice.PrimaryToken, context!.ClientToken);
        Assert.True(context.DirectlyAccessClientToken);

        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context, null));
        var server = k.ServiceCall.Thread.Impersonation!;
        Assert.Same(k.Alice.PrimaryToken, server.Token);
        Assert.True(server.CopyOnOpen); // SeImpersonateClientEx passes CopyOnOpen TRUE (ReactOS 4.5, decompiled)
        SetPrivilege(k.Alice.PrimaryToken, WellKnownPrivilege.SeShutdownPrivilege, true);
        Assert.True(Enabled(server.Token, WellKnownPrivilege.SeShutdownPrivilege));
    }

    [Fact]
    public void Dynamic_tracking_for_a_remote_server_is_a_copy()
    {
        // SeCreateClientSecurity page: a reference only when dynamic AND ServerIsRemote is FALSE; otherwise a copy.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, DynamicQos, true, out var context));
        Assert.NotSame(k.Alice.PrimaryToken, context!.ClientToken);
        Assert.False(context.DirectlyAccessClientToken);
        Assert.True(context.ServerIsRemote);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityDelegation)]
    public void A_client_using_its_primary_token_may_be_asked_for_any_level(SecurityImpersonationLevel level)
    {
        // SeCreateClientSecurity page: the level errors apply only to a client that is impersonating (ReactOS 4.5).
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, new SecurityQualityOfService(level), true, out var context));
        Assert.Equal(level, context!.ClientToken.State.ImpersonationLevel);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification, SecurityImpersonationLevel.SecurityIdentification, false)] // page case 1
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous, SecurityImpersonationLevel.SecurityAnonymous, false)]           // page case 1
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, SecurityImpersonationLevel.SecurityDelegation, false)]      // above the client's level (WRK, ReactOS)
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, SecurityImpersonationLevel.SecurityImpersonation, true)]    // page case 2
    public void A_client_impersonating_too_low_gives_bad_impersonation_level(SecurityImpersonationLevel clientLevel,
        SecurityImpersonationLevel requested, bool remote)
    {
        // SeCreateClientSecurity page: STATUS_BAD_IMPERSONATION_LEVEL when the client impersonates at Anonymous or
        // Identification, or the server is remote and the client impersonates below Delegation.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, clientLevel);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceWorker, new SecurityQualityOfService(requested), remote, out var context));
        Assert.Null(context);
    }

    [Fact]
    public void A_client_impersonating_at_delegation_can_be_passed_to_a_remote_server()
    {
        // SeCreateClientSecurity page, case 2 inverted: SecurityDelegation may go to a remote server.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, Delegation);
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceWorker, StaticQos, true, out var context));
        Assert.True(context!.ClientWasImpersonating);
        Assert.NotSame(k.AliceWorker.Impersonation!.Token, context.ClientToken);
        Assert.Equal(Impersonation, context.ClientToken.State.ImpersonationLevel);
    }

    [Fact]
    public void An_impersonating_client_is_represented_by_its_impersonation_token()
    {
        // ReactOS 4.5 (PsReferenceEffectiveToken): the impersonation token if active, else the primary token.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceWorker, DynamicQos, false, out var context));
        Assert.Same(k.AliceWorker.Impersonation!.Token, context!.ClientToken);
        Assert.True(context.ClientWasImpersonating);
    }

    [Fact]
    public void A_qos_level_outside_the_enumeration_is_invalid_parameter()
    {
        // ReactOS SepCreateClientSecurity: an invalid QoS level gives STATUS_INVALID_PARAMETER (not on the page).
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread,
            new SecurityQualityOfService((SecurityImpersonationLevel)7), false, out var context));
        Assert.Null(context);
    }

    [Fact]
    public void An_effective_only_static_context_drops_disabled_privileges()
    {
        // IMP-15: an effective-only client context shows the server no disabled privilege (DUP-08/09 for the copy).
        var k = new KernelFixture();
        int disabled = k.Alice.PrimaryToken.State.Privileges.Count(p => !p.IsEnabled);
        Assert.True(disabled > 0);
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos with { EffectiveOnly = true }, false, out var effective);
        Assert.All(effective!.ClientToken.State.Privileges, p => Assert.True(p.IsEnabled));
        Assert.True(effective.DirectAccessEffectiveOnly);
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var full);
        Assert.Equal(disabled, full!.ClientToken.State.Privileges.Count(p => !p.IsEnabled));
        Assert.False(full.DirectAccessEffectiveOnly);
    }

    [Fact]
    public void An_effective_only_client_impersonation_makes_the_context_effective_only()
    {
        // ReactOS 4.5: DirectAccessEffectiveOnly = the client thread's EffectiveOnly OR the QoS EffectiveOnly.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, Impersonation);
        k.AliceWorker.Impersonation = k.AliceWorker.Impersonation! with { EffectiveOnly = true };
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceWorker, DynamicQos, false, out var context);
        Assert.True(context!.DirectAccessEffectiveOnly);
        Assert.False(context.SecurityQos.EffectiveOnly);
        ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context, null);
        Assert.True(k.ServiceCall.Thread.Impersonation!.EffectiveOnly); // dynamic: DirectAccessEffectiveOnly (decompiled SeImpersonateClientEx)
    }

    [Fact]
    public void A_static_context_impersonates_with_the_qos_effective_only()
    {
        // Decompiled SeImpersonateClientEx: static contexts pass SecurityQos.EffectiveOnly.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, Impersonation);
        k.AliceWorker.Impersonation = k.AliceWorker.Impersonation! with { EffectiveOnly = true };
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceWorker, StaticQos, false, out var context);
        ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context!, null);
        var server = k.ServiceCall.Thread.Impersonation!;
        Assert.False(server.EffectiveOnly);
        Assert.All(server.Token.State.Privileges, p => Assert.True(p.IsEnabled)); // but the copy was made effective-only
    }

    [Fact]
    public void The_server_thread_defaults_to_the_caller_and_may_be_another_thread()
    {
        // SeImpersonateClientEx page: "If not specified, the calling thread is used."
        var k = new KernelFixture();
        var worker = k.Machine.CreateThread(k.Service, "worker");
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context!, worker));
        Assert.Same(context!.ClientToken, worker.Impersonation!.Token);
        Assert.Null(k.ServiceCall.Thread.Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context, null));
        Assert.Same(context.ClientToken, k.ServiceCall.Thread.Impersonation!.Token);
    }

    [Fact]
    public void Dynamic_tracking_is_judged_on_the_client_token_as_it_is_at_impersonation_time()
    {
        // The check reads the live token when the server impersonates (SeImpersonateClientEx page: "The client security
        // context ... is assumed to be up to date"); a static snapshot keeps what it copied.
        var k = new KernelFixture();
        var client = StandardMachine.CreateProcess(k.Machine, "alice-2", "alice");
        var clientThread = client.FindThread("main")!;
        ClientSecurity.SeCreateClientSecurity(k.AliceCall.AsKernel(), clientThread, DynamicQos, false, out var dynamicContext);
        ClientSecurity.SeCreateClientSecurity(k.AliceCall.AsKernel(), clientThread, StaticQos, false, out var staticContext);
        client.PrimaryToken.Update(s =>
        {
            var b = s.ToBuilder();
            b.IntegrityLevel = IntegrityLevel.High.ToSid();
            return (0, (TokenState?)b.Build());
        });

        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(k.AliceCall.AsKernel(), dynamicContext!, null));
        Assert.Equal(Identification, k.AliceCall.Thread.Impersonation!.Level);
        Assert.Contains("integrity level", k.AliceCall.Thread.Impersonation.Note, StringComparison.Ordinal);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(k.AliceCall.AsKernel(), staticContext!, null));
        Assert.Equal(Impersonation, k.AliceCall.Thread.Impersonation!.Level);
    }

    [Fact]
    public void SeImpersonateClient_reports_nothing_and_a_failure_leaves_the_thread_alone()
    {
        // SeImpersonateClient returns VOID (ntifs.h); ReactOS calls SeImpersonateClientEx and discards the status.
        var k = new KernelFixture();
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context);
        k.Machine.Faults.FailAllocation();
        ClientSecurity.SeImpersonateClient(ServerKernelCall(k), context!, null);
        Assert.Null(k.ServiceCall.Thread.Impersonation);
        ClientSecurity.SeImpersonateClient(ServerKernelCall(k), context!, null);
        Assert.Same(context!.ClientToken, k.ServiceCall.Thread.Impersonation!.Token);
    }

    [Fact]
    public void SeImpersonateClientEx_returns_no_memory_on_an_allocation_failure()
    {
        // SeImpersonateClientEx page: STATUS_NO_MEMORY on a pool allocation failure.
        var k = new KernelFixture();
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context);
        k.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_NO_MEMORY, ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context!, null));
        Assert.Null(k.ServiceCall.Thread.Impersonation);
    }

    [Fact]
    public void SeStopImpersonatingClient_reverts_the_caller()
    {
        // SeStopImpersonatingClient page / ReactOS: PsRevertToSelf.
        var k = new KernelFixture();
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context);
        ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context!, null);
        ClientSecurity.SeStopImpersonatingClient(ServerKernelCall(k));
        Assert.Null(k.ServiceCall.Thread.Impersonation);
    }

    [Fact]
    public void A_deleted_context_cannot_be_used_again()
    {
        // SeCreateClientSecurity page: each call is matched by one SeDeleteClientSecurity; use after delete is a bug.
        var k = new KernelFixture();
        ClientSecurity.SeCreateClientSecurity(ServerKernelCall(k), k.AliceCall.Thread, StaticQos, false, out var context);
        ClientSecurity.SeDeleteClientSecurity(ServerKernelCall(k), context!);
        Assert.True(context!.IsDeleted);
        Assert.Throws<ArgumentException>(() => ClientSecurity.SeImpersonateClientEx(ServerKernelCall(k), context, null));
    }

    [Fact]
    public void From_a_subject_context_without_a_client_token_the_primary_token_is_used()
    {
        // ReactOS 4.5: token = client token if present, else primary.
        var k = new KernelFixture();
        SubjectCapture.SeCaptureSubjectContext(k.AliceCall, out var subject);
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            ClientSecurity.SeCreateClientSecurityFromSubjectContext(ServerKernelCall(k), subject, DynamicQos, false, out var context));
        Assert.Same(k.Alice.PrimaryToken, context!.ClientToken);
        Assert.False(context.ClientWasImpersonating);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification, NtStatus.STATUS_BAD_IMPERSONATION_LEVEL)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation, NtStatus.STATUS_SUCCESS)]
    public void From_a_subject_context_the_client_level_is_checked(SecurityImpersonationLevel clientLevel, NtStatus expected)
    {
        // SeCreateClientSecurityFromSubjectContext: the level rules of SeCreateClientSecurity, with the captured level.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, clientLevel);
        SubjectCapture.SeCaptureSubjectContext(k.AliceCall, out var subject);
        Assert.Equal(expected, ClientSecurity.SeCreateClientSecurityFromSubjectContext(ServerKernelCall(k), subject, StaticQos, false, out var context));
        Assert.Equal(expected == NtStatus.STATUS_SUCCESS, context is not null);
        if (context is not null)
        {
            Assert.True(context.ClientWasImpersonating);
        }
    }
}
