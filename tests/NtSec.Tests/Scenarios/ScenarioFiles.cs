using NtSec.Tests.Cli;

namespace NtSec.Tests.Scenarios;

/// <summary>Scenario text in temporary files, run through `ntsec run`; and the repository's examples folder.</summary>
internal static class ScenarioFiles
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NtSec.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (NtSec.slnx) not found above " + AppContext.BaseDirectory);
    });

    /// <summary>examples/scenarios.</summary>
    public static string Examples => Path.Combine(RepositoryRoot.Value, "examples", "scenarios");

    /// <summary>Writes <paramref name="yaml"/> to a temporary .yaml file, runs `ntsec run` on it (with extra args), deletes it.</summary>
    public static (int Exit, string Out, string Err, string File) Run(string yaml, params string[] extra)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ntsec-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, "scenario.yaml");
        try
        {
            File.WriteAllText(file, yaml);
            var (exit, output, error) = CliRunner.Run(["run", .. extra, file]);
            return (exit, output, error, file);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
