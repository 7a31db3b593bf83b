using NtSec.Status;

namespace NtSec.Tests.Status;

// Name <-> value for Win32 errors: SDK names (winerror.h), decimal and hex.
public sealed class Win32ErrorNamesTests
{
    [Fact]
    public void Every_member_round_trips_through_its_name()
    {
        foreach (var error in Enum.GetValues<Win32Error>())
        {
            var name = error.ToName();
            Assert.Equal(Enum.GetName(error), name);
            Assert.True(Win32ErrorNames.TryParse(name, out var parsed), name);
            Assert.Equal(error, parsed);
            Assert.Equal(error, Win32ErrorNames.Parse(name.ToLowerInvariant()));
        }
    }

    [Fact]
    public void Member_values_are_unique_so_names_are_too()
    {
        var values = Enum.GetValues<Win32Error>();
        Assert.Equal(values.Length, values.Distinct().Count());
        Assert.All(Enum.GetNames<Win32Error>(), n => Assert.StartsWith("ERROR_", n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ERROR_ACCESS_DENIED", 5u)]
    [InlineData("error_access_denied", 5u)]
    [InlineData("NO_ERROR", 0u)] // winerror.h alias of ERROR_SUCCESS
    [InlineData("5", 5u)]
    [InlineData("1347", 1347u)]
    [InlineData("0x543", 1347u)]
    [InlineData("0X543", 1347u)]
    [InlineData("4294967295", 0xFFFFFFFFu)]
    [InlineData("007", 7u)]
    public void Parses_names_decimal_and_hex(string text, uint expected)
    {
        Assert.True(Win32ErrorNames.TryParse(text, out var error));
        Assert.Equal(expected, (uint)error);
    }

    [Theory]
    [InlineData(4242u, "4242")]
    [InlineData(0xFFFFFFFFu, "4294967295")]
    public void Value_without_a_member_prints_as_decimal(uint value, string expected)
    {
        Assert.Equal(expected, ((Win32Error)value).ToName());
        Assert.Equal((Win32Error)value, Win32ErrorNames.Parse(expected));
    }

    [Fact]
    public void Alias_is_never_printed() => Assert.Equal("ERROR_SUCCESS", ((Win32Error)0u).ToName());

    [Theory]
    [InlineData("")]
    [InlineData("ERROR_")]
    [InlineData("ERROR_NOT_A_REAL_ERROR")]
    [InlineData("ACCESS_DENIED")]
    [InlineData("STATUS_ACCESS_DENIED")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("+5")]
    [InlineData("-5")]
    [InlineData("5.0")]
    [InlineData("1,347")]
    [InlineData("4294967296")] // too big
    [InlineData("0x")]
    [InlineData("0x123456789")]
    [InlineData("0xZZ")]
    public void Rejects_what_is_not_a_name_or_number(string text)
    {
        Assert.False(Win32ErrorNames.TryParse(text, out var error));
        Assert.Equal(Win32Error.ERROR_SUCCESS, error);
        Assert.Throws<FormatErrorException>(() => Win32ErrorNames.Parse(text));
    }

    [Fact]
    public void Parse_null_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => Win32ErrorNames.Parse(null!));
}
