using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Kernel.TokenInformation;

/// <summary>
/// A standard machine with alice's process, admin's filtered (Limited) and elevated (Full) processes,
/// and helpers to open token handles and query them.
/// </summary>
internal sealed class TokenInfoFixture
{
    public const uint TokenQuery = 0x8, TokenQuerySource = 0x10, TokenDuplicate = 0x2, TokenAdjustDefault = 0x80,
        TokenAdjustSessionId = 0x100, TokenAllAccess = 0xF01FF, TokenRead = 0x20008;

    public TokenInfoFixture()
    {
        Machine = StandardMachine.Create();
        Alice = StandardMachine.CreateProcess(Machine, "alice-app", "alice");
        AdminLimited = StandardMachine.CreateProcess(Machine, "admin-app", "admin");
        AdminFull = StandardMachine.CreateProcess(Machine, "admin-elevated", "admin", elevated: true);
    }

    public Machine Machine { get; }

    public ProcessObject Alice { get; }

    public ProcessObject AdminLimited { get; }

    public ProcessObject AdminFull { get; }

    public KernelCall AliceCall => new(Alice.FindThread("main")!);

    public KernelCall AdminLimitedCall => new(AdminLimited.FindThread("main")!);

    public KernelCall AdminFullCall => new(AdminFull.FindThread("main")!);

    public KernelCall SystemCall => new(Machine.SystemProcess.FindThread("main")!);

    public KernelCall ServiceCall => new(Machine.FindProcess("NetworkServiceHost")!.FindThread("main")!);

    /// <summary>A process running as <paramref name="token"/> (a custom token, e.g. one holding SeCreateTokenPrivilege).</summary>
    public KernelCall CallAs(string name, TokenState token) => new(Machine.CreateProcess(name, token).FindThread("main")!);

    /// <summary>OpenProcessToken(GetCurrentProcess(), access).</summary>
    public static NtHandle OpenOwnToken(KernelCall call, uint access)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, access, out var handle));
        return handle;
    }

    /// <summary>A handle in the caller's table to <paramref name="obj"/> with exactly <paramref name="access"/>.</summary>
    public static NtHandle HandleTo(KernelCall call, KernelObject obj, uint access)
    {
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(call, obj, access, ObjectAttributeFlags.None, out var handle));
        return handle;
    }

    /// <summary>A new token object holding <paramref name="state"/> (not any process's primary token) and a handle to it.</summary>
    public static (TokenObject Token, NtHandle Handle) NewToken(KernelCall call, TokenState state, uint access = TokenAllAccess)
    {
        var token = Machine.NewTokenObject(state);
        return (token, HandleTo(call, token, access));
    }

    /// <summary>A copy of <paramref name="state"/> of the given type and level (DuplicateTokenEx).</summary>
    public static TokenState Duplicate(TokenState state, TokenType type, SecurityImpersonationLevel level)
    {
        var copy = TokenDuplicator.Duplicate(state, type, level, false, new LuidAllocator());
        Assert.Equal(NtStatus.STATUS_SUCCESS, copy.Status);
        return copy.Value!;
    }

    /// <summary>The two-call pattern: ask with 0 bytes for the size, then query with exactly that size.</summary>
    public static T Query<T>(KernelCall call, NtHandle handle, TokenInformationClass informationClass)
        where T : NtSec.Kernel.Native.TokenInformation
    {
        var status = TokenInformationRoutines.NtQueryInformationToken(call, handle, informationClass, 0, out var none, out int needed);
        Assert.Null(none);
        Assert.True(status is NtStatus.STATUS_BUFFER_TOO_SMALL or NtStatus.STATUS_INFO_LENGTH_MISMATCH, $"sizing query gave {status}");
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            TokenInformationRoutines.NtQueryInformationToken(call, handle, informationClass, needed, out var info, out int returned));
        Assert.Equal(needed, returned);
        Assert.Equal(needed, info!.Length);
        return Assert.IsType<T>(info);
    }

    public static Sid Label(IntegrityLevel level) => level.ToSid();
}
