using NtSec.Status;

namespace NtSec.Tests.Status;

// Name <-> value for NTSTATUS: SDK names (ntstatus.h) and "0x%08X".
public sealed class NtStatusNamesTests
{
    [Fact]
    public void Every_member_round_trips_through_its_name()
    {
        foreach (var status in Enum.GetValues<NtStatus>())
        {
            var name = status.ToName();
            Assert.Equal(Enum.GetName(status), name);
            Assert.True(NtStatusNames.TryParse(name, out var parsed), name);
            Assert.Equal(status, parsed);
            Assert.Equal(status, NtStatusNames.Parse(name.ToLowerInvariant()));
        }
    }

    [Fact]
    public void Member_values_are_unique_so_names_are_too()
    {
        var values = Enum.GetValues<NtStatus>();
        Assert.Equal(values.Length, values.Distinct().Count());
        Assert.Equal(values.Length, values.Select(v => v.ToName()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_name_is_an_sdk_status_name() =>
        Assert.All(Enum.GetNames<NtStatus>(), n => Assert.StartsWith("STATUS_", n, StringComparison.Ordinal));

    [Theory]
    [InlineData(0xC0001234u, "0xC0001234")]
    [InlineData(0x00000005u, "0x00000005")]
    [InlineData(0xFFFFFFFFu, "0xFFFFFFFF")]
    public void Value_without_a_member_prints_as_eight_hex_digits(uint value, string expected)
    {
        Assert.Equal(expected, ((NtStatus)value).ToName());
        Assert.Equal((NtStatus)value, NtStatusNames.Parse(expected));
    }

    [Theory]
    [InlineData("STATUS_ACCESS_DENIED", 0xC0000022u)]
    [InlineData("status_access_denied", 0xC0000022u)]
    [InlineData("0xC0000022", 0xC0000022u)]
    [InlineData("0xc0000022", 0xC0000022u)]
    [InlineData("0XC0000022", 0xC0000022u)]
    [InlineData("0x106", 0x106u)]
    [InlineData("0x0", 0u)]
    [InlineData("STATUS_WAIT_0", 0u)] // SDK alias of STATUS_SUCCESS
    [InlineData("STATUS_ABANDONED_WAIT_0", 0x80u)] // SDK alias of STATUS_ABANDONED
    public void Parses_names_and_hex(string text, uint expected)
    {
        Assert.True(NtStatusNames.TryParse(text, out var status));
        Assert.Equal(expected, (uint)status);
    }

    [Fact]
    public void Aliases_are_never_printed()
    {
        Assert.Equal("STATUS_SUCCESS", ((NtStatus)0u).ToName());
        Assert.Equal("STATUS_ABANDONED", ((NtStatus)0x80u).ToName());
    }

    [Theory]
    [InlineData("")]
    [InlineData("STATUS_")]
    [InlineData("STATUS_NOT_A_REAL_STATUS")]
    [InlineData("ACCESS_DENIED")] // the prefix is part of the name
    [InlineData("ERROR_ACCESS_DENIED")]
    [InlineData(" STATUS_ACCESS_DENIED")]
    [InlineData("STATUS_ACCESS_DENIED ")]
    [InlineData("0x")]
    [InlineData("0xG")]
    [InlineData("0x123456789")] // nine digits
    [InlineData("0x-1")]
    [InlineData("0x 1")]
    [InlineData("0x0x1")]
    [InlineData("C0000022")] // hex needs its prefix
    [InlineData("3221225506")] // no decimal for NTSTATUS
    [InlineData("-1073741790")]
    public void Rejects_what_is_not_a_name_or_hex(string text)
    {
        Assert.False(NtStatusNames.TryParse(text, out var status));
        Assert.Equal(NtStatus.STATUS_SUCCESS, status);
        var e = Assert.Throws<FormatErrorException>(() => NtStatusNames.Parse(text));
        Assert.Equal(0, e.Offset);
    }

    [Fact]
    public void Parse_null_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => NtStatusNames.Parse(null!));
}
