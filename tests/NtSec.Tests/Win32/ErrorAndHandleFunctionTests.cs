using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class ErrorAndHandleFunctionTests
{
    private const uint EventModifyState = 0x0002;
    private const uint Synchronize = 0x0010_0000;

    [Fact]
    public void SetLastError_and_GetLastError_are_per_thread()
    {
        // errhandlingapi.h: the last-error code is kept per thread.
        var f = new Win32Fixture();
        var worker = f.Worker(f.Alice);
        Kernel32Errors.SetLastError(f.AliceCall, Win32Error.ERROR_ACCESS_DENIED);
        Kernel32Errors.SetLastError(worker, Win32Error.ERROR_NO_TOKEN);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, Kernel32Errors.GetLastError(f.AliceCall));
        Assert.Equal(Win32Error.ERROR_NO_TOKEN, Kernel32Errors.GetLastError(worker));
    }

    [Fact]
    public void RtlNtStatusToDosError_translates_without_touching_the_last_error()
    {
        // wine.md Appendix A; RtlNtStatusToDosError page.
        var f = new Win32Fixture();
        Poison(f.AliceCall);
        Assert.Equal(Win32Error.ERROR_BAD_LENGTH, NtdllErrors.RtlNtStatusToDosError(f.AliceCall, NtStatus.STATUS_INFO_LENGTH_MISMATCH));
        Assert.Equal(Win32Error.ERROR_NOT_ALL_ASSIGNED, NtdllErrors.RtlNtStatusToDosError(f.AliceCall, NtStatus.STATUS_NOT_ALL_ASSIGNED));
        Assert.Equal(Sentinel, f.AliceCall.Thread.LastError);
    }

    [Fact]
    public void A_kernel_mode_call_is_a_programming_error()
    {
        // DESIGN.md "Error model" 1: Win32 functions are user-mode code.
        var f = new Win32Fixture();
        Assert.Throws<ArgumentException>(() => Kernel32Errors.GetLastError(f.AliceCall.AsKernel()));
        Assert.Throws<ArgumentException>(() => Advapi32Tokens.OpenProcessToken(f.AliceCall.AsKernel(), NtHandle.CurrentProcess, TokenQuery, out _));
    }

    [Fact]
    public void The_pseudo_handle_functions_return_the_documented_values()
    {
        // GetCurrentProcess -1, GetCurrentThread -2, GetCurrentProcessToken -4, GetCurrentThreadToken -5,
        // GetCurrentThreadEffectiveToken -6 (wine.md Appendix B).
        var call = new Win32Fixture().AliceCall;
        Assert.Equal(-1, Kernel32Handles.GetCurrentProcess(call).Value);
        Assert.Equal(-2, Kernel32Handles.GetCurrentThread(call).Value);
        Assert.Equal(-4, Advapi32Tokens.GetCurrentProcessToken(call).Value);
        Assert.Equal(-5, Advapi32Tokens.GetCurrentThreadToken(call).Value);
        Assert.Equal(-6, Advapi32Tokens.GetCurrentThreadEffectiveToken(call).Value);
    }

    [Fact]
    public void CloseHandle_of_an_unknown_or_closed_handle_is_ERROR_INVALID_HANDLE()
    {
        // CloseHandle page: "If the function fails ... ERROR_INVALID_HANDLE" for an invalid handle.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var token = ProcessToken(call);
        Assert.True(Kernel32Handles.CloseHandle(call, token));
        Assert.False(Kernel32Handles.CloseHandle(call, token));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.False(Kernel32Handles.CloseHandle(call, new NtHandle(0x1234)));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void CloseHandle_of_a_pseudo_handle_succeeds_and_leaves_the_last_error()
    {
        // CloseHandle(GetCurrentProcess()) is a no-op that succeeds.
        var call = new Win32Fixture().AliceCall;
        Poison(call);
        Assert.True(Kernel32Handles.CloseHandle(call, NtHandle.CurrentProcess));
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void DuplicateHandle_with_a_bad_source_handle_is_ERROR_INVALID_HANDLE_and_a_NULL_target()
    {
        // DuplicateHandle page; NtDuplicateObject writes NULL on failure.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Kernel32Handles.DuplicateHandle(call, NtHandle.CurrentProcess, new NtHandle(0x4444), NtHandle.CurrentProcess, out var target,
            0, false, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.True(target.IsNull);
    }

    [Fact]
    public void DuplicateHandle_with_a_token_as_the_process_handle_is_ERROR_INVALID_HANDLE()
    {
        // A handle of the wrong type: STATUS_OBJECT_TYPE_MISMATCH reads as ERROR_INVALID_HANDLE (Appendix A mapping).
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call);
        Assert.False(Kernel32Handles.DuplicateHandle(call, token, token, NtHandle.CurrentProcess, out _, 0, false, DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void DuplicateHandle_asking_for_more_than_the_object_grants_is_ERROR_ACCESS_DENIED()
    {
        // HDL-02 [W]: access beyond the source handle is re-checked against the caller's (impersonation) token;
        // here the event grants alice only SYNCHRONIZE.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var sd = NtSec.AccessControl.SecurityDescriptor.ParseSddl("D:(A;;0x100000;;;WD)(A;;0x1f0003;;;SY)");
        var ev = Kernel32Events.CreateEventW(f.ServiceCall, new SecurityAttributes(sd), true, false, "Global\\dup-test");
        Assert.False(ev.IsNull);
        var sync = Kernel32Events.OpenEventW(call, Synchronize, false, "Global\\dup-test");
        Assert.False(sync.IsNull);
        Assert.False(Kernel32Handles.DuplicateHandle(call, NtHandle.CurrentProcess, sync, NtHandle.CurrentProcess, out var denied, EventModifyState,
            false, DuplicateOptions.None));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(denied.IsNull);
        Assert.True(Kernel32Handles.DuplicateHandle(call, NtHandle.CurrentProcess, sync, NtHandle.CurrentProcess, out var same, 0, true,
            DuplicateOptions.DUPLICATE_SAME_ACCESS));
        Assert.Equal(Synchronize, GrantedAccess(call, same));
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(same, out var entry));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, entry!.Attributes & ObjectAttributeFlags.OBJ_INHERIT);
    }
}
