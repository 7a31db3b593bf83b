using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class ImpersonationFunctionTests
{
    private const uint ThreadSetThreadToken = (uint)ThreadAccessRights.THREAD_SET_THREAD_TOKEN;
    private const uint ThreadQueryInformation = (uint)ThreadAccessRights.THREAD_QUERY_INFORMATION;

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityDelegation)]
    public void ImpersonateSelf_installs_a_copy_of_the_process_token_at_the_level(SecurityImpersonationLevel level)
    {
        // IMP-01 [W]: TRUE at each level; RtlImpersonateSelf closes the handles it opened.
        var call = new Win32Fixture().AliceCall;
        int handles = call.Process.Handles.Count;
        Poison(call);
        Assert.True(Advapi32Impersonation.ImpersonateSelf(call, level));
        Assert.Equal(Sentinel, call.Thread.LastError);
        var impersonation = call.Thread.Impersonation;
        Assert.NotNull(impersonation);
        Assert.Equal(level, impersonation!.Level);
        Assert.Equal(TokenType.TokenImpersonation, impersonation.Token.State.Type);
        Assert.Equal(TokenPresets.AliceSid, impersonation.Token.State.User.Sid);
        Assert.NotSame(call.Process.PrimaryToken, impersonation.Token);
        Assert.Equal(handles, call.Process.Handles.Count);
    }

    [Fact]
    public void ImpersonateSelf_with_a_level_outside_the_enumeration_is_ERROR_BAD_IMPERSONATION_LEVEL()
    {
        // DUP-02 [P]: level 7 is ERROR_BAD_IMPERSONATION_LEVEL in the duplication ImpersonateSelf makes.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Impersonation.ImpersonateSelf(call, (SecurityImpersonationLevel)7));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.Null(call.Thread.Impersonation);
    }

    [Fact]
    public void RevertToSelf_ends_the_impersonation_and_succeeds_without_one()
    {
        // IMP-07 [R]; OTT-03 [W]: a handle opened while impersonating stays usable after RevertToSelf.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Impersonation.RevertToSelf(call));
        Assert.True(Advapi32Impersonation.ImpersonateSelf(call, SecurityImpersonationLevel.SecurityImpersonation));
        Assert.True(Advapi32Tokens.OpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, false, out var token));
        Assert.True(Advapi32Impersonation.RevertToSelf(call));
        Assert.Null(call.Thread.Impersonation);
        Assert.True(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenType, out _, 4, out _));
    }

    [Fact]
    public void SetThreadToken_with_a_primary_token_is_ERROR_BAD_TOKEN_TYPE()
    {
        // IMP-22 [?]: the thread's impersonation slot takes only impersonation tokens.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Impersonation.SetThreadToken(call, null, ProcessToken(call)));
        Assert.Equal(Win32Error.ERROR_BAD_TOKEN_TYPE, LastError(call));
        Assert.Null(call.Thread.Impersonation);
    }

    [Fact]
    public void SetThreadToken_with_NULL_thread_is_the_calling_thread_and_other_threads_are_unaffected()
    {
        // IMP-06 [W]: per-thread; SetThreadToken page: "If Thread is NULL, the function assigns the token to the calling thread."
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var worker = f.Worker(f.Alice);
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.True(Advapi32Impersonation.SetThreadToken(call, null, token));
        Assert.Same(TokenObject(call, token), call.Thread.Impersonation!.Token);
        Assert.Null(worker.Thread.Impersonation);
        Assert.True(Advapi32Impersonation.SetThreadToken(call, null, NtHandle.Null));
        Assert.Null(call.Thread.Impersonation);
    }

    [Fact]
    public void SetThreadToken_on_another_thread_needs_THREAD_SET_THREAD_TOKEN()
    {
        // SetThreadToken page / NtSetInformationThread: the thread handle needs THREAD_SET_THREAD_TOKEN.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var worker = f.Worker(f.Alice);
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        var queryOnly = Kernel32Processes.OpenThread(call, ThreadQueryInformation, false, worker.Thread.ThreadId);
        Assert.False(queryOnly.IsNull);
        Assert.False(Advapi32Impersonation.SetThreadToken(call, queryOnly, token));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        var settable = Kernel32Processes.OpenThread(call, ThreadSetThreadToken, false, worker.Thread.ThreadId);
        Assert.True(Advapi32Impersonation.SetThreadToken(call, settable, token));
        Assert.NotNull(worker.Thread.Impersonation);
        Assert.Null(call.Thread.Impersonation);
    }

    [Fact]
    public void SetThreadToken_needs_TOKEN_IMPERSONATE_on_the_token()
    {
        // SetThreadToken page: "The handle must have TOKEN_IMPERSONATE access."
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation, TokenQuery);
        Assert.False(Advapi32Impersonation.SetThreadToken(call, null, token));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Impersonation.SetThreadToken(call, null, new NtHandle(0x2220)));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void ImpersonateLoggedOnUser_with_a_primary_token_installs_an_impersonation_copy()
    {
        // ImpersonateLoggedOnUser page: a primary token is duplicated to an impersonation token (wine.md 2.9; the copy, not the object).
        var call = new Win32Fixture().AliceCall;
        var primary = ProcessToken(call, TokenQuery | TokenDuplicate);
        int handles = call.Process.Handles.Count;
        Assert.True(Advapi32Impersonation.ImpersonateLoggedOnUser(call, primary));
        var impersonation = call.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, impersonation.Level);
        Assert.Equal(TokenType.TokenImpersonation, impersonation.Token.State.Type);
        Assert.Equal(handles, call.Process.Handles.Count);
    }

    [Fact]
    public void ImpersonateLoggedOnUser_with_an_impersonation_token_uses_that_token_object()
    {
        // IMP-05 [W]: the thread holds the same token object, not a copy.
        var call = new Win32Fixture().AliceCall;
        var token = Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.True(Advapi32Impersonation.ImpersonateLoggedOnUser(call, token));
        Assert.Same(TokenObject(call, token), call.Thread.Impersonation!.Token);
    }

    [Fact]
    public void ImpersonateLoggedOnUser_access_errors()
    {
        // ImpersonateLoggedOnUser page: primary tokens need TOKEN_QUERY|TOKEN_DUPLICATE, impersonation tokens
        // TOKEN_QUERY|TOKEN_IMPERSONATE.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Impersonation.ImpersonateLoggedOnUser(call, ProcessToken(call, TokenDuplicate)));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Impersonation.ImpersonateLoggedOnUser(call, ProcessToken(call, TokenQuery)));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Impersonation.ImpersonateLoggedOnUser(call,
            Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation, TokenQuery | TokenDuplicate)));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Impersonation.ImpersonateLoggedOnUser(call, NtHandle.Null));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.Null(call.Thread.Impersonation);
    }

    [Fact]
    public void ImpersonateLoggedOnUser_of_another_user_without_SeImpersonatePrivilege_is_silently_Identification()
    {
        // research/users.md 4.2-4.3, docs/impersonation.md: the call succeeds; the thread gets an Identification copy, and
        // the next object open fails with ERROR_BAD_IMPERSONATION_LEVEL.
        var f = new Win32Fixture();
        var alice = f.AliceCall;
        var service = f.ServiceCall;
        var serviceToken = Impersonation(service, SecurityImpersonationLevel.SecurityImpersonation);
        var aliceCopy = HandleIn(alice, TokenObject(service, serviceToken), TokenQuery | TokenImpersonate); // handed over, say by a pipe server
        Assert.True(Advapi32Impersonation.ImpersonateLoggedOnUser(alice, aliceCopy));
        var impersonation = alice.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, impersonation.Level);
        Assert.StartsWith("downgraded to", impersonation.Note, StringComparison.Ordinal);
        Assert.False(Advapi32Tokens.OpenProcessToken(alice, NtHandle.CurrentProcess, TokenQuery, out _));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(alice));
    }

    [Fact]
    public void ImpersonateLoggedOnUser_by_a_service_with_SeImpersonatePrivilege_keeps_the_level()
    {
        // ImpersonateLoggedOnUser page: a caller with SeImpersonatePrivilege impersonates at the requested level.
        var f = new Win32Fixture();
        var alice = f.AliceCall;
        var service = f.ServiceCall;
        var aliceToken = ProcessToken(alice, TokenQuery | TokenDuplicate);
        var inService = HandleIn(service, TokenObject(alice, aliceToken), TokenQuery | TokenDuplicate);
        Assert.True(Advapi32Impersonation.ImpersonateLoggedOnUser(service, inService));
        var impersonation = service.Thread.Impersonation!;
        Assert.Equal(SecurityImpersonationLevel.SecurityImpersonation, impersonation.Level);
        Assert.Equal(TokenPresets.AliceSid, impersonation.Token.State.User.Sid);
        Assert.Contains("SeImpersonatePrivilege", impersonation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpersonateAnonymousToken_handle_errors()
    {
        // IMP-08 [R]: NULL is ERROR_INVALID_HANDLE; IMP-10 [R]: a thread handle without THREAD_IMPERSONATE is ERROR_ACCESS_DENIED;
        // IMP-09 [R]: with it, TRUE and RevertToSelf afterwards TRUE.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        Assert.False(Advapi32Impersonation.ImpersonateAnonymousToken(call, NtHandle.Null));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        var sync = Kernel32Processes.OpenThread(call, AccessMask.Synchronize, false, call.Thread.ThreadId);
        Assert.False(Advapi32Impersonation.ImpersonateAnonymousToken(call, sync));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(Advapi32Impersonation.ImpersonateAnonymousToken(call, NtHandle.CurrentThread));
        Assert.Equal(WellKnownSids.Anonymous, call.Thread.Impersonation!.Token.State.User.Sid);
        Assert.True(Advapi32Impersonation.RevertToSelf(call));
    }

    private static NtHandle HandleIn(KernelCall call, KernelObject obj, uint access)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(call, obj, access, ObjectAttributeFlags.None, out var handle));
        return handle;
    }
}
