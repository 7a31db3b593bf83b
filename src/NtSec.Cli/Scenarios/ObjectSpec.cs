using NtSec.AccessControl;

namespace NtSec.Cli.Scenarios;

/// <summary>An `objects` entry: a named object created before the steps run.</summary>
/// <param name="Mark">Where the entry starts.</param>
/// <param name="Name">The object name (\BaseNamedObjects\...).</param>
/// <param name="Type">The object type ("Event").</param>
/// <param name="Security">The explicit security descriptor, or null for the creator's default.</param>
internal sealed record ObjectSpec(SourceMark Mark, string Name, string Type, SecurityDescriptor? Security);
