using NtSec.AccessControl.Sddl;

namespace NtSec.AccessControl.Conditional;

/// <summary>Temporary stand-in until the conditional-ACE codec lands.</summary>
public static class ResourceAttributeSddl
{
    /// <summary>Stand-in.</summary>
    public static bool TryParse(string text, int start, SddlContext context, out byte[] applicationData, out int end, out ParseError error)
    {
        applicationData = [];
        end = start;
        error = new ParseError(start, "not implemented yet");
        return false;
    }

    /// <summary>Stand-in.</summary>
    public static bool TryFormat(ReadOnlySpan<byte> applicationData, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        sddl = null;
        error = "not implemented yet";
        return false;
    }
}
