namespace NtSec.Cli;

/// <summary>Exit codes of shared/CONTRACT.md.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The command ran and something it checked failed.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or unparseable input.</summary>
    public const int BadInput = 2;
}
