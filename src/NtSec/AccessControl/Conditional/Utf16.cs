using System.Buffers.Binary;

namespace NtSec.AccessControl.Conditional;

/// <summary>UTF-16LE code units to and from strings, unit for unit (no replacement of unpaired surrogates).</summary>
internal static class Utf16
{
    public static string Read(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length / 2, bytes, static (chars, source) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source.Slice(2 * i));
            }
        });

    public static void Write(ReadOnlySpan<char> text, Span<byte> destination)
    {
        for (int i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(2 * i), text[i]);
        }
    }
}
