using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Benchmarks;

/// <summary>Issue 4: NtOpenProcessToken + NtClose, and NtAccessCheck through a token handle.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private readonly StrongBox<PrivilegeSet> _privileges = new(new PrivilegeSet(0, []));
    private readonly StrongBox<uint> _privilegesLength = new(20);
    private KernelCall _call;
    private NtHandle _impersonationToken;
    private SecurityDescriptor _sd = null!;

    [GlobalSetup]
    public void Setup()
    {
        var machine = StandardMachine.Create();
        var process = StandardMachine.CreateProcess(machine, "bench", "alice");
        _call = new KernelCall(process.FindThread("main")!);
        TokenOpening.NtOpenProcessToken(_call, NtHandle.CurrentProcess, 0x2 | 0x8, out var primary);
        TokenCopying.NtDuplicateToken(_call, primary, 0x8, new ObjectAttributes(SecurityQualityOfService: new SecurityQualityOfService(SecurityImpersonationLevel.SecurityImpersonation)),
            false, TokenType.TokenImpersonation, out _impersonationToken);
        _sd = SecurityDescriptor.ParseSddl("O:BAG:SYD:(A;;FA;;;SY)(A;;FA;;;BA)(A;;0x1200a9;;;BU)(D;;WD;;;BG)(A;;FA;;;CO)");
    }

    [Benchmark]
    public NtStatus AccessCheckThroughHandle()
    {
        uint granted = 0;
        var accessStatus = NtStatus.STATUS_SUCCESS;
        _privilegesLength.Value = 20;
        return AccessChecking.NtAccessCheck(_call, _sd, _impersonationToken, 0x120089, GenericMapping.File, _privileges, _privilegesLength,
            ref granted, ref accessStatus);
    }

    [Benchmark]
    public NtSec.Status.NtStatus OpenProcessTokenAndClose()
    {
        TokenOpening.NtOpenProcessToken(_call, NtHandle.CurrentProcess, 0x8, out var handle);
        return ObjectHandles.NtClose(_call, handle);
    }
}
