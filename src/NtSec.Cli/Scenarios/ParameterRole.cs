namespace NtSec.Cli.Scenarios;

/// <summary>How the runner fills a routine's parameter.</summary>
internal enum ParameterRole
{
    /// <summary>The KernelCall: built from the step's `as` and `mode`.</summary>
    Call,

    /// <summary>A Machine: the scenario's machine.</summary>
    Machine,

    /// <summary>An input from `args`.</summary>
    Input,

    /// <summary>An `out` parameter: read after the call.</summary>
    Output,

    /// <summary>
    /// A caller's buffer the routine writes (a <c>ref</c> parameter, a StrongBox or an array): an optional input
    /// from `args`, read after the call.
    /// </summary>
    InOut,
}
