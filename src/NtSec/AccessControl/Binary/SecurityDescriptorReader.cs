namespace NtSec.AccessControl.Binary;

internal static class SecurityDescriptorReader
{
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error)
    {
        descriptor = null;
        error = new ParseError(0, "binary reading is being written", true);
        return false;
    }
}
