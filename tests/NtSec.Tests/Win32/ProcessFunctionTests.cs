using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class ProcessFunctionTests
{
    private const uint ProcessQueryLimitedInformation = 0x1000;
    private const uint ProcessAllAccess = 0x001F_FFFF;
    private const uint ThreadAllAccess = 0x001F_FFFF;
    private const uint ThreadQueryLimitedInformation = 0x0800;

    [Fact]
    public void OpenProcess_of_an_unknown_id_is_ERROR_INVALID_PARAMETER()
    {
        // OpenProcess page; om.c test_process [W]: STATUS_INVALID_CID, which maps to ERROR_INVALID_PARAMETER; id 0 likewise.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Kernel32Processes.OpenProcess(call, ProcessQueryLimitedInformation, false, 0x7FF0).IsNull);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(Kernel32Processes.OpenProcess(call, ProcessQueryLimitedInformation, false, 0).IsNull);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void OpenProcess_of_its_own_process_and_of_a_service()
    {
        // OpenProcess page: the process's DACL decides; alice's own process grants her; the service's does not.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        Poison(call);
        var own = Kernel32Processes.OpenProcess(call, ProcessQueryLimitedInformation, true, f.Alice.ProcessId);
        Assert.False(own.IsNull);
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(own, out var entry));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, entry!.Attributes);
        Assert.True(Kernel32Processes.OpenProcess(call, ProcessQueryLimitedInformation, false, f.Service.ProcessId).IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void OpenThread_by_id()
    {
        // OpenThread page: unknown id ERROR_INVALID_PARAMETER; another user's thread ERROR_ACCESS_DENIED.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        Assert.False(Kernel32Processes.OpenThread(call, ThreadQueryLimitedInformation, false, f.Alice.FindThread("main")!.ThreadId).IsNull);
        Assert.True(Kernel32Processes.OpenThread(call, ThreadQueryLimitedInformation, false, 0x7FF0).IsNull);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(Kernel32Processes.OpenThread(call, ThreadQueryLimitedInformation, false, f.Service.FindThread("main")!.ThreadId).IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void CreateProcessAsUserW_with_its_own_token_needs_SeAssignPrimaryTokenPrivilege()
    {
        // CreateProcessAsUser page; research/users.md 4.12: a token that is not a restricted version of the caller's needs the
        // privilege; alice does not hold it.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call, TokenQuery | TokenDuplicate | TokenAssignPrimary);
        Assert.False(Kernel32Processes.CreateProcessAsUserW(call, token, "child.exe", null, null, null, false, 0, null, null, null, out var info));
        Assert.Equal(Win32Error.ERROR_PRIVILEGE_NOT_HELD, LastError(call));
        Assert.Null(info);
    }

    [Fact]
    public void CreateProcessAsUserW_with_a_restricted_version_of_its_own_token_needs_no_privilege()
    {
        // CreateProcessAsUser page: "If hToken is a restricted version of the caller's primary token, the
        // SE_ASSIGNPRIMARYTOKEN_NAME privilege is not required" (users.md 4.4); CRT-10 [W]: the child runs with the
        // restricted token, so OpenEvent(EVENT_MODIFY_STATE) through the deny-only LOCAL SID fails in it.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var sd = SecurityDescriptor.ParseSddl("D:(A;;0x100000;;;WD)(A;;0x2;;;S-1-2-0)(A;;0x1f0003;;;SY)");
        Assert.False(Kernel32Events.CreateEventW(call, new SecurityAttributes(sd), true, false, "test_dup").IsNull);
        var token = ProcessToken(call, TokenQuery | TokenDuplicate | TokenAssignPrimary);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, token, FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var restricted));
        Poison(call);
        Assert.True(Kernel32Processes.CreateProcessAsUserW(call, restricted, "child.exe", "child.exe -x", null, null, false, 0, null, null, null,
            out var info));
        Assert.Equal(Sentinel, call.Thread.LastError);
        var child = f.Machine.FindProcess("child.exe")!;
        Assert.Equal(child.ProcessId, info!.DwProcessId);
        Assert.Equal(child.FindThread("main")!.ThreadId, info.DwThreadId);
        Assert.Equal(ProcessAllAccess, GrantedAccess(call, info.HProcess));
        Assert.Equal(ThreadAllAccess, GrantedAccess(call, info.HThread));
        Assert.NotSame(TokenObject(call, restricted), child.PrimaryToken);
        Assert.Equal(TokenType.TokenPrimary, child.PrimaryToken.State.Type);

        var inChild = MainThread(child);
        Assert.True(Kernel32Events.OpenEventW(inChild, 0x0002, false, "test_dup").IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(inChild));
        Assert.False(Kernel32Events.OpenEventW(inChild, 0x0010_0000, false, "test_dup").IsNull);
    }

    [Fact]
    public void CreateProcessAsUserW_by_a_service_with_the_privilege_enabled()
    {
        // CreateProcessAsUser page: SE_ASSIGNPRIMARYTOKEN_NAME lets a service start a process as another user; it must be
        // enabled (NETWORK SERVICE holds it disabled by default).
        var f = new Win32Fixture();
        var service = f.ServiceCall;
        var aliceToken = TokenObject(f.AliceCall, ProcessToken(f.AliceCall));
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            ObjectManager.CreateHandle(service, aliceToken, TokenQuery | TokenDuplicate | TokenAssignPrimary, ObjectAttributeFlags.None, out var handle));
        Assert.False(Kernel32Processes.CreateProcessAsUserW(service, handle, "alice-child.exe", null, null, null, false, 0, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_PRIVILEGE_NOT_HELD, LastError(service));
        var own = ProcessToken(service, TokenAdjustPrivileges);
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(service, own, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED)],
            0, null, null));
        Assert.True(Kernel32Processes.CreateProcessAsUserW(service, handle, null, "\"alice-child.exe\" /arg", null,
            new SecurityAttributes(null, BInheritHandle: true), false, 0, null, null, null, out var info));
        Assert.Equal(TokenPresets.AliceSid, f.Machine.FindProcess("alice-child.exe")!.PrimaryToken.State.User.Sid);
        Assert.Equal(NtStatus.STATUS_SUCCESS, service.Process.Handles.Lookup(info!.HThread, out var entry));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, entry!.Attributes);
    }

    [Fact]
    public void CreateProcessAsUserW_token_errors()
    {
        // CreateProcessAsUser page: a primary token with TOKEN_QUERY, TOKEN_DUPLICATE and TOKEN_ASSIGN_PRIMARY; an impersonation
        // token must be converted with DuplicateTokenEx first (ERROR_BAD_TOKEN_TYPE); no image is ERROR_INVALID_PARAMETER.
        var call = new Win32Fixture().ElevatedCall;
        Assert.False(Kernel32Processes.CreateProcessAsUserW(call, ProcessToken(call, TokenQuery | TokenDuplicate), "x.exe", null, null, null, false, 0,
            null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Kernel32Processes.CreateProcessAsUserW(call, Impersonation(call, SecurityImpersonationLevel.SecurityImpersonation), "x.exe", null,
            null, null, false, 0, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_BAD_TOKEN_TYPE, LastError(call));
        Assert.False(Kernel32Processes.CreateProcessAsUserW(call, new NtHandle(0x1110), "x.exe", null, null, null, false, 0, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.False(Kernel32Processes.CreateProcessAsUserW(call, ProcessToken(call), null, "  ", null, null, false, 0, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void A_second_process_with_the_same_image_gets_a_distinct_name()
    {
        // The machine keys processes by name; a second child.exe is child.exe#2 (model decision).
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var token = ProcessToken(call, TokenQuery | TokenDuplicate | TokenAssignPrimary);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, token, FilterTokenFlags.None, null, null, null, out var restricted));
        Assert.True(Kernel32Processes.CreateProcessAsUserW(call, restricted, "child.exe", null, null, null, false, 0, null, null, null, out var first));
        Assert.True(Kernel32Processes.CreateProcessAsUserW(call, restricted, "child.exe", null, null, null, false, 0, null, null, null, out var second));
        Assert.NotEqual(first!.DwProcessId, second!.DwProcessId);
        Assert.NotNull(f.Machine.FindProcess("child.exe#2"));
    }

    [Fact]
    public void CreateProcessWithTokenW_needs_SeImpersonatePrivilege()
    {
        // CreateProcessWithTokenW page: "must have the SE_IMPERSONATE_NAME privilege. If this function fails with
        // ERROR_PRIVILEGE_NOT_HELD (1314) ..."; users.md 4.13: a service holds it and can start a process as a client.
        var f = new Win32Fixture();
        var alice = f.AliceCall;
        var own = ProcessToken(alice, TokenQuery | TokenDuplicate | TokenAssignPrimary);
        Assert.False(Advapi32Processes.CreateProcessWithTokenW(alice, own, 0, "cmd.exe", null, 0, null, null, null, out var info));
        Assert.Equal(Win32Error.ERROR_PRIVILEGE_NOT_HELD, LastError(alice));
        Assert.Null(info);

        var service = f.ServiceCall;
        var client = Impersonation(alice, SecurityImpersonationLevel.SecurityImpersonation, TokenQuery | TokenDuplicate | TokenAssignPrimary);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(service, TokenObject(alice, client),
            TokenQuery | TokenDuplicate | TokenAssignPrimary, ObjectAttributeFlags.None, out var handle));
        Assert.True(Advapi32Processes.CreateProcessWithTokenW(service, handle, 0, "cmd.exe", null, 0, null, null, null, out info));
        var process = f.Machine.FindProcess("cmd.exe")!;
        Assert.Equal(TokenPresets.AliceSid, process.PrimaryToken.State.User.Sid);
        Assert.Equal(TokenType.TokenPrimary, process.PrimaryToken.State.Type);
        Assert.Equal(process.ProcessId, info!.DwProcessId);
    }

    [Fact]
    public void CreateProcessWithTokenW_cannot_use_an_identification_token()
    {
        // research/users.md 4.3, 4.13: an Identification-level token cannot become a primary token (ERROR_BAD_IMPERSONATION_LEVEL).
        var call = new Win32Fixture().ServiceCall;
        var identification = Impersonation(call, SecurityImpersonationLevel.SecurityIdentification);
        Assert.False(Advapi32Processes.CreateProcessWithTokenW(call, identification, 0, "cmd.exe", null, 0, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
    }
}
