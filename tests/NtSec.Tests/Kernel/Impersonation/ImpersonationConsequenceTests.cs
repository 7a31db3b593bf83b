using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Kernel;
using NtSec.Kernel.Impersonation;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Kernel.Impersonation;

/// <summary>
/// What the impersonation level means afterwards, through the kernel: the "potato" sequence (users.md 4.13)
/// with and without SeImpersonatePrivilege, where STATUS_BAD_IMPERSONATION_LEVEL surfaces (users.md 4.3),
/// and IMP-05 (the thread holds the token object itself).
/// </summary>
public class ImpersonationConsequenceTests
{
    private const uint TokenQuery = 0x8, TokenDuplicate = 0x2, ProcessQueryLimited = 0x1000, AccessSystemSecurity = 0x01000000;
    private const SecurityImpersonationLevel Identification = SecurityImpersonationLevel.SecurityIdentification;
    private const SecurityImpersonationLevel Impersonation = SecurityImpersonationLevel.SecurityImpersonation;

    /// <summary>The service's main thread gets a SYSTEM client context (static, Impersonation) and impersonates it.</summary>
    private static ThreadObject ImpersonateSystemClient(Machine machine, ProcessObject service)
    {
        var serverThread = service.FindThread("main")!;
        var kernel = new KernelCall(serverThread, KProcessorMode.KernelMode);
        var systemThread = machine.SystemProcess.FindThread("main")!;
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            ClientSecurity.SeCreateClientSecurity(kernel, systemThread, new SecurityQualityOfService(Impersonation), false, out var context));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ClientSecurity.SeImpersonateClientEx(kernel, context!, null));
        return serverThread;
    }

    private static TokenObject OpenedToken(KernelCall call, NtHandle handle)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(handle, out var entry));
        return (TokenObject)entry!.Object;
    }

    [Theory]
    [InlineData("LocalServiceHost")]
    [InlineData("NetworkServiceHost")]
    public void A_service_with_SeImpersonatePrivilege_fully_impersonates_a_SYSTEM_client(string serviceName)
    {
        // users.md 4.13 steps 1-4: the service accounts hold SeImpersonatePrivilege enabled (TokenPresets), so a SYSTEM
        // client context delivered to them is kept at SecurityImpersonation; the thread token opens and becomes a
        // primary token.
        var machine = StandardMachine.Create();
        var service = machine.FindProcess(serviceName)!;
        var thread = ImpersonateSystemClient(machine, service);
        var state = thread.Impersonation!;
        Assert.Equal(Impersonation, state.Level);
        Assert.Equal(WellKnownSids.LocalSystem, state.Token.State.User.Sid);
        Assert.Equal("the server holds SeImpersonatePrivilege, enabled", state.Note);

        var call = new KernelCall(thread);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, TokenQuery | TokenDuplicate, false, out var h));
        var opened = OpenedToken(call, h);
        var primary = TokenDuplicator.Duplicate(opened.State, TokenType.TokenPrimary, Impersonation, false, machine.Luids);
        Assert.Equal(NtStatus.STATUS_SUCCESS, primary.Status);
        Assert.Equal(WellKnownSids.LocalSystem, primary.Value!.User.Sid);

        // Acting as SYSTEM, the thread opens SYSTEM's own process token.
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(call, machine.SystemProcess, ProcessQueryLimited, ObjectAttributeFlags.None, out var systemProcess));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(call, systemProcess, TokenQuery, out _));
    }

    [Fact]
    public void Without_SeImpersonatePrivilege_the_service_gets_identification_and_its_opens_fail()
    {
        // users.md 4.13 step 3 and 4.3; PetitPotato #3: the impersonation succeeds silently at Identification, then opens
        // fail with STATUS_BAD_IMPERSONATION_LEVEL (ERROR_BAD_IMPERSONATION_LEVEL, 1346).
        var machine = StandardMachine.Create();
        var service = machine.CreateProcess("StrippedServiceHost", ImpersonationTokens.LocalServiceWithoutImpersonate(), sessionId: 0);
        var thread = ImpersonateSystemClient(machine, service);
        var state = thread.Impersonation!;
        Assert.Equal(Identification, state.Level);
        Assert.Equal(Identification, state.Token.State.ImpersonationLevel);
        Assert.Equal(WellKnownSids.LocalSystem, state.Token.State.User.Sid);
        Assert.StartsWith("downgraded to SecurityIdentification: the server does not hold SeImpersonatePrivilege", state.Note, StringComparison.Ordinal);

        var call = new KernelCall(thread);
        // OTT-12 / users.md 4.1: its own thread token without OpenAsSelf.
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, false, out var h));
        Assert.Equal(NtHandle.Null, h);
        // users.md 4.3: any object open as the Identification-level subject -- its own process token, another process.
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, TokenQuery, out _));
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            ObjectManager.OpenByPointer(call, machine.SystemProcess, ProcessQueryLimited, ObjectAttributeFlags.None, AccessSubject.Effective, out _));

        // users.md 4.3, PetitPotato #3: DuplicateTokenEx cannot raise the Identification token (DUP-02, DUP-16).
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            TokenDuplicator.Duplicate(state.Token.State, TokenType.TokenImpersonation, Impersonation, false, machine.Luids).Status);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL,
            TokenDuplicator.Duplicate(state.Token.State, TokenType.TokenPrimary, Impersonation, false, machine.Luids).Status);

        // metasploit #538: after RevertToSelf the opens work again.
        ThreadImpersonation.PsRevertToSelf(call);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, TokenQuery, out _));
    }

    [Fact]
    public void An_identification_token_still_serves_access_checks()
    {
        // wine.md 1.3 [D], OTT-03/ACC-18: at Identification the server may run AccessCheck with the client's token.
        var machine = StandardMachine.Create();
        var service = machine.CreateProcess("StrippedServiceHost", ImpersonationTokens.LocalServiceWithoutImpersonate(), sessionId: 0);
        var token = ImpersonateSystemClient(machine, service).Impersonation!.Token.State;
        Assert.Equal(Identification, token.ImpersonationLevel);
        var mapping = ObjectTypeInfo.Get(ObjectTypeKind.Event).GenericMapping;
        var systemOnly = SecurityDescriptor.ParseSddl("O:SYG:SYD:(A;;0x1F0003;;;SY)");
        var result = AccessChecker.Check(systemOnly, token, mapping.GenericAll, mapping);
        Assert.True(result.IsGranted, result.ToString());
        Assert.Equal(mapping.GenericAll, result.GrantedAccess);
        var localServiceOnly = SecurityDescriptor.ParseSddl("O:SYG:SYD:(A;;0x1F0003;;;LS)");
        Assert.False(AccessChecker.Check(localServiceOnly, token, mapping.GenericAll, mapping).IsGranted);
    }

    [Fact]
    public void Without_copy_on_open_the_thread_holds_the_token_object_and_sees_its_changes()
    {
        // IMP-05 [W]: Token = DuplicateToken(process, SecurityImpersonation); ImpersonateLoggedOnUser(Token); enabling
        // SeSecurityPrivilege through the thread is visible in AccessCheck(..., Token, ACCESS_SYSTEM_SECURITY).
        var machine = StandardMachine.Create();
        var admin = StandardMachine.CreateProcess(machine, "admin-app", "admin", elevated: true);
        var thread = admin.FindThread("main")!;
        var call = new KernelCall(thread);
        var token = Machine.NewTokenObject(
            TokenDuplicator.Duplicate(admin.PrimaryToken.State, TokenType.TokenImpersonation, Impersonation, false, machine.Luids).Value!);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ThreadImpersonation.PsImpersonateClient(call.AsKernel(), thread, token, false, false, Impersonation));
        Assert.Same(token, thread.Impersonation!.Token);

        var mapping = ObjectTypeInfo.Get(ObjectTypeKind.Event).GenericMapping;
        var sd = SecurityDescriptor.ParseSddl("O:BAG:BAD:(A;;GA;;;WD)");
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, AccessChecker.Check(sd, token.State, AccessSystemSecurity, mapping).AccessStatus);

        // RtlAdjustPrivilege(SE_SECURITY_PRIVILEGE, TRUE, CurrentThread=TRUE): adjust the thread's token.
        var threadToken = ThreadImpersonation.PsReferenceImpersonationToken(call, thread, out _, out _, out _)!;
        var status = threadToken.Update(s =>
        {
            var r = TokenAdjuster.AdjustPrivileges(s, false,
                [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], machine.Luids);
            return (r.Status, (TokenState?)r.Token);
        });
        Assert.Equal(NtStatus.STATUS_SUCCESS, status);
        Assert.True(AccessChecker.Check(sd, token.State, AccessSystemSecurity, mapping).IsGranted);

        // NtOpenThreadToken hands out the same object (not a copy) when CopyOnOpen is FALSE.
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, false, out var h));
        Assert.Same(token, OpenedToken(call, h));
    }

    [Fact]
    public void Through_a_client_context_the_thread_token_is_opened_as_a_copy()
    {
        // SeImpersonateClientEx passes CopyOnOpen TRUE (ReactOS 4.5, decompiled): NtOpenThreadToken gives a copy.
        var machine = StandardMachine.Create();
        var thread = ImpersonateSystemClient(machine, machine.FindProcess("NetworkServiceHost")!);
        var call = new KernelCall(thread);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, false, out var h));
        Assert.NotSame(thread.Impersonation!.Token, OpenedToken(call, h));
    }
}
