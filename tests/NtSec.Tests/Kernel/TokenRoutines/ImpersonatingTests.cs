using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using static NtSec.Tests.Kernel.TokenRoutines.KernelScenario;

namespace NtSec.Tests.Kernel.TokenRoutines;

public class ImpersonatingTests
{
    private const uint ThreadSetThreadToken = (uint)ThreadAccessRights.THREAD_SET_THREAD_TOKEN;
    private const uint ThreadImpersonate = (uint)ThreadAccessRights.THREAD_IMPERSONATE;
    private const uint Synchronize = AccessMask.Synchronize;

    private static NtStatus SetThreadToken(KernelScenario s, NtHandle token, NtHandle? thread = null) =>
        Impersonating.NtSetInformationThread(s.Call, thread ?? NtHandle.CurrentThread, ThreadInformationClass.ThreadImpersonationToken, token);

    [Fact]
    public void A_null_token_handle_reverts_the_thread()
    {
        // IMP-07 [R]: NtSetInformationThread(current, ThreadImpersonationToken, &NULL, sizeof(HANDLE)) -> STATUS_SUCCESS.
        var s = For();
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation)));
        Assert.NotNull(s.Call.Thread.Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, NtHandle.Null));
        Assert.Null(s.Call.Thread.Impersonation);
        Assert.Same(s.Process.PrimaryToken, s.Call.EffectiveToken);
    }

    [Fact]
    public void A_token_duplicated_from_a_duplicate_only_handle_can_be_impersonated()
    {
        // IMP-11 [W]: process token opened with only TOKEN_DUPLICATE; NtDuplicateToken(TOKEN_IMPERSONATE|TOKEN_ADJUST_PRIVILEGES,
        // QoS {SecurityDelegation, static, not effective-only}, TokenImpersonation); NtSetInformationThread -> both succeed.
        var s = For();
        var process = s.OpenProcessToken(TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, process, TokenImpersonate | TokenAdjustPrivileges,
            new ObjectAttributes(SecurityQualityOfService: new SecurityQualityOfService(SecurityImpersonationLevel.SecurityDelegation)),
            false, TokenType.TokenImpersonation, out var imp));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, imp));
        Assert.Equal(SecurityImpersonationLevel.SecurityDelegation, s.Call.Thread.Impersonation!.Level);
    }

    [Fact]
    public void The_thread_holds_the_token_object_itself()
    {
        // IMP-05 [W]: after ImpersonateLoggedOnUser(Token), a privilege enabled through the thread's token shows in
        // AccessCheck(Token, ACCESS_SYSTEM_SECURITY): the thread holds the same object, not a copy.
        var s = For("admin", elevated: true);
        var imp = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenQuery | TokenImpersonate | TokenAdjustPrivileges);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, imp));
        Assert.Same(s.Token(imp), s.Call.Thread.Impersonation!.Token);

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(s.Call, NtHandle.CurrentThread, TokenAdjustPrivileges, true, out var viaThread));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, viaThread, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeSecurityPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));

        var sd = new SecurityDescriptor(SecurityDescriptorControl.None, WellKnownSids.Administrators, WellKnownSids.Users, Acl.Empty, null);
        uint granted = 0;
        var accessStatus = NtStatus.STATUS_UNSUCCESSFUL;
        Assert.Equal(NtStatus.STATUS_SUCCESS, AccessChecking.NtAccessCheck(s.Call, sd, imp, AccessMask.AccessSystemSecurity, GenericMapping.Key,
            new StrongBox<PrivilegeSet>(PrivilegeSet.Empty), new StrongBox<uint>(200), ref granted, ref accessStatus));
        Assert.Equal(NtStatus.STATUS_SUCCESS, accessStatus);
        Assert.Equal(AccessMask.AccessSystemSecurity, granted);
    }

    [Fact]
    public void Impersonation_is_per_thread()
    {
        // IMP-06 [W]: SetThreadToken(NULL, tok) succeeds; another thread of the same process is unaffected; RevertToSelf succeeds.
        var s = For();
        var other = s.OtherThread();
        var restricted = s.OpenProcessToken(TokenDuplicate | TokenQuery);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, restricted, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], out var filtered));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, filtered, TokenImpersonate,
            new ObjectAttributes(SecurityQualityOfService: new(SecurityImpersonationLevel.SecurityImpersonation)), false, TokenType.TokenImpersonation,
            out var imp));
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, imp));
        Assert.NotNull(s.Call.Thread.Impersonation);
        Assert.Null(other.Thread.Impersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, NtHandle.Null));
    }

    [Fact]
    public void A_primary_token_cannot_be_a_thread_token()
    {
        // IMP-22 [?]: SetThreadToken(NULL, primary) -> ERROR_BAD_TOKEN_TYPE (ReactOS PsAssignImpersonationToken: STATUS_BAD_TOKEN_TYPE).
        var s = For();
        Assert.Equal(NtStatus.STATUS_BAD_TOKEN_TYPE, SetThreadToken(s, s.OpenProcessToken(TokenImpersonate)));
        Assert.Null(s.Call.Thread.Impersonation);
    }

    [Fact]
    public void The_thread_handle_needs_set_thread_token_and_the_token_handle_impersonate()
    {
        var s = For();
        var imp = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation);
        var weakThread = s.HandleTo(s.Call.Thread, ThreadImpersonate);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SetThreadToken(s, imp, weakThread));
        var goodThread = s.HandleTo(s.Call.Thread, ThreadSetThreadToken);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, imp, goodThread));

        var queryOnly = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation, TokenQuery);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, SetThreadToken(s, queryOnly));
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, SetThreadToken(s, imp, s.OpenProcessToken(TokenQuery)));
    }

    [Fact]
    public void Another_thread_can_be_given_a_token_through_its_handle()
    {
        var s = For();
        var other = s.OtherThread();
        var imp = s.Impersonation(SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, imp, s.HandleTo(other.Thread, ThreadSetThreadToken)));
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, other.Thread.Impersonation!.Level);
        Assert.Null(s.Call.Thread.Impersonation);
    }

    [Fact]
    public void The_information_length_must_be_a_handle_and_other_classes_are_not_modelled()
    {
        // ZwSetInformationThread page: STATUS_INFO_LENGTH_MISMATCH.
        var s = For();
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Impersonating.NtSetInformationThread(s.Call, NtHandle.CurrentThread,
            ThreadInformationClass.ThreadImpersonationToken, NtHandle.Null, 4));
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, Impersonating.NtSetInformationThread(s.Call, NtHandle.CurrentThread,
            ThreadInformationClass.ThreadPriority, NtHandle.Null));
    }

    [Fact]
    public void Impersonating_the_anonymous_token_through_a_null_handle_is_an_invalid_handle()
    {
        // IMP-08 [R].
        var s = For();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, Impersonating.NtImpersonateAnonymousToken(s.Call, NtHandle.Null));
    }

    [Fact]
    public void A_thread_handle_with_impersonate_access_impersonates_anonymous_and_reverts()
    {
        // IMP-09 [R]: success, then RevertToSelf succeeds. The anonymous token is used at SecurityImpersonation and opening
        // it returns a copy (CopyOnOpen).
        var s = For();
        var thread = s.HandleTo(s.Call.Thread, ThreadImpersonate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Impersonating.NtImpersonateAnonymousToken(s.Call, thread));
        var impersonation = s.Call.Thread.Impersonation!;
        Assert.Same(Impersonating.AnonymousToken(s.Machine), impersonation.Token);
        Assert.Equal(WellKnownSids.Anonymous, impersonation.Token.State.User.Sid);
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, impersonation.Level);
        Assert.True(impersonation.CopyOnOpen);

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(s.Call, NtHandle.CurrentThread, TokenQuery, true, out var opened));
        Assert.NotSame(impersonation.Token, s.Token(opened));

        Assert.Equal(NtStatus.STATUS_SUCCESS, SetThreadToken(s, NtHandle.Null));
        Assert.Null(s.Call.Thread.Impersonation);
    }

    [Fact]
    public void A_thread_handle_with_only_synchronize_cannot_impersonate_anonymous()
    {
        // IMP-10 [R].
        var s = For();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Impersonating.NtImpersonateAnonymousToken(s.Call, s.HandleTo(s.Call.Thread, Synchronize)));
        Assert.Null(s.Call.Thread.Impersonation);
    }

    [Fact]
    public void A_restricted_process_cannot_impersonate_anonymous()
    {
        // ReactOS NtImpersonateAnonymousToken: the caller's primary token restricted -> STATUS_ACCESS_DENIED (unverified on Windows).
        var machine = StandardMachine.Create();
        var restricted = TokenFilter.Filter(NtSec.Tokens.Presets.TokenPresets.User, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], machine.Luids).Value!;
        var process = machine.CreateProcess("sandbox", restricted);
        var call = new KernelCall(process.FindThread("main")!);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Impersonating.NtImpersonateAnonymousToken(call, NtHandle.CurrentThread));
    }
}
