namespace NtSec.AccessControl.Binary;

internal static class SecurityDescriptorWriter
{
    public static byte[] Write(SecurityDescriptor sd) => new byte[SecurityDescriptor.HeaderLength];
}
