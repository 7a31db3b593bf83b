using BenchmarkDotNet.Attributes;
using NtSec.Kernel;
using NtSec.Kernel.Native;

namespace NtSec.Benchmarks;

/// <summary>Issue 4: NtOpenProcessToken + NtClose through the object manager, with the open-time access check.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private KernelCall _call;

    [GlobalSetup]
    public void Setup()
    {
        var machine = StandardMachine.Create();
        var process = StandardMachine.CreateProcess(machine, "bench", "alice");
        _call = new KernelCall(process.FindThread("main")!);
    }

    [Benchmark]
    public NtSec.Status.NtStatus OpenProcessTokenAndClose()
    {
        TokenOpening.NtOpenProcessToken(_call, NtHandle.CurrentProcess, 0x8, out var handle);
        return ObjectHandles.NtClose(_call, handle);
    }
}
