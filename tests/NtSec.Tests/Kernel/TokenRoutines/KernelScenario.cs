using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Tests.Kernel.TokenRoutines;

/// <summary>A standard machine with one process for an account, calling from its main thread in user mode.</summary>
internal sealed class KernelScenario
{
    public const uint TokenQuery = (uint)TokenAccessRights.TOKEN_QUERY;
    public const uint TokenDuplicate = (uint)TokenAccessRights.TOKEN_DUPLICATE;
    public const uint TokenImpersonate = (uint)TokenAccessRights.TOKEN_IMPERSONATE;
    public const uint TokenAllAccess = (uint)TokenAccessRights.TOKEN_ALL_ACCESS;
    public const uint TokenAdjustPrivileges = (uint)TokenAccessRights.TOKEN_ADJUST_PRIVILEGES;
    public const uint TokenAdjustGroups = (uint)TokenAccessRights.TOKEN_ADJUST_GROUPS;

    private KernelScenario(Machine machine, ProcessObject process)
    {
        Machine = machine;
        Process = process;
        Call = new KernelCall(process.FindThread("main")!);
    }

    public Machine Machine { get; }

    public ProcessObject Process { get; }

    public KernelCall Call { get; }

    /// <summary>A process of <paramref name="account"/> (alice, admin, ...) on a fresh standard machine.</summary>
    public static KernelScenario For(string account = "alice", bool elevated = false)
    {
        var machine = StandardMachine.Create();
        return new KernelScenario(machine, StandardMachine.CreateProcess(machine, "app", account, elevated));
    }

    /// <summary>The System process's main thread on a fresh standard machine.</summary>
    public static KernelScenario AsSystem()
    {
        var machine = StandardMachine.Create();
        return new KernelScenario(machine, machine.SystemProcess);
    }

    /// <summary>The caller in another thread of the same process (created on first use).</summary>
    public KernelCall OtherThread(string name = "worker") =>
        new(Process.FindThread(name) ?? Machine.CreateThread(Process, name));

    /// <summary>NtOpenProcessToken(NtCurrentProcess(), <paramref name="access"/>).</summary>
    public NtHandle OpenProcessToken(uint access = TokenAllAccess)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(Call, NtHandle.CurrentProcess, access, out var handle));
        return handle;
    }

    /// <summary>NtDuplicateToken of the process token (opened TOKEN_QUERY|TOKEN_DUPLICATE) as an impersonation token.</summary>
    public NtHandle Impersonation(SecurityImpersonationLevel level, uint access = TokenQuery | TokenDuplicate | TokenImpersonate)
    {
        var process = OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(Call, process, access,
            new ObjectAttributes(SecurityQualityOfService: new SecurityQualityOfService(level)), false, TokenType.TokenImpersonation, out var handle));
        return handle;
    }

    /// <summary>The handle-table entry of <paramref name="handle"/> in the calling process.</summary>
    public HandleEntry Entry(NtHandle handle)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, Process.Handles.Lookup(handle, out var entry));
        return entry!;
    }

    /// <summary>The token object behind <paramref name="handle"/>.</summary>
    public TokenObject Token(NtHandle handle) => Assert.IsType<TokenObject>(Entry(handle).Object);

    /// <summary>A handle to <paramref name="obj"/> with exactly <paramref name="access"/>, as if opened with it.</summary>
    public NtHandle HandleTo(KernelObject obj, uint access)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(Call, obj, access, ObjectAttributeFlags.None, out var handle));
        return handle;
    }
}
