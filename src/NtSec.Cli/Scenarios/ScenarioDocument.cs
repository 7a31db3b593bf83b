using System.Collections.Immutable;

namespace NtSec.Cli.Scenarios;

/// <summary>A loaded and checked scenario file.</summary>
/// <param name="File">The path as given.</param>
/// <param name="Name">The scenario's `name` (the file name when absent).</param>
/// <param name="Machine">standard or empty.</param>
/// <param name="Processes">The processes to create.</param>
/// <param name="Objects">The named objects to create.</param>
/// <param name="Steps">The steps, in order.</param>
internal sealed record ScenarioDocument(string File, string Name, MachineKind Machine, ImmutableArray<ProcessSpec> Processes,
    ImmutableArray<ObjectSpec> Objects, ImmutableArray<StepSpec> Steps);
