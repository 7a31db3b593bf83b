using NtSec.AccessControl;

namespace NtSec.Tests.AccessControl.Binary;

public class SecurityDescriptorReaderTests
{
    // "O:SYG:BAD:(A;;GA;;;WD)" as Windows writes it: header, DACL at 0x14 (28 bytes), owner at 0x30, group at 0x3C
    // (the layout of every Samba/Windows vector).
    private static readonly byte[] Valid = SecurityDescriptor.ParseSddl("O:SYG:BAD:(A;;GA;;;WD)").ToBytes();

    [Fact]
    public void Layout_is_header_dacl_owner_group()
    {
        Assert.Equal("01000480" + "30000000" + "3C000000" + "00000000" + "14000000", Convert.ToHexString(Valid.AsSpan(0, 20)));
        Assert.Equal(Valid, SecurityDescriptor.Read(Valid).ToBytes());
    }

    [Theory]
    // Statuses: the kind of part that is malformed (docs/sddl-and-binary.md); values from ntstatus.h.
    [InlineData(0, 10, 0, "at least 20 bytes", 0xC0000079)]
    [InlineData(1, 0, 0, "revision", 0xC0000058)]
    [InlineData(2, 0, 2, "SE_SELF_RELATIVE", 0xC0000079)]
    [InlineData(3, 0, 4, "owner offset", 0xC0000079)]
    [InlineData(4, 0, 16, "DACL offset", 0xC0000079)]
    [InlineData(5, 0, 22, "AclSize", 0xC0000077)]
    [InlineData(6, 0, 48, "AceCount overruns", 0xC0000077)]
    [InlineData(7, 0, 30, "AceSize", 0xC0000077)]
    [InlineData(8, 0, 37, "sub-authorities", 0xC0000078)]
    public void Malformed_bytes_name_the_offset(int mutation, int truncateTo, int offset, string fragment, uint status)
    {
        var bytes = (byte[])Valid.Clone();
        switch (mutation)
        {
            case 0: bytes = bytes[..truncateTo]; break;
            case 1: bytes[0] = 2; break;
            case 2: bytes[3] = 0x00; break; // clear SE_SELF_RELATIVE
            case 3: bytes[4] = 0xFF; bytes[5] = 0xFF; break; // owner offset past the end
            case 4: bytes[16] = 0x13; break; // DACL offset unaligned
            case 5: bytes[22] = 0xFF; break; // AclSize larger than the buffer
            case 6: bytes[24] = 5; break; // 5 ACEs claimed, 1 present
            case 7: bytes[30] = 0xF0; break; // AceSize past AclSize
            case 8: bytes[37] = 16; break; // the SID in the ACE claims 16 sub-authorities
        }

        Assert.False(SecurityDescriptor.TryRead(bytes, out var sd, out var error));
        Assert.Null(sd);
        Assert.True(error.IsBinary);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal(status, (uint)error.Status);
    }

    [Fact]
    public void Dacl_present_with_zero_offset_is_a_null_dacl()
    {
        // MS-DTYP 2.4.6: SE_DACL_PRESENT with OffsetDacl 0 means a NULL DACL.
        byte[] bytes = [1, 0, 0x04, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var sd = SecurityDescriptor.Read(bytes);
        Assert.True(sd.HasNullDacl);
        Assert.Equal("D:NO_ACCESS_CONTROL", sd.ToSddl());
        Assert.Equal(bytes, sd.ToBytes());
    }

    [Fact]
    public void Unknown_ace_types_round_trip_byte_for_byte()
    {
        // DESIGN.md: unknown ACE types are kept as they are. Type 0x42, flags 0x03, 12-byte body.
        byte[] bytes =
        [
            1, 0, 0x04, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0,
            2, 0, 24, 0, 1, 0, 0, 0,
            0x42, 0x03, 16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        ];
        var sd = SecurityDescriptor.Read(bytes);
        var ace = sd.Dacl![0];
        Assert.Equal((AceType)0x42, ace.Type);
        Assert.Equal(AceLayout.Opaque, ace.Layout);
        Assert.Equal(bytes, sd.ToBytes());
        Assert.False(sd.TryToSddl(NtSec.AccessControl.Sddl.SddlContext.Default, out _, out var error));
        Assert.Contains("0x42", error, StringComparison.Ordinal);
    }
}
