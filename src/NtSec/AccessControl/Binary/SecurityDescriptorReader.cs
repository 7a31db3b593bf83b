using System.Buffers.Binary;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.AccessControl.Binary;

/// <summary>
/// Reads SECURITY_DESCRIPTOR_RELATIVE (MS-DTYP 2.4.6) with the checks of
/// RtlValidRelativeSecurityDescriptor: revision 1, SE_SELF_RELATIVE, every present part at a
/// 4-byte aligned offset past the header and inside the buffer, valid SIDs and ACLs.
/// Errors name the byte offset. Nothing is allocated in proportion to a claimed size.
/// </summary>
internal static class SecurityDescriptorReader
{
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error)
    {
        descriptor = null;
        if (source.Length < SecurityDescriptor.HeaderLength)
        {
            error = Fail(0, $"a self-relative security descriptor needs at least 20 bytes, got {source.Length}");
            return false;
        }

        if (source[0] != SecurityDescriptor.CurrentRevision)
        {
            error = Fail(0, $"security descriptor revision {source[0]} is not 1 (SECURITY_DESCRIPTOR_REVISION)", NtStatus.STATUS_UNKNOWN_REVISION);
            return false;
        }

        var control = (SecurityDescriptorControl)BinaryPrimitives.ReadUInt16LittleEndian(source[2..]);
        if ((control & SecurityDescriptorControl.SelfRelative) == 0)
        {
            error = Fail(2, "control lacks SE_SELF_RELATIVE; only the self-relative form can be read from bytes");
            return false;
        }

        Sid? owner = null, group = null;
        Acl? sacl = null, dacl = null;
        if (!TryReadSidAt(source, 4, "owner", out owner, out error)
            || !TryReadSidAt(source, 8, "group", out group, out error))
        {
            return false;
        }

        if ((control & SecurityDescriptorControl.SaclPresent) != 0 && !TryReadAclAt(source, 12, "SACL", out sacl, out error))
        {
            return false;
        }

        if ((control & SecurityDescriptorControl.DaclPresent) != 0 && !TryReadAclAt(source, 16, "DACL", out dacl, out error))
        {
            return false;
        }

        descriptor = new SecurityDescriptor(control, owner, group, dacl, sacl, source[1]);
        error = default;
        return true;
    }

    private static bool TryReadSidAt(ReadOnlySpan<byte> source, int field, string what, out Sid? sid, out ParseError error)
    {
        sid = null;
        if (!TryOffset(source, field, what, 8, out int offset, out error) || offset == 0)
        {
            return error == default;
        }

        if (!Sid.TryRead(source[offset..], out sid, out _, out var inner))
        {
            error = Fail(offset + inner.Offset, $"{what} SID: {inner.Message}", NtStatus.STATUS_INVALID_SID);
            return false;
        }

        return true;
    }

    private static bool TryReadAclAt(ReadOnlySpan<byte> source, int field, string what, out Acl? acl, out ParseError error)
    {
        acl = null;
        if (!TryOffset(source, field, what, 8, out int offset, out error) || offset == 0)
        {
            return error == default; // offset 0 with the present bit: a NULL ACL
        }

        return AclReader.TryRead(source, offset, what, out acl, out error);
    }

    private static bool TryOffset(ReadOnlySpan<byte> source, int field, string what, int minimumSize, out int offset, out ParseError error)
    {
        uint raw = BinaryPrimitives.ReadUInt32LittleEndian(source[field..]);
        offset = 0;
        error = default;
        if (raw == 0)
        {
            return true;
        }

        if (raw < SecurityDescriptor.HeaderLength || raw % 4 != 0 || raw > (uint)(source.Length - minimumSize))
        {
            error = Fail(field, $"{what} offset {raw} is not a 4-byte aligned position inside the {source.Length}-byte descriptor after its header");
            return false;
        }

        offset = (int)raw;
        return true;
    }

    private static ParseError Fail(int offset, string message, NtStatus status = NtStatus.STATUS_INVALID_SECURITY_DESCR) =>
        new(offset, message, IsBinary: true, status);
}
