using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;

namespace NtSec.Cli;

/// <summary>Reads and writes one security descriptor in a <see cref="DescriptorFormat"/>.</summary>
internal static class DescriptorCodec
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Decodes <paramref name="input"/>; on failure, <paramref name="error"/> names the position.</summary>
    public static bool TryDecode(string input, DescriptorFormat format, SddlContext context,
        [NotNullWhen(true)] out SecurityDescriptor? sd, [NotNullWhen(false)] out string? error)
    {
        sd = null;
        if (format == DescriptorFormat.Sddl)
        {
            if (SecurityDescriptor.TryParseSddl(input, context, out sd, out var parseError))
            {
                error = null;
                return true;
            }

            error = "SDDL " + parseError;
            return false;
        }

        if (!TryDecodeBytes(input, format, out var bytes, out error))
        {
            return false;
        }

        if (SecurityDescriptor.TryRead(bytes, out sd, out var readError))
        {
            return true;
        }

        error = "security descriptor " + readError;
        return false;
    }

    /// <summary>Encodes <paramref name="sd"/>; fails only for SDDL that cannot express the content.</summary>
    public static bool TryEncode(SecurityDescriptor sd, DescriptorFormat format, SddlContext context,
        [NotNullWhen(true)] out string? output, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (format)
        {
            case DescriptorFormat.Hex:
                output = Convert.ToHexStringLower(sd.ToBytes());
                return true;
            case DescriptorFormat.Base64:
                output = Convert.ToBase64String(sd.ToBytes());
                return true;
            default:
                if (sd.TryToSddl(context, out output, out var sddlError))
                {
                    return true;
                }

                error = "cannot write SDDL: " + sddlError;
                return false;
        }
    }

    private static bool TryDecodeBytes(string input, DescriptorFormat format, [NotNullWhen(true)] out byte[]? bytes,
        [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        string text = input.Trim();
        if (format == DescriptorFormat.Hex)
        {
            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                text = text[2..];
            }

            text = text.Replace(" ", string.Empty, StringComparison.Ordinal);
            int bad = text.AsSpan().IndexOfAnyExcept(HexDigits);
            if (bad >= 0 || text.Length % 2 != 0)
            {
                error = bad >= 0 ? $"hex: character {bad}: '{text[bad]}' is not a hex digit" : "hex: odd number of digits";
                return false;
            }

            bytes = Convert.FromHexString(text);
            error = null;
            return true;
        }

        bytes = new byte[(text.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(text, bytes, out int written))
        {
            bytes = bytes[..written];
            error = null;
            return true;
        }

        error = "base64: the input is not valid base64";
        bytes = null;
        return false;
    }
}
