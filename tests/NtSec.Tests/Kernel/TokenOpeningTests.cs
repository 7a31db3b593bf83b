using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Tests.Kernel;

/// <summary>NtOpenProcessToken(Ex) / ZwOpenProcessTokenEx and NtOpenThreadToken(Ex): every status their pages list.</summary>
public class TokenOpeningTests
{
    private const uint TokenQuery = 0x8, TokenDuplicate = 0x2, TokenAllAccess = 0xF01FF, MaximumAllowed = 0x02000000,
        AccessSystemSecurity = 0x01000000, ProcessQueryInformation = 0x400, ProcessQueryLimited = 0x1000, ThreadQueryInformation = 0x40,
        Synchronize = 0x100000;

    [Fact]
    public void Process_token_opens_with_maximum_allowed_and_all_access()
    {
        // OPT-01, OPT-02: MAXIMUM_ALLOWED and TOKEN_ALL_ACCESS succeed for the caller's own token.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, MaximumAllowed, out var h));
        Assert.True(h.Value > 0 && h.Value % 4 == 0);
        Assert.Equal(NtStatus.STATUS_SUCCESS, k.Alice.Handles.Lookup(h, out var entry));
        Assert.Equal(TokenAllAccess, entry!.GrantedAccess);
        Assert.Same(k.Alice.PrimaryToken, entry.Object);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenAllAccess, out _));
    }

    [Fact]
    public void Zero_access_is_denied()
    {
        // OPT-02: NtOpenProcessToken(current, 0) -> STATUS_ACCESS_DENIED.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, 0, out var h));
        Assert.Equal(NtHandle.Null, h);
    }

    [Fact]
    public void Invalid_process_handle_gives_invalid_handle_and_null_output()
    {
        // OPT-04; ZwOpenProcessTokenEx page: STATUS_INVALID_HANDLE.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenOpening.NtOpenProcessToken(k.AliceCall, new NtHandle(0xdead0), TokenQuery, out var h));
        Assert.Equal(NtHandle.Null, h);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.Null, TokenQuery, out _));
    }

    [Fact]
    public void A_handle_of_another_type_is_a_type_mismatch()
    {
        // ZwOpenProcessTokenEx page: STATUS_OBJECT_TYPE_MISMATCH when ProcessHandle is not a process handle.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, out var h));
        Assert.Equal(NtHandle.Null, h);
    }

    [Fact]
    public void Process_handle_without_query_access_is_denied()
    {
        // ZwOpenProcessTokenEx page: STATUS_ACCESS_DENIED when ProcessHandle lacks query access.
        var k = new KernelFixture();
        var sync = KernelFixture.HandleTo(k.AliceCall, k.Alice, Synchronize);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenOpening.NtOpenProcessToken(k.AliceCall, sync, TokenQuery, out _));
        // A handle with PROCESS_QUERY_INFORMATION also holds PROCESS_QUERY_LIMITED_INFORMATION (HDL-05) and works.
        var query = KernelFixture.HandleTo(k.AliceCall, k.Alice, ProcessQueryInformation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, query, TokenQuery, out _));
        var limited = KernelFixture.HandleTo(k.AliceCall, k.Alice, ProcessQueryLimited);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, limited, TokenQuery, out _));
    }

    [Fact]
    public void The_token_dacl_decides_for_another_user()
    {
        // The token's DACL (from alice's default DACL: alice, SYSTEM, her logon SID) denies NetworkService.
        var k = new KernelFixture();
        var aliceProcess = KernelFixture.HandleTo(k.ServiceCall, k.Alice, ProcessQueryInformation);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenOpening.NtOpenProcessToken(k.ServiceCall, aliceProcess, TokenQuery, out var h));
        Assert.Equal(NtHandle.Null, h);
        // SYSTEM is granted by the same DACL.
        var fromSystem = KernelFixture.HandleTo(k.SystemCall, k.Alice, ProcessQueryInformation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.SystemCall, fromSystem, TokenQuery, out _));
    }

    [Fact]
    public void Access_system_security_needs_se_security_privilege()
    {
        // ZwOpenProcessTokenEx page: STATUS_PRIVILEGE_NOT_HELD without SeSecurityPrivilege, in both modes.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, AccessSystemSecurity, out _));
        Assert.Equal(NtStatus.STATUS_PRIVILEGE_NOT_HELD, TokenOpening.ZwOpenProcessTokenEx(k.AliceCall, NtHandle.CurrentProcess, AccessSystemSecurity,
            ObjectAttributeFlags.OBJ_KERNEL_HANDLE, out _));
    }

    [Fact]
    public void Kernel_callers_outside_the_system_process_must_ask_for_kernel_handles()
    {
        // ZwOpenProcessTokenEx page: STATUS_INVALID_PARAMETER when HandleAttributes lacks OBJ_KERNEL_HANDLE (CONTRACT.md example).
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenOpening.ZwOpenProcessTokenEx(k.ServiceCall, NtHandle.CurrentProcess, TokenQuery, 0, out var h));
        Assert.Equal(NtHandle.Null, h);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.ZwOpenProcessTokenEx(k.ServiceCall, NtHandle.CurrentProcess, TokenQuery,
            ObjectAttributeFlags.OBJ_KERNEL_HANDLE, out var kernel));
        Assert.True(kernel.IsKernel);
        Assert.Equal(0, k.Service.Handles.Count);
        // A kernel handle is invisible to user mode and usable from kernel mode.
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectHandles.NtClose(k.ServiceCall, kernel));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.ZwClose(k.ServiceCall, kernel));
        // In the System process, attributes 0 are fine and give an ordinary handle.
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.ZwOpenProcessTokenEx(k.SystemCall, NtHandle.CurrentProcess, TokenQuery, 0, out var sys));
        Assert.False(sys.IsKernel);
        // Undefined attribute bits are invalid.
        Assert.Equal(NtStatus.STATUS_INVALID_PARAMETER, TokenOpening.NtOpenProcessTokenEx(k.AliceCall, NtHandle.CurrentProcess, TokenQuery,
            (ObjectAttributeFlags)0x8000_0000, out _));
    }

    [Fact]
    public void Kernel_mode_skips_the_token_dacl()
    {
        // DESIGN.md "Calling context": Zw from kernel mode is not access checked.
        var k = new KernelFixture();
        var aliceProcess = KernelFixture.HandleTo(k.ServiceCall, k.Alice, ProcessQueryInformation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.ZwOpenProcessTokenEx(k.ServiceCall, aliceProcess, TokenQuery,
            ObjectAttributeFlags.OBJ_KERNEL_HANDLE, out _));
    }

    [Fact]
    public void User_mode_kernel_handle_flag_gives_an_ordinary_handle()
    {
        // OTT-06/OPT-05: from user mode OBJ_KERNEL_HANDLE still yields an ordinary (positive) handle.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessTokenEx(k.AliceCall, NtHandle.CurrentProcess, TokenQuery,
            ObjectAttributeFlags.OBJ_KERNEL_HANDLE, out var h));
        Assert.True(h.Value > 0);
    }

    [Fact]
    public void Quota_and_allocation_failures()
    {
        // ZwOpenProcessTokenEx page: STATUS_QUOTA_EXCEEDED and STATUS_INSUFFICIENT_RESOURCES.
        var k = new KernelFixture();
        k.Alice.Handles.Quota = k.Alice.Handles.Count;
        Assert.Equal(NtStatus.STATUS_QUOTA_EXCEEDED, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, out var h));
        Assert.Equal(NtHandle.Null, h);
        k.Alice.Handles.Quota = HandleTable.DefaultQuota;
        k.Machine.Faults.FailAllocation();
        Assert.Equal(NtStatus.STATUS_INSUFFICIENT_RESOURCES, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, out _));
    }

    [Fact]
    public void Thread_not_impersonating_has_no_token()
    {
        // OTT-01/02: STATUS_NO_TOKEN, output NULL (Windows 7 and later).
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_NO_TOKEN, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, true, out var h));
        Assert.Equal(NtHandle.Null, h);
    }

    [Fact]
    public void Anonymous_impersonation_cannot_be_opened()
    {
        // OTT-04: impersonating at SecurityAnonymous -> STATUS_CANT_OPEN_ANONYMOUS.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, SecurityImpersonationLevel.SecurityAnonymous);
        Assert.Equal(NtStatus.STATUS_CANT_OPEN_ANONYMOUS, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, true, out var h));
        Assert.Equal(NtHandle.Null, h);
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation)]
    public void Identification_and_impersonation_open_as_self(SecurityImpersonationLevel level)
    {
        // OTT-03/05: ImpersonateSelf then OpenThreadToken(OpenAsSelf TRUE) -> success.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, level);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, true, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, k.Alice.Handles.Lookup(h, out var entry));
        Assert.Same(k.AliceCall.Thread.Impersonation!.Token, entry!.Object);
        // OTT-03: the handle stays valid after the thread reverts.
        k.AliceCall.Thread.Impersonation = null;
        Assert.Equal(NtStatus.STATUS_SUCCESS, k.Alice.Handles.Lookup(h, out _));
    }

    [Fact]
    public void Identification_level_cannot_open_as_itself()
    {
        // OTT-12; DESIGN.md Fidelity: OpenAsSelf FALSE at Identification -> STATUS_BAD_IMPERSONATION_LEVEL.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, false, out var h));
        Assert.Equal(NtHandle.Null, h);
        KernelFixture.ImpersonateSelf(k.AliceCall.Thread, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, false, out _));
    }

    [Fact]
    public void Open_as_self_checks_with_the_process_token()
    {
        // NtOpenThreadToken page, OpenAsSelf: the check runs in the process's context. alice impersonates
        // NetworkService's token: opening it as itself passes (its DACL grants NetworkService) while as
        // self (alice) it is denied.
        var k = new KernelFixture();
        var serviceToken = k.Service.PrimaryToken.State;
        var copy = NtSec.Tokens.Operations.TokenDuplicator.Duplicate(serviceToken, TokenType.TokenImpersonation,
            SecurityImpersonationLevel.SecurityImpersonation, false, new NtSec.Tokens.Operations.LuidAllocator()).Value!;
        k.AliceCall.Thread.Impersonation = new ImpersonationState(Machine.NewTokenObject(copy), SecurityImpersonationLevel.SecurityImpersonation, false, false);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, false, out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentThread, TokenQuery, true, out _));
    }

    [Fact]
    public void Thread_handle_rules()
    {
        // NtOpenThreadToken page: STATUS_INVALID_HANDLE (OTT-08), STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED without THREAD_QUERY_INFORMATION.
        var k = new KernelFixture();
        KernelFixture.ImpersonateSelf(k.AliceWorker, SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenOpening.NtOpenThreadToken(k.AliceCall, new NtHandle(0xdead0), TokenQuery, true, out var h));
        Assert.Equal(NtHandle.Null, h);
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, TokenOpening.NtOpenThreadToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, true, out _));
        var sync = KernelFixture.HandleTo(k.AliceCall, k.AliceWorker, Synchronize);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenOpening.NtOpenThreadToken(k.AliceCall, sync, TokenQuery, true, out _));
        var query = KernelFixture.HandleTo(k.AliceCall, k.AliceWorker, ThreadQueryInformation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenThreadToken(k.AliceCall, query, TokenQuery | TokenDuplicate, true, out _));
    }

    [Fact]
    public void Pseudo_token_handles()
    {
        // OTT-10/11: -6 is the effective token, -4 the process token; -5 without impersonation -> STATUS_NO_TOKEN.
        var k = new KernelFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.ReferenceByHandle(k.AliceCall, NtHandle.CurrentThreadEffectiveToken, TokenQuery,
            NtSec.AccessControl.Rights.ObjectTypeKind.Token, out var effective, out _));
        Assert.Same(k.Alice.PrimaryToken, effective);
        Assert.Equal(NtStatus.STATUS_NO_TOKEN, ObjectManager.ReferenceByHandle(k.AliceCall, NtHandle.CurrentThreadToken, TokenQuery,
            NtSec.AccessControl.Rights.ObjectTypeKind.Token, out _, out _));
        // Pseudo token handles are for query only.
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, ObjectManager.ReferenceByHandle(k.AliceCall, NtHandle.CurrentProcessToken, TokenDuplicate,
            NtSec.AccessControl.Rights.ObjectTypeKind.Token, out _, out _));
    }

    [Fact]
    public void Close_releases_handles_and_rejects_bad_ones()
    {
        var k = new KernelFixture();
        int before = k.Alice.Handles.Count;
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, out var h));
        Assert.Equal(before + 1, k.Alice.Handles.Count);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.AliceCall, h));
        Assert.Equal(before, k.Alice.Handles.Count);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectHandles.NtClose(k.AliceCall, h));
        // A closed value is reused first (Windows' LIFO free list).
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(k.AliceCall, NtHandle.CurrentProcess, TokenQuery, out var again));
        Assert.Equal(h, again);
    }
}
