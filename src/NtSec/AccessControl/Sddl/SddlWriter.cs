namespace NtSec.AccessControl.Sddl;

internal static class SddlWriter
{
    public static bool TryWrite(SecurityDescriptor sd, SddlContext context, [NotNullWhen(true)] out string? sddl, out string? error)
    {
        sddl = null;
        error = "SDDL writing is being written";
        return false;
    }
}
