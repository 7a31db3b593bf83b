namespace NtSec.Cli;

/// <summary>Command arguments that may name a file: "@path" reads the file (trimmed), anything else is literal.</summary>
internal static class InputText
{
    public static bool TryResolve(string argument, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (!argument.StartsWith('@'))
        {
            text = argument;
            return true;
        }

        string path = argument[1..];
        if (!File.Exists(path))
        {
            text = null;
            error = $"input file '{path}' does not exist";
            return false;
        }

        text = File.ReadAllText(path).Trim();
        return true;
    }
}
