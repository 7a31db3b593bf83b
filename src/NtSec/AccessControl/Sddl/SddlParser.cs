namespace NtSec.AccessControl.Sddl;

internal static class SddlParser
{
    public static bool TryParse(string text, SddlContext context, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error)
    {
        descriptor = null;
        error = new ParseError(0, "SDDL parsing is being written");
        return false;
    }
}
