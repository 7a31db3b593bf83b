using System.Buffers.Binary;

namespace NtSec.AccessControl.Binary;

/// <summary>Writes an ACL header and its ACEs (MS-DTYP 2.4.5, 2.4.4).</summary>
internal static class AclWriter
{
    /// <summary>Writes <paramref name="acl"/> at the start of <paramref name="destination"/>; returns AclSize.</summary>
    public static int Write(Acl acl, Span<byte> destination)
    {
        int size = acl.BinaryLength;
        if (size > Acl.MaxSize)
        {
            throw new InvalidOperationException($"the ACL needs {size} bytes; AclSize cannot exceed 65535");
        }

        destination[0] = acl.Revision;
        destination[1] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], (ushort)size);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], (ushort)acl.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[6..], 0);
        int pos = 8;
        foreach (var ace in acl.Aces)
        {
            pos += WriteAce(ace, destination[pos..]);
        }

        acl.TrailingBytes.CopyTo(destination[pos..]);
        return size;
    }

    private static int WriteAce(Ace ace, Span<byte> destination)
    {
        int size = ace.BinaryLength;
        destination[0] = (byte)ace.Type;
        destination[1] = (byte)ace.Flags;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], (ushort)size);
        if (ace.Layout == AceLayout.Opaque)
        {
            ace.OpaqueBody.CopyTo(destination[4..]);
            return size;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], ace.Mask.Value);
        int pos = 8;
        if (ace.Layout == AceLayout.Object)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], ace.ObjectFlags);
            pos = 12;
            if (ace.ObjectType is { } objectType)
            {
                objectType.TryWriteBytes(destination[pos..]);
                pos += 16;
            }

            if (ace.InheritedObjectType is { } inherited)
            {
                inherited.TryWriteBytes(destination[pos..]);
                pos += 16;
            }
        }

        ace.Sid!.TryWrite(destination[pos..], out int n);
        pos += n;
        ace.ApplicationData.CopyTo(destination[pos..]);
        return size;
    }
}
