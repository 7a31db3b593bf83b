namespace NtSec.Cli.Scenarios;

/// <summary>The `machine` of a scenario.</summary>
internal enum MachineKind
{
    /// <summary>StandardMachine.Create(): System, LocalServiceHost, NetworkServiceHost.</summary>
    Standard,

    /// <summary>Only the System process.</summary>
    Empty,
}
