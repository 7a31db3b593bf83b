using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class SidParsingTests
{
    private static readonly byte[] AdministratorsBytes = [1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 2, 0, 0];

    [Fact]
    public void Fifteen_sub_authorities_are_accepted()
    {
        // MS-DTYP 2.4.2: SubAuthorityCount at most 15 (SID_MAX_SUB_AUTHORITIES, winnt.h).
        Assert.True(Sid.TryParse("S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15", out var sid));
        Assert.Equal(15, sid.SubAuthorityCount);
    }

    [Fact]
    public void Sixteen_sub_authorities_are_rejected()
    {
        // MS-DTYP 2.4.2: at most 15 sub-authorities.
        Assert.False(Sid.TryParse("S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16", out _));
    }

    [Theory]
    [InlineData("S-2-5-32-544")]
    [InlineData("S-0-5-32-544")]
    public void Revision_other_than_1_is_rejected(string text)
    {
        // MS-DTYP 2.4.2.1: the string form starts with "S-1-" (SID_REVISION 1).
        Assert.False(Sid.TryParse(text, out _));
    }

    [Theory]
    [InlineData("S-1-281474976710656-1")]
    [InlineData("S-1-0x1000000000000-1")]
    public void Authority_above_48_bits_is_rejected(string text)
    {
        // MS-DTYP 2.4.1: SID_IDENTIFIER_AUTHORITY is 6 bytes.
        Assert.False(Sid.TryParse(text, out _));
    }

    [Fact]
    public void Largest_authority_is_accepted_and_printed_in_hex()
    {
        // MS-DTYP 2.4.1 (48-bit maximum); >= 2^32 is written as "0x" + upper-case hex (Windows output, non_canonical.txt).
        Assert.True(Sid.TryParse("S-1-281474976710655-1", out var sid));
        Assert.Equal(Sid.MaxAuthority, sid.Authority);
        Assert.Equal("S-1-0xFFFFFFFFFFFF-1", sid.ToString());
    }

    [Theory]
    [InlineData("S-1-0x123456789ABC-1", 0x123456789ABCUL, "S-1-0x123456789ABC-1")]
    [InlineData("S-1-0x123456789abc-1", 0x123456789ABCUL, "S-1-0x123456789ABC-1")]
    // Windows' own output has no leading zeros: non_canonical.txt lines 31-32 ("S-1-0x500000000-32-579",
    // "S-1-0x12A05F200-30-40"), which wins over MS-DTYP's 12HEXDIG grammar (docs/sddl-and-binary.md).
    [InlineData("S-1-0x100000000-7", 0x100000000UL, "S-1-0x100000000-7")]
    [InlineData("S-1-0x5-32-544", 5UL, "S-1-5-32-544")]
    [InlineData("S-1-4294967295-1", 0xFFFFFFFFUL, "S-1-4294967295-1")]
    public void Hex_authority_is_parsed_and_printed_as_0x_and_upper_case_hex_from_2_to_the_32(string text, ulong authority, string printed)
    {
        // MS-DTYP 2.4.2.1: IdentifierAuthorityHex = "0x" 12HEXDIG when the authority is >= 2^32,
        // decimal below. The case of the hex digits is unverified: upper case is Sid.ToString's
        // documented choice, while Microsoft's GetTextualSid sample (KB Q131320) uses %02hx.
        Assert.True(Sid.TryParse(text, out var sid));
        Assert.Equal(authority, sid.Authority);
        Assert.Equal(printed, sid.ToString());
        Assert.Equal(sid, Sid.Parse(printed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("S-")]
    [InlineData("S-1")]
    [InlineData("S-1-")]
    [InlineData("S-1-5-")]
    [InlineData("S-1-5--1")]
    [InlineData("S-1-5-4294967296")]
    [InlineData("S-1-5-x")]
    [InlineData("X-1-5-18")]
    [InlineData("S-1-5-18 ")]
    public void Malformed_strings_are_rejected_without_exceptions(string text)
    {
        // MS-DTYP 2.4.2.1 grammar; sub-authorities are 32-bit.
        Assert.False(Sid.TryParse(text, out var sid, out var error));
        Assert.Null(sid);
        Assert.False(string.IsNullOrEmpty(error.Message));
        Assert.Throws<FormatErrorException>(() => Sid.Parse(text));
    }

    [Fact]
    public void Binary_form_round_trips()
    {
        // MS-DTYP 2.4.2.2: revision, count, 6-byte big-endian authority, little-endian sub-authorities.
        Assert.True(Sid.TryRead(AdministratorsBytes, out var sid, out int consumed));
        Assert.Equal(16, consumed);
        Assert.Equal(WellKnownSids.Administrators, sid);
        Assert.Equal(AdministratorsBytes, sid.ToArray());
    }

    [Fact]
    public void Binary_with_sub_authority_count_16_is_rejected()
    {
        // MS-DTYP 2.4.2.2 / RtlValidSid: SubAuthorityCount <= SID_MAX_SUB_AUTHORITIES (15).
        var bytes = new byte[8 + (16 * 4)];
        bytes[0] = 1;
        bytes[1] = 16;
        bytes[7] = 5;
        Assert.False(Sid.TryRead(bytes, out var sid, out int consumed, out var error));
        Assert.Null(sid);
        Assert.Equal(0, consumed);
        Assert.Equal(1, error.Offset);
        Assert.True(error.IsBinary);
    }

    [Fact]
    public void Binary_with_revision_2_is_rejected()
    {
        // MS-DTYP 2.4.2.2: Revision MUST be 0x01.
        var bytes = (byte[])AdministratorsBytes.Clone();
        bytes[0] = 2;
        Assert.False(Sid.TryRead(bytes, out _, out int consumed));
        Assert.Equal(0, consumed);
    }

    [Fact]
    public void Every_truncation_of_a_binary_sid_is_rejected_without_exceptions()
    {
        // MS-DTYP 2.4.2.2: the length is 8 + 4 x SubAuthorityCount; a failed parse consumes nothing.
        for (int length = 0; length < AdministratorsBytes.Length; length++)
        {
            Assert.False(Sid.TryRead(AdministratorsBytes.AsSpan(0, length), out var sid, out int consumed));
            Assert.Null(sid);
            Assert.Equal(0, consumed);
        }
    }
}
