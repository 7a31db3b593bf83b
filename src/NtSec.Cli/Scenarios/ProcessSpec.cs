using System.Collections.Immutable;
using NtSec.Tokens;

namespace NtSec.Cli.Scenarios;

/// <summary>A `processes` entry.</summary>
/// <param name="Mark">Where the entry starts.</param>
/// <param name="Name">The process name (`as: name`).</param>
/// <param name="Account">A standard-machine account, or null when <paramref name="Token"/> is given.</param>
/// <param name="Token">A token from token JSON or a preset, or null when <paramref name="Account"/> is given.</param>
/// <param name="Elevated">For the admin account: the full (elevated) token rather than the filtered one.</param>
/// <param name="Threads">Threads besides "main", with their positions.</param>
/// <param name="HandleQuota">The most handles the process's table may hold, or null for the default.</param>
internal sealed record ProcessSpec(SourceMark Mark, string Name, string? Account, TokenState? Token, bool Elevated,
    ImmutableArray<(string Name, SourceMark Mark)> Threads, int? HandleQuota);
