using System.Buffers.Binary;
using NtSec.Principals;

namespace NtSec.AccessControl.Conditional;

/// <summary>
/// The binary form of a conditional expression (MS-DTYP 2.4.4.17.4): the signature "artx", the
/// tokens in postfix order, then 0x00 padding. This is the application data of a callback ACE.
/// </summary>
public static class ConditionalExpressionBinary
{
    /// <summary>"artx" (0x61 0x72 0x74 0x78), the signature of conditional application data.</summary>
    public static ReadOnlySpan<byte> Signature => "artx"u8;

    /// <summary>True when the application data starts with "artx" (MS-DTYP 2.4.4.17.4).</summary>
    public static bool HasSignature(ReadOnlySpan<byte> applicationData) => applicationData.StartsWith(Signature);

    /// <summary>
    /// Decodes application data. It must start with "artx" and hold exactly one expression; after
    /// the last token only 0x00 bytes may follow. Integer sign and base bytes must be 1-3.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> applicationData, [NotNullWhen(true)] out ConditionalExpression? expression, out ParseError error)
    {
        expression = null;
        if (!HasSignature(applicationData))
        {
            error = Error(0, "conditional application data starts with \"artx\"");
            return false;
        }

        var operands = new List<ConditionalExpression>();
        int pos = Signature.Length;
        while (pos < applicationData.Length)
        {
            var token = (ConditionalToken)applicationData[pos];
            if (token == ConditionalToken.Padding)
            {
                for (int i = pos; i < applicationData.Length; i++)
                {
                    if (applicationData[i] != 0)
                    {
                        error = Error(i, $"byte 0x{applicationData[i]:x2} after the padding that ends the token stream");
                        return false;
                    }
                }

                break;
            }

            int at = pos;
            if (ConditionalTokenInfo.IsLiteral(token))
            {
                if (!TryReadLiteral(applicationData, ref pos, 0, out var literal, out error))
                {
                    return false;
                }

                operands.Add(literal);
            }
            else if (ConditionalTokenInfo.IsAttribute(token))
            {
                pos++;
                if (!TryReadCounted(applicationData, ref pos, at, "attribute name", out var name, out error))
                {
                    return false;
                }

                if (name.Length % 2 != 0)
                {
                    error = Error(at + 1, $"attribute name length {name.Length} is odd; names are UTF-16");
                    return false;
                }

                operands.Add(new ConditionalAttribute(token, Utf16.Read(name)));
            }
            else if (ConditionalTokenInfo.IsUnaryOperator(token))
            {
                if (operands.Count < 1)
                {
                    error = Error(at, $"operator 0x{(byte)token:x2} has no operand");
                    return false;
                }

                operands[^1] = new ConditionalUnaryExpression(token, operands[^1]);
                pos++;
            }
            else if (ConditionalTokenInfo.IsBinaryOperator(token))
            {
                if (operands.Count < 2)
                {
                    error = Error(at, $"operator 0x{(byte)token:x2} needs two operands, {operands.Count} available");
                    return false;
                }

                var right = operands[^1];
                operands.RemoveAt(operands.Count - 1);
                operands[^1] = new ConditionalBinaryExpression(token, operands[^1], right);
                pos++;
            }
            else
            {
                error = Error(at, $"unknown token 0x{(byte)token:x2}");
                return false;
            }
        }

        if (operands.Count != 1)
        {
            error = Error(pos, operands.Count == 0
                ? "the token stream holds no expression"
                : $"the token stream leaves {operands.Count} operands; a conditional expression is exactly one");
            return false;
        }

        expression = operands[0];
        error = default;
        return true;
    }

    /// <summary>Decodes application data, throwing on malformed input.</summary>
    /// <exception cref="FormatErrorException">The data is not a well-formed conditional expression.</exception>
    public static ConditionalExpression Decode(ReadOnlySpan<byte> applicationData) =>
        TryDecode(applicationData, out var expression, out var error) ? expression : throw new FormatErrorException(error);

    /// <summary>
    /// Encodes an expression as Windows does: "artx", the postfix token stream, and 0x00 bytes up
    /// to a multiple of 4 (the ACE size is a multiple of 4, MS-DTYP 2.4.4.1).
    /// </summary>
    public static byte[] Encode(ConditionalExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        int length = Signature.Length;
        var pending = new Stack<ConditionalExpression>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            length = checked(length + node.TokenLength);
            PushOperands(pending, node);
        }

        var bytes = new byte[checked((length + 3) & ~3)];
        Signature.CopyTo(bytes);
        int pos = Signature.Length;

        // Post-order without recursion: a node is written the second time it is popped.
        var walk = new Stack<(ConditionalExpression Node, bool OperandsDone)>();
        walk.Push((expression, false));
        while (walk.Count > 0)
        {
            var (node, operandsDone) = walk.Pop();
            switch (node)
            {
                case ConditionalUnaryExpression unary when !operandsDone:
                    walk.Push((unary, true));
                    walk.Push((unary.Operand, false));
                    break;
                case ConditionalBinaryExpression binary when !operandsDone:
                    walk.Push((binary, true));
                    walk.Push((binary.Right, false));
                    walk.Push((binary.Left, false));
                    break;
                case ConditionalUnaryExpression or ConditionalBinaryExpression:
                    bytes[pos++] = (byte)node.Token;
                    break;
                case ConditionalAttribute attribute:
                    pos = WriteCountedUtf16(bytes, pos, attribute.Token, attribute.Name);
                    break;
                case ConditionalLiteral literal:
                    pos = WriteLiteral(bytes, pos, literal);
                    break;
                default:
                    throw new InvalidOperationException($"unexpected node type {node.GetType().Name}");
            }
        }

        return bytes;
    }

    private static void PushOperands(Stack<ConditionalExpression> pending, ConditionalExpression node)
    {
        switch (node)
        {
            case ConditionalUnaryExpression unary:
                pending.Push(unary.Operand);
                break;
            case ConditionalBinaryExpression binary:
                pending.Push(binary.Left);
                pending.Push(binary.Right);
                break;
        }
    }

    private static int WriteLiteral(byte[] bytes, int pos, ConditionalLiteral literal)
    {
        switch (literal)
        {
            case ConditionalIntegerLiteral integer:
                bytes[pos] = (byte)integer.Token;
                BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(pos + 1), integer.Value);
                bytes[pos + 9] = (byte)integer.Sign;
                bytes[pos + 10] = (byte)integer.Base;
                return pos + 11;
            case ConditionalStringLiteral text:
                return WriteCountedUtf16(bytes, pos, text.Token, text.Value);
            case ConditionalOctetStringLiteral octets:
                bytes[pos] = (byte)octets.Token;
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos + 1), octets.Value.Length);
                octets.Value.AsSpan().CopyTo(bytes.AsSpan(pos + 5));
                return pos + 5 + octets.Value.Length;
            case ConditionalSidLiteral sid:
                bytes[pos] = (byte)sid.Token;
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos + 1), sid.Value.BinaryLength);
                sid.Value.TryWrite(bytes.AsSpan(pos + 5), out int written);
                return pos + 5 + written;
            case ConditionalCompositeLiteral composite:
                bytes[pos] = (byte)composite.Token;
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos + 1), composite.TokenLength - 5);
                pos += 5;
                foreach (var element in composite.Elements)
                {
                    // Recursion is bounded by ConditionalCompositeLiteral.MaxDepth.
                    pos = WriteLiteral(bytes, pos, element);
                }

                return pos;
            default:
                throw new InvalidOperationException($"unexpected literal type {literal.GetType().Name}");
        }
    }

    private static int WriteCountedUtf16(byte[] bytes, int pos, ConditionalToken token, string text)
    {
        bytes[pos] = (byte)token;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos + 1), 2 * text.Length);
        Utf16.Write(text, bytes.AsSpan(pos + 5));
        return pos + 5 + (2 * text.Length);
    }

    /// <summary>Reads the literal token at <paramref name="pos"/> (MS-DTYP 2.4.4.17.5).</summary>
    private static bool TryReadLiteral(ReadOnlySpan<byte> data, ref int pos, int depth, [NotNullWhen(true)] out ConditionalLiteral? literal, out ParseError error)
    {
        literal = null;
        int at = pos;
        var token = (ConditionalToken)data[pos];
        if (ConditionalTokenInfo.IsInteger(token))
        {
            if (data.Length - pos < 11)
            {
                error = Error(at, $"integer literal needs 10 bytes after its token, {data.Length - pos - 1} left");
                return false;
            }

            long value = BinaryPrimitives.ReadInt64LittleEndian(data.Slice(pos + 1));
            byte sign = data[pos + 9];
            byte numberBase = data[pos + 10];
            if (sign is < 1 or > 3)
            {
                error = Error(pos + 9, $"integer sign byte {sign} is not 1 (+), 2 (-) or 3 (none)");
                return false;
            }

            if (numberBase is < 1 or > 3)
            {
                error = Error(pos + 10, $"integer base byte {numberBase} is not 1 (octal), 2 (decimal) or 3 (hexadecimal)");
                return false;
            }

            literal = new ConditionalIntegerLiteral(value, (ConditionalIntegerSign)sign, (ConditionalIntegerBase)numberBase, token);
            pos += 11;
            error = default;
            return true;
        }

        pos++;
        switch (token)
        {
            case ConditionalToken.UnicodeString:
            {
                if (!TryReadCounted(data, ref pos, at, "string", out var bytes, out error))
                {
                    return false;
                }

                if (bytes.Length % 2 != 0)
                {
                    error = Error(at + 1, $"string length {bytes.Length} is odd; strings are UTF-16");
                    return false;
                }

                literal = new ConditionalStringLiteral(Utf16.Read(bytes));
                return true;
            }

            case ConditionalToken.OctetString:
            {
                if (!TryReadCounted(data, ref pos, at, "octet string", out var bytes, out error))
                {
                    return false;
                }

                literal = new ConditionalOctetStringLiteral(bytes);
                return true;
            }

            case ConditionalToken.Sid:
            {
                if (!TryReadCounted(data, ref pos, at, "SID", out var bytes, out error))
                {
                    return false;
                }

                if (!Sid.TryRead(bytes, out var sid, out int consumed, out var sidError))
                {
                    error = Error(at + 5 + sidError.Offset, sidError.Message);
                    return false;
                }

                if (consumed != bytes.Length)
                {
                    error = Error(at + 1, $"SID literal length {bytes.Length} does not match its SID ({consumed} bytes)");
                    return false;
                }

                literal = new ConditionalSidLiteral(sid);
                return true;
            }

            case ConditionalToken.Composite:
            {
                if (!TryReadCounted(data, ref pos, at, "composite", out _, out error))
                {
                    return false;
                }

                if (depth + 1 > ConditionalCompositeLiteral.MaxDepth)
                {
                    error = Error(at, $"composites nest deeper than {ConditionalCompositeLiteral.MaxDepth}");
                    return false;
                }

                int end = pos;
                int elementPos = at + 5;
                var bounded = data[..end];
                var elements = new List<ConditionalLiteral>();
                while (elementPos < end)
                {
                    var elementToken = (ConditionalToken)bounded[elementPos];
                    if (!ConditionalTokenInfo.IsLiteral(elementToken))
                    {
                        error = Error(elementPos, $"token 0x{(byte)elementToken:x2} inside a composite; only literals may be elements");
                        return false;
                    }

                    if (!TryReadLiteral(bounded, ref elementPos, depth + 1, out var element, out error))
                    {
                        return false;
                    }

                    elements.Add(element);
                }

                literal = new ConditionalCompositeLiteral(elements);
                error = default;
                return true;
            }

            default:
                error = Error(at, $"token 0x{(byte)token:x2} is not a literal");
                return false;
        }
    }

    /// <summary>Reads a 4-byte little-endian length and that many bytes; <paramref name="pos"/> is just after the token byte.</summary>
    private static bool TryReadCounted(ReadOnlySpan<byte> data, ref int pos, int tokenAt, string what, out ReadOnlySpan<byte> bytes, out ParseError error)
    {
        bytes = default;
        if (data.Length - pos < 4)
        {
            error = Error(tokenAt, $"{what} token needs a 4-byte length, {data.Length - pos} bytes left");
            return false;
        }

        uint length = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(pos));
        if (length > (uint)(data.Length - pos - 4))
        {
            error = Error(pos, $"{what} length {length} runs past the end ({data.Length - pos - 4} bytes left)");
            return false;
        }

        bytes = data.Slice(pos + 4, (int)length);
        pos += 4 + (int)length;
        error = default;
        return true;
    }

    private static ParseError Error(int offset, string message) => new(offset, message, true);
}
