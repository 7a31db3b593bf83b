using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Win32;

namespace NtSec.Tests.Win32;

/// <summary>
/// A standard machine with processes for alice (standard user), admin (UAC-filtered and elevated) and the
/// NetworkService host, calling the Win32 functions from their main threads in user mode.
/// </summary>
internal sealed class Win32Fixture
{
    public const uint TokenQuery = (uint)TokenAccessRights.TOKEN_QUERY;
    public const uint TokenDuplicate = (uint)TokenAccessRights.TOKEN_DUPLICATE;
    public const uint TokenImpersonate = (uint)TokenAccessRights.TOKEN_IMPERSONATE;
    public const uint TokenAssignPrimary = (uint)TokenAccessRights.TOKEN_ASSIGN_PRIMARY;
    public const uint TokenAdjustPrivileges = (uint)TokenAccessRights.TOKEN_ADJUST_PRIVILEGES;
    public const uint TokenAdjustGroups = (uint)TokenAccessRights.TOKEN_ADJUST_GROUPS;
    public const uint TokenAdjustDefault = (uint)TokenAccessRights.TOKEN_ADJUST_DEFAULT;
    public const uint TokenAllAccess = (uint)TokenAccessRights.TOKEN_ALL_ACCESS;

    /// <summary>A value no function writes, to see that the last error was left alone.</summary>
    public const uint Sentinel = 0xDEADBEEF;

    public Win32Fixture()
    {
        Machine = StandardMachine.Create();
        Alice = StandardMachine.CreateProcess(Machine, "alice-app", "alice");
        AdminFiltered = StandardMachine.CreateProcess(Machine, "admin-app", "admin");
        AdminElevated = StandardMachine.CreateProcess(Machine, "admin-elevated", "admin", elevated: true);
        Service = Machine.FindProcess("NetworkServiceHost")!;
    }

    public Machine Machine { get; }

    public ProcessObject Alice { get; }

    public ProcessObject AdminFiltered { get; }

    public ProcessObject AdminElevated { get; }

    public ProcessObject Service { get; }

    public KernelCall AliceCall => MainThread(Alice);

    public KernelCall AdminCall => MainThread(AdminFiltered);

    public KernelCall ElevatedCall => MainThread(AdminElevated);

    public KernelCall ServiceCall => MainThread(Service);

    public static KernelCall MainThread(ProcessObject process) => new(process.FindThread("main")!);

    /// <summary>The caller in another thread of <paramref name="process"/> (created on first use).</summary>
    public KernelCall Worker(ProcessObject process, string name = "worker") =>
        new(process.FindThread(name) ?? Machine.CreateThread(process, name));

    /// <summary>Sets the calling thread's last error to <see cref="Sentinel"/>.</summary>
    public static void Poison(KernelCall call) => call.Thread.LastError = Sentinel;

    /// <summary>The calling thread's last error.</summary>
    public static Win32Error LastError(KernelCall call) => (Win32Error)call.Thread.LastError;

    /// <summary>OpenProcessToken(GetCurrentProcess(), <paramref name="access"/>), asserted to succeed.</summary>
    public static NtHandle ProcessToken(KernelCall call, uint access = TokenAllAccess)
    {
        Assert.True(Advapi32Tokens.OpenProcessToken(call, NtHandle.CurrentProcess, access, out var handle));
        return handle;
    }

    /// <summary>DuplicateTokenEx of the process token to an impersonation token at <paramref name="level"/>.</summary>
    public static NtHandle Impersonation(KernelCall call, SecurityImpersonationLevel level, uint access = TokenAllAccess)
    {
        var process = ProcessToken(call, TokenQuery | TokenDuplicate);
        Assert.True(Advapi32Tokens.DuplicateTokenEx(call, process, access, null, level, TokenType.TokenImpersonation, out var handle));
        Assert.True(Kernel32Handles.CloseHandle(call, process));
        return handle;
    }

    /// <summary>The token object behind a handle of the calling process.</summary>
    public static TokenObject TokenObject(KernelCall call, NtHandle handle)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(handle, out var entry));
        return Assert.IsType<TokenObject>(entry!.Object);
    }

    /// <summary>The access granted to a handle of the calling process.</summary>
    public static uint GrantedAccess(KernelCall call, NtHandle handle)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(handle, out var entry));
        return entry!.GrantedAccess;
    }
}
