namespace NtSec.Cli.Scenarios;

/// <summary>One expectation that did not hold.</summary>
/// <param name="Field">What was checked: status, result, lastError, an output parameter, or a path into one (TokenInformation.Groups).</param>
/// <param name="Expected">The expected value as the scenario wrote it.</param>
/// <param name="Actual">The actual value as the report prints it.</param>
internal sealed record ExpectationFailure(string Field, string Expected, string Actual);
