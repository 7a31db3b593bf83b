namespace NtSec.Cli.Scenarios;

/// <summary>
/// A malformed scenario (YAML syntax, unknown call or parameter, a value that does not convert): what the
/// runner reports with the file, line and column and exit code 2. Never escapes the `run` command.
/// </summary>
internal sealed class ScenarioException : Exception
{
    public ScenarioException()
    {
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ScenarioException(SourceMark mark, string message)
        : base(message)
    {
        Mark = mark;
    }

    /// <summary>Where the problem is.</summary>
    public SourceMark Mark { get; }

    /// <summary>"file:line:column: message".</summary>
    public string Describe() => $"{Mark}: {Message}";
}
