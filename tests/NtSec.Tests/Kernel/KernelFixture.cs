using NtSec.Kernel;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;

namespace NtSec.Tests.Kernel;

/// <summary>A standard machine with alice's and a service's processes, and helpers to set up situations.</summary>
internal sealed class KernelFixture
{
    public KernelFixture()
    {
        Machine = StandardMachine.Create();
        Alice = StandardMachine.CreateProcess(Machine, "alice-app", "alice");
        AliceWorker = Machine.CreateThread(Alice, "worker");
        Service = Machine.FindProcess("NetworkServiceHost")!;
    }

    public Machine Machine { get; }

    public ProcessObject Alice { get; }

    public ThreadObject AliceWorker { get; }

    public ProcessObject Service { get; }

    public KernelCall AliceCall => new(Alice.FindThread("main")!);

    public KernelCall ServiceCall => new(Service.FindThread("main")!);

    public KernelCall SystemCall => new(Machine.SystemProcess.FindThread("main")!);

    /// <summary>Makes <paramref name="thread"/> impersonate its own process token at <paramref name="level"/> (ImpersonateSelf).</summary>
    public static void ImpersonateSelf(ThreadObject thread, SecurityImpersonationLevel level)
    {
        var copy = TokenDuplicator.Duplicate(thread.Process.PrimaryToken.State, TokenType.TokenImpersonation, level, false, new LuidAllocator());
        thread.Impersonation = new ImpersonationState(Machine.NewTokenObject(copy.Value!), level, CopyOnOpen: false, EffectiveOnly: false);
    }

    /// <summary>A handle in the caller's table to <paramref name="obj"/> with exactly <paramref name="access"/>.</summary>
    public static NtHandle HandleTo(KernelCall call, KernelObject obj, uint access)
    {
        Assert.Equal(NtSec.Status.NtStatus.STATUS_SUCCESS, ObjectManager.CreateHandle(call, obj, access, ObjectAttributeFlags.None, out var handle));
        return handle;
    }

    public static TokenState Alice_State => TokenPresets.User;
}
