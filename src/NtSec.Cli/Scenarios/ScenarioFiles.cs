namespace NtSec.Cli.Scenarios;

/// <summary>The files `ntsec run` takes: files as given, and every .yaml/.yml under a directory, sorted.</summary>
internal static class ScenarioFiles
{
    /// <summary>The scenario files of <paramref name="arguments"/>, or an error for a path that does not exist.</summary>
    public static bool TryExpand(IEnumerable<string> arguments, out List<string> files, [NotNullWhen(false)] out string? error)
    {
        files = [];
        error = null;
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    error = $"{argument}: the directory has no .yaml or .yml files";
                    return false;
                }

                files.AddRange(found);
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                error = $"{argument}: no such file or directory";
                return false;
            }
        }

        return true;
    }
}
