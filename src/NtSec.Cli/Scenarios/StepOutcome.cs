namespace NtSec.Cli.Scenarios;

/// <summary>What one step did.</summary>
/// <param name="Step">The step.</param>
/// <param name="Caller">The calling thread ("client/main"), or null for a routine without a caller.</param>
/// <param name="Arguments">The arguments given.</param>
/// <param name="Result">The return value formatted, or null for void.</param>
/// <param name="Outputs">The output parameters.</param>
/// <param name="LastError">The calling thread's last error after the call (Win32 functions, or when expected), or null.</param>
/// <param name="Failures">The expectations that did not hold.</param>
internal sealed record StepOutcome(StepSpec Step, string? Caller, IReadOnlyList<NamedValue> Arguments, string? Result,
    IReadOnlyList<NamedValue> Outputs, string? LastError, IReadOnlyList<ExpectationFailure> Failures)
{
    /// <summary>True when the step has expectations.</summary>
    public bool Checked => Step.Expect.Count > 0;

    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
