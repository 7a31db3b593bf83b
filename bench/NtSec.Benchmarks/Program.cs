using System.Globalization;
using BenchmarkDotNet.Running;
using NtSec.Benchmarks;

if (args.Length >= 2 && args[0] == "make-batch")
{
    BatchInputGenerator.Write(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SecurityDescriptorCodecBenchmarks).Assembly).Run(args);
