using NtSec.AccessControl.Conditional;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.AccessControl.Conditional;

public sealed class ConditionalExpressionBinaryTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    private static ParseError DecodeError(string hex)
    {
        Assert.False(ConditionalExpressionBinary.TryDecode(Hex(hex), out var expression, out var error));
        Assert.Null(expression);
        Assert.True(error.IsBinary);
        return error;
    }

    // Source: MS-DTYP 2.4.4.17.4 (signature), 2.4.4.17.5-8 (token layouts).
    [Theory]
    [InlineData("", 0)] // no signature
    [InlineData("61727479f9020000007800", 0)] // "arty"
    [InlineData("617274787f", 4)] // unknown token
    [InlineData("61727478f9ff0000007800", 5)] // name length past the end
    [InlineData("61727478f9030000007800", 5)] // odd-length UTF-16 name... (runs past the end too)
    [InlineData("61727478f90100000078", 5)] // odd-length name within bounds
    [InlineData("61727478f902000000780000010000", 12)] // a non-zero byte after the padding
    [InlineData("61727478f9020000007800f902000000780000", 18)] // two operands left
    [InlineData("6172747880", 4)] // == with no operands
    [InlineData("6172747800000000", 4)] // nothing but padding
    [InlineData("61727478040100000000000000000280", 13)] // integer sign byte 0
    [InlineData("617274785006000000f902000000780089", 9)] // attribute inside a composite
    [InlineData("61727478510c00000001010000000000010000", 5)] // SID runs past the end
    [InlineData("6172747851100000000101000000000001000000000000000089", 5)] // SID length larger than the SID
    public void TryDecode_MalformedData_FailsAtTheRightByte(string hex, int offset)
    {
        Assert.Equal(offset, DecodeError(hex).Offset);
    }

    // Source: MS-DTYP 2.4.4.17.5: tokens 0x01-0x03 carry 8 value bytes like 0x04; decode keeps the token.
    [Fact]
    public void DecodeEncode_NarrowIntegerToken_RoundTripsByteForByte()
    {
        var bytes = Hex("61727478f902000000780001050000000000000003028000");
        var expression = ConditionalExpressionBinary.Decode(bytes);
        var integer = Assert.IsType<ConditionalIntegerLiteral>(((ConditionalBinaryExpression)expression).Right);
        Assert.Equal(ConditionalToken.SignedInt8, integer.Token);
        Assert.Equal(bytes, ConditionalExpressionBinary.Encode(expression));
    }

    // Source: Windows pads to a multiple of 4 (every *.json vector); MS-DTYP 2.4.4.17.4.
    [Fact]
    public void Encode_PadsWithZerosToAMultipleOfFour()
    {
        var expression = new ConditionalAttribute(ConditionalToken.ResourceAttribute, "c");
        Assert.Equal(Hex("61727478fa02000000630000"), ConditionalExpressionBinary.Encode(expression));
    }

    // Source: MS-DTYP 2.4.4.17.5 (composite = length + literal tokens); nesting is allowed in binary.
    [Fact]
    public void DecodeFormat_NestedComposite_IsWrittenWithBraces()
    {
        var inner = new ConditionalCompositeLiteral([new ConditionalIntegerLiteral(1)]);
        var outer = new ConditionalCompositeLiteral([inner, new ConditionalSidLiteral(Sid.Parse("S-1-5-32-544"))]);
        var expression = new ConditionalBinaryExpression(ConditionalToken.AnyOf, new ConditionalAttribute(ConditionalToken.UserAttribute, "x"), outer);
        var bytes = ConditionalExpressionBinary.Encode(expression);
        Assert.True(ConditionalExpressionSddl.TryFormat(bytes, SddlContext.Default, out var sddl, out _));
        Assert.Equal("(@USER.x Any_of {{1}, SID(BA)})", sddl);
    }

    // Source: DESIGN.md error model (bad input never crashes): a 64 KB ACE of NOTs.
    [Fact]
    public void DecodeFormat_SixtyThousandNots_DoNotOverflowTheStack()
    {
        const int nots = 60000;
        var bytes = new byte[4 + 7 + nots + 1];
        Hex("61727478f902000000780000").AsSpan(0, 11).CopyTo(bytes);
        bytes.AsSpan(11, nots).Fill((byte)ConditionalToken.Not);
        Assert.True(ConditionalExpressionSddl.TryFormat(bytes, SddlContext.Default, out var sddl, out var error), error);
        Assert.StartsWith("(!(!(", sddl, StringComparison.Ordinal);
        Assert.Equal(bytes, ConditionalExpressionBinary.Encode(ConditionalExpressionBinary.Decode(bytes)));
    }

    // Source: MS-DTYP 2.4.4.17.6-7: operator arity.
    [Fact]
    public void Constructors_RejectTokensOfTheWrongKind()
    {
        var x = new ConditionalAttribute(ConditionalToken.LocalAttribute, "x");
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConditionalUnaryExpression(ConditionalToken.And, x));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConditionalBinaryExpression(ConditionalToken.MemberOf, x, x));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConditionalAttribute(ConditionalToken.Sid, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConditionalIntegerLiteral(1, (ConditionalIntegerSign)0));
    }

    // Source: decoder bound (ConditionalCompositeLiteral.MaxDepth) against unbounded recursion.
    [Fact]
    public void TryDecode_CompositesNestedTooDeep_Fails()
    {
        int depth = ConditionalCompositeLiteral.MaxDepth + 1;
        var bytes = new List<byte>("artx"u8.ToArray());
        for (int i = 0; i < depth; i++)
        {
            bytes.Add(0x50);
            bytes.AddRange(BitConverter.GetBytes(5 * (depth - i - 1)));
        }

        bytes.AddRange([0xf9, 2, 0, 0, 0, (byte)'x', 0, 0x88]);
        Assert.False(ConditionalExpressionBinary.TryDecode(bytes.ToArray(), out _, out var error));
        Assert.Contains("deeper", error.Message, StringComparison.Ordinal);
    }
}
