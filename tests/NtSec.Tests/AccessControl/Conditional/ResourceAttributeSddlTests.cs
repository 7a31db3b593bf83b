using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.AccessControl.Conditional;

public sealed class ResourceAttributeSddlTests
{
    private static readonly SddlContext Context = new(Sid.Parse("S-1-5-21-2457507606-2709100691-398136650"));

    private static byte[] ParseBytes(string field)
    {
        Assert.True(ResourceAttributeSddl.TryParse(field, 0, Context, out byte[] bytes, out int end, out var error), error.ToString());
        Assert.Equal(field.Length, end);
        return bytes;
    }

    private static string RoundTrip(string field)
    {
        Assert.True(ResourceAttributeSddl.TryFormat(ParseBytes(field), Context, out var sddl, out var error), error);
        return sddl!;
    }

    // Source: conditional_aces.txt.json (Windows' bytes) and conditional_aces.txt (Windows writes "0x0").
    [Fact]
    public void Parse_StringAttribute_GivesWindowsBytesAndFormat()
    {
        const string field = "(\"colour\",TS,0,\"blue\", \"red\")";
        Assert.Equal(
            "18000000030000000000000002000000260000003000000063006f006c006f0075007200000062006c007500650000007200650064000000",
            Convert.ToHexStringLower(ParseBytes(field)));
        Assert.Equal("(\"colour\",TS,0x0,\"blue\",\"red\")", RoundTrip(field));
    }

    // Source: short-conditional-and-resource-aces-tx-int.json.gz (bare digits are hex octets).
    [Fact]
    public void Parse_OctetStringWithBareDigits_ReadsHexPairs()
    {
        var attribute = ResourceAttributeBinary.Decode(ParseBytes("(\"x\",TX,0x0,0077,00,#abc)"));
        Assert.Equal(ResourceAttributeType.OctetString, attribute.ValueType);
        Assert.Equal(
            ["0077", "00", "0abc"],
            attribute.Values.Select(v => Convert.ToHexStringLower(((System.Collections.Immutable.ImmutableArray<byte>)v).AsSpan())));
        Assert.Equal("(\"x\",TX,0x0,#0077,#00,#0abc)", RoundTrip("(\"x\",TX,0x0,0077,00,#abc)"));
    }

    // Source: short-conditional-and-resource-aces-successes.json.gz (TI with negatives, TU, flags 0xe).
    [Theory]
    [InlineData("(\"colour\",TI,0xa,7774,-8,0)", "(\"colour\",TI,0xa,7774,-8,0)")]
    [InlineData("(\"c\",TU,0xe,18446744073709551615,0x10)", "(\"c\",TU,0xe,18446744073709551615,16)")]
    [InlineData("(\"c\",TB,0x0,1,0)", "(\"c\",TB,0x0,1,0)")]
    [InlineData("(\"c\",TD,0x0,BA, S-1-5-21-2457507606-2709100691-398136650-512)", "(\"c\",TD,0x0,BA,DA)")]
    [InlineData("(\"colOIr%0016r\",TI,0x10000,1)", "(\"colOIr%0016r\",TI,0x10000,1)")]
    [InlineData("(\"c\",TI,0x0)", "(\"c\",TI,0x0)")]
    [InlineData("(\"c\",TI,0x0,)", "(\"c\",TI,0x0)")]
    public void Parse_Values_FormatAsWindows(string input, string expected)
    {
        Assert.Equal(expected, RoundTrip(input));
    }

    // Source: MS-DTYP 2.4.10.1 (SID values are a length and the SID; no Windows vector has TD).
    [Fact]
    public void Parse_SidValue_IsALengthAndTheSid()
    {
        Assert.Equal(
            "1400000005000000000000000100000018000000630000001000000001020000000000052000000020020000",
            Convert.ToHexStringLower(ParseBytes("(\"c\",TD,0x0,BA)")));
    }

    // Source: MS-DTYP 2.4.10.1 and 2.5.1.1 (TU unsigned, TB 0 or 1, flags in 32 bits, bits 0xff00 undefined).
    [Theory]
    [InlineData("(\"c\",TU,0x0,-1)")]
    [InlineData("(\"c\",TB,0x0,2)")]
    [InlineData("(\"c\",TI,0x100,1)")]
    [InlineData("(\"c\",TI,0x100000000,1)")]
    [InlineData("(\"c\",TQ,0x0,1)")]
    [InlineData("(\"c\",TS,0x0,blue)")]
    [InlineData("(\"c\",TX,0x0,zz)")]
    [InlineData("(\"\",TI,0x0,1)")]
    [InlineData("(\"c\",TD,0x0,ZZ)")]
    [InlineData("(\"c\",TI,0x0,1")]
    [InlineData("(\"c\",TI,0x0,1 2)")]
    public void Parse_Invalid_Fails(string input)
    {
        Assert.False(ResourceAttributeSddl.TryParse(input, 0, Context, out byte[] _, out _, out _));
    }

    // Source: MS-DTYP 2.4.10.1 (offsets, NUL-terminated name, known value types).
    [Theory]
    [InlineData("1400000003000000")] // short header
    [InlineData("140000000400000000000000010000002200000063000000")] // FQBN type 4 is not a resource attribute type
    [InlineData("1400000003000000000000000100000099000000630000000000")] // value offset outside
    [InlineData("14000000030000000000000001000000160000006300")] // name without NUL
    [InlineData("14000000060000000000000001000000160000006300000002000000000000000000")] // boolean 2
    [InlineData("ffffff0f030000000000000000000000")] // name offset outside
    public void TryDecode_Malformed_Fails(string hex)
    {
        Assert.False(ResourceAttributeBinary.TryDecode(Convert.FromHexString(hex), out _, out var error));
        Assert.True(error.IsBinary);
    }

    // Source: DESIGN.md error model (TryX plus X that throws FormatErrorException with the offset).
    [Fact]
    public void ParseAndFormat_ThrowingForms()
    {
        var attribute = ResourceAttributeSddl.Parse("(\"c\",TS,0x2,\"A\")", Context);
        Assert.Equal(ResourceAttributeFlags.ValueCaseSensitive, attribute.Flags);
        Assert.Equal("(\"c\",TS,0x2,\"A\")", ResourceAttributeSddl.Format(ResourceAttributeBinary.Encode(attribute), Context));
        var ex = Assert.Throws<FormatErrorException>(() => ResourceAttributeSddl.Parse("(\"c\",TS,0x2,A)", Context));
        Assert.Equal(12, ex.Offset);
        Assert.Throws<FormatErrorException>(() => ResourceAttributeSddl.Format([1, 2, 3], Context));
    }
}
