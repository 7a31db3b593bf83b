using System.Buffers.Binary;
using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.AccessControl.Binary;

/// <summary>
/// Reads an ACL (MS-DTYP 2.4.5) and its ACEs (2.4.4) with RtlValidAcl's checks: revision 2 to 4,
/// AclSize a multiple of 4 that fits the buffer, every ACE inside AclSize. ACEs of known layout
/// must be complete (a valid SID inside AceSize); others are kept as opaque bytes.
/// </summary>
internal static class AclReader
{
    public static bool TryRead(ReadOnlySpan<byte> source, int offset, string what, [NotNullWhen(true)] out Acl? acl, out ParseError error)
    {
        acl = null;
        var header = source[offset..];
        byte revision = header[0];
        int aclSize = BinaryPrimitives.ReadUInt16LittleEndian(header[2..]);
        int aceCount = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        if (revision is < Acl.RevisionStandard or > Acl.RevisionDs)
        {
            error = Fail(offset, $"{what} revision {revision} is not 2, 3 or 4");
            return false;
        }

        if (aclSize < 8 || aclSize % 4 != 0 || aclSize > header.Length)
        {
            error = Fail(offset + 2, $"{what} AclSize {aclSize} is not a multiple of 4 between 8 and the {header.Length} bytes left");
            return false;
        }

        var body = header[..aclSize];
        var aces = ImmutableArray.CreateBuilder<Ace>(Math.Min(aceCount, aclSize / 4));
        int pos = 8;
        for (int i = 0; i < aceCount; i++)
        {
            if (!TryReadAce(body, pos, offset, what, i, out var ace, out int size, out error))
            {
                return false;
            }

            aces.Add(ace);
            pos += size;
        }

        acl = new Acl(revision, aces.Count == aces.Capacity ? aces.MoveToImmutable() : aces.ToImmutable(), body[pos..]);
        error = default;
        return true;
    }

    private static bool TryReadAce(ReadOnlySpan<byte> acl, int pos, int aclOffset, string what, int index,
        [NotNullWhen(true)] out Ace? ace, out int size, out ParseError error)
    {
        ace = null;
        size = 0;
        int at = aclOffset + pos;
        if (acl.Length - pos < 4)
        {
            error = Fail(at, $"{what} ACE {index}: header runs past AclSize ({acl.Length}); AceCount overruns the ACL");
            return false;
        }

        var type = (AceType)acl[pos];
        var flags = (AceFlags)acl[pos + 1];
        size = BinaryPrimitives.ReadUInt16LittleEndian(acl[(pos + 2)..]);
        if (size < 4 || size > acl.Length - pos)
        {
            error = Fail(at + 2, $"{what} ACE {index}: AceSize {size} is below 4 or runs past AclSize");
            return false;
        }

        var aceBytes = acl.Slice(pos, size);
        switch (AceTypeInfo.LayoutOf(type))
        {
            case AceLayout.Opaque:
                ace = Ace.CreateOpaque(type, flags, aceBytes[4..]);
                error = default;
                return true;
            case AceLayout.Basic:
                return TryReadBasic(aceBytes, type, flags, at, what, index, out ace, out error);
            default:
                return TryReadObject(aceBytes, type, flags, at, what, index, out ace, out error);
        }
    }

    private static bool TryReadBasic(ReadOnlySpan<byte> ace, AceType type, AceFlags flags, int at, string what, int index,
        [NotNullWhen(true)] out Ace? result, out ParseError error)
    {
        result = null;
        if (ace.Length < 8 + 8)
        {
            error = Fail(at + 2, $"{what} ACE {index}: AceSize {ace.Length} is too small for a mask and a SID");
            return false;
        }

        uint mask = BinaryPrimitives.ReadUInt32LittleEndian(ace[4..]);
        if (!TryReadSid(ace, 8, at, what, index, out var sid, out int sidLength, out error))
        {
            return false;
        }

        result = Ace.Create(type, flags, mask, sid, ace[(8 + sidLength)..]);
        return true;
    }

    private static bool TryReadObject(ReadOnlySpan<byte> ace, AceType type, AceFlags flags, int at, string what, int index,
        [NotNullWhen(true)] out Ace? result, out ParseError error)
    {
        result = null;
        if (ace.Length < 12)
        {
            error = Fail(at + 2, $"{what} ACE {index}: AceSize {ace.Length} is too small for an object ACE");
            return false;
        }

        uint mask = BinaryPrimitives.ReadUInt32LittleEndian(ace[4..]);
        uint objectFlags = BinaryPrimitives.ReadUInt32LittleEndian(ace[8..]);
        int pos = 12;
        Guid? objectType = null, inheritedType = null;
        if ((objectFlags & (uint)ObjectAceFlags.ObjectTypePresent) != 0 && !TryReadGuid(ace, ref pos, at, what, index, out objectType, out error))
        {
            return false;
        }

        if ((objectFlags & (uint)ObjectAceFlags.InheritedObjectTypePresent) != 0 && !TryReadGuid(ace, ref pos, at, what, index, out inheritedType, out error))
        {
            return false;
        }

        if (!TryReadSid(ace, pos, at, what, index, out var sid, out int sidLength, out error))
        {
            return false;
        }

        result = Ace.CreateObject(type, flags, mask, sid, objectFlags, objectType, inheritedType, ace[(pos + sidLength)..]);
        return true;
    }

    private static bool TryReadGuid(ReadOnlySpan<byte> ace, ref int pos, int at, string what, int index, out Guid? guid, out ParseError error)
    {
        guid = null;
        if (ace.Length - pos < 16)
        {
            error = Fail(at + pos, $"{what} ACE {index}: object GUID runs past AceSize");
            return false;
        }

        guid = new Guid(ace.Slice(pos, 16));
        pos += 16;
        error = default;
        return true;
    }

    private static bool TryReadSid(ReadOnlySpan<byte> ace, int pos, int at, string what, int index,
        [NotNullWhen(true)] out Sid? sid, out int length, out ParseError error)
    {
        if (!Sid.TryRead(ace[pos..], out sid, out length, out var inner))
        {
            error = Fail(at + pos + inner.Offset, $"{what} ACE {index}: SID: {inner.Message} (inside AceSize {ace.Length})", NtStatus.STATUS_INVALID_SID);
            return false;
        }

        error = default;
        return true;
    }

    private static ParseError Fail(int offset, string message, NtStatus status = NtStatus.STATUS_INVALID_ACL) =>
        new(offset, message, IsBinary: true, status);
}
