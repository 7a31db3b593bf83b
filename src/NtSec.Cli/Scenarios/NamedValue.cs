namespace NtSec.Cli.Scenarios;

/// <summary>An argument or output of a step as the report shows it.</summary>
/// <param name="Name">The documented parameter name.</param>
/// <param name="Value">The value, formatted.</param>
/// <param name="Variable">For an output bound with `out`, the variable; for an argument given as a variable, its name.</param>
internal sealed record NamedValue(string Name, string Value, string? Variable = null);
