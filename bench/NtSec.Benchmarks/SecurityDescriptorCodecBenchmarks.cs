using BenchmarkDotNet.Attributes;
using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Benchmarks;

/// <summary>Issue 2 targets: 5-ACE SDDL parse under 1 µs, binary read under 300 ns.</summary>
[MemoryDiagnoser]
public class SecurityDescriptorCodecBenchmarks
{
    private static readonly SddlContext Context = new(Sid.Parse("S-1-5-21-1-2-3"));

    private string _sddl = "";
    private byte[] _bytes = [];
    private SecurityDescriptor _sd = null!;

    /// <summary>Number of ACEs in the DACL.</summary>
    [Params(5, 100)]
    public int Aces { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The 5-ACE descriptor is Samba's benchmark descriptor (research/samba-msdtyp.md 4.3); 100 ACEs repeat a user-SID pattern.
        _sddl = Aces == 5
            ? "O:BAG:SYD:(D;;WD;;;BG)(A;;0x1200a9;;;BU)(A;OICI;FA;;;BA)(A;;FA;;;SY)(A;;GR;;;AU)"
            : "O:BAG:SYD:" + string.Concat(Enumerable.Range(0, Aces).Select(i => $"(A;OICI;0x1200a9;;;S-1-5-21-1-2-3-{1000 + i})"));
        _sd = SecurityDescriptor.ParseSddl(_sddl, Context);
        _bytes = _sd.ToBytes();
    }

    [Benchmark]
    public SecurityDescriptor ParseSddl() => SecurityDescriptor.ParseSddl(_sddl, Context);

    [Benchmark]
    public string FormatSddl() => _sd.ToSddl(Context);

    [Benchmark]
    public SecurityDescriptor ReadBinary() => SecurityDescriptor.Read(_bytes);

    [Benchmark]
    public byte[] WriteBinary() => _sd.ToBytes();
}
