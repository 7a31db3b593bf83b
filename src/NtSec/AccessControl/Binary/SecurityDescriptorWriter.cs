using System.Buffers.Binary;

namespace NtSec.AccessControl.Binary;

/// <summary>
/// Writes SECURITY_DESCRIPTOR_RELATIVE in the layout Windows' RtlMakeSelfRelativeSD and SDDL
/// conversion produce (observed in every Samba/Windows vector): header, SACL, DACL, owner, group.
/// </summary>
internal static class SecurityDescriptorWriter
{
    public static byte[] Write(SecurityDescriptor sd)
    {
        var bytes = new byte[sd.BinaryLength];
        var span = bytes.AsSpan();
        span[0] = SecurityDescriptor.CurrentRevision;
        span[1] = sd.ResourceManagerControl;
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)sd.Control);
        int pos = SecurityDescriptor.HeaderLength;
        if (sd.SaclPresent && sd.Sacl is { } sacl)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[12..], pos);
            pos += AclWriter.Write(sacl, span[pos..]);
        }

        if (sd.DaclPresent && sd.Dacl is { } dacl)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[16..], pos);
            pos += AclWriter.Write(dacl, span[pos..]);
        }

        if (sd.Owner is { } owner)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], pos);
            owner.TryWrite(span[pos..], out int n);
            pos += n;
        }

        if (sd.Group is { } group)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[8..], pos);
            group.TryWrite(span[pos..], out _);
        }

        return bytes;
    }
}
