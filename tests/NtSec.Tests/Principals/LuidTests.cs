using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class LuidTests
{
    [Theory]
    [InlineData(0x3E7u, 0, 0x3E7L)]
    [InlineData(0u, 1, 0x1_0000_0000L)]
    [InlineData(0xFFFFFFFFu, 0, 0xFFFF_FFFFL)]
    [InlineData(0xFFFFFFFFu, -1, -1L)]
    [InlineData(2u, int.MinValue, long.MinValue + 2)]
    public void Converts_to_and_from_64_bits(uint low, int high, long value)
    {
        // LUID (winnt.h): LowPart DWORD, HighPart LONG; as a 64-bit value HighPart is the upper half.
        var luid = new Luid(low, high);
        Assert.Equal(value, luid.ToInt64());
        Assert.Equal(luid, Luid.FromInt64(value));
        Assert.Equal(unchecked((ulong)value), luid.ToUInt64());
        Assert.Equal(luid, Luid.FromUInt64(unchecked((ulong)value)));
    }

    [Theory]
    [InlineData(0x3E7u, 0, "0x0-0x3E7")]
    [InlineData(0xD7A85u, 0, "0x0-0xD7A85")]
    [InlineData(1u, -1, "0xFFFFFFFF-0x1")]
    public void Prints_high_then_low_in_hex(uint low, int high, string text)
    {
        // Format decided in Luid's remarks: high part first, as in S-1-5-5-X-Y.
        Assert.Equal(text, new Luid(low, high).ToString());
        Assert.Equal(new Luid(low, high), Luid.Parse(text));
    }

    [Theory]
    [InlineData("0x3E7", 0x3E7u, 0)]
    [InlineData("0x3e7", 0x3E7u, 0)]
    [InlineData("999", 0x3E7u, 0)]
    [InlineData("0X0-0X3e7", 0x3E7u, 0)]
    [InlineData("0x100000002", 2u, 1)]
    [InlineData("0xFFFFFFFFFFFFFFFF", 0xFFFFFFFFu, -1)]
    public void Parses_one_64_bit_number_or_high_low(string text, uint low, int high)
    {
        // The security event log prints logon ids as one 64-bit hex number ("Logon ID: 0x3E7").
        Assert.True(Luid.TryParse(text, out var luid));
        Assert.Equal(new Luid(low, high), luid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0x")]
    [InlineData("-1")]
    [InlineData("0x1-2")]
    [InlineData("1-0x2")]
    [InlineData("0x1-0x")]
    [InlineData("0x100000000-0x1")]
    [InlineData("0x1-0x100000000")]
    [InlineData("0x10000000000000000")]
    [InlineData(" 0x3E7")]
    [InlineData("0x3E7 ")]
    [InlineData("0xG")]
    public void Rejects_malformed_text(string? text)
    {
        Assert.False(Luid.TryParse(text, out var luid, out var error));
        Assert.Equal(default, luid);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public void Parse_throws_a_format_error_naming_the_offset()
    {
        var ex = Assert.Throws<FormatErrorException>(() => Luid.Parse("0x1-0xZZ"));
        Assert.Equal(4, ex.Offset);
    }

    [Fact]
    public void System_logon_id_is_0x3e7()
    {
        // SYSTEM_LUID { 0x3e7, 0x0 } (winnt.h).
        Assert.Equal(new Luid(0x3E7, 0), Luid.SystemLogonId);
    }
}
