namespace NtSec.Cli.Scenarios;

/// <summary>What running one file did: its steps, and the error that stopped it if it was malformed.</summary>
/// <param name="File">The file as given.</param>
/// <param name="Name">The scenario name, or null when the file did not load.</param>
/// <param name="Steps">The steps that ran.</param>
/// <param name="Error">The malformed-input error, or null.</param>
internal sealed record ScenarioOutcome(string File, string? Name, IReadOnlyList<StepOutcome> Steps, ScenarioException? Error)
{
    /// <summary>Checked steps whose expectations all held.</summary>
    public int Passed => Steps.Count(s => s.Checked && s.Passed);

    /// <summary>Steps with an expectation that did not hold.</summary>
    public int Failed => Steps.Count(s => !s.Passed);
}
