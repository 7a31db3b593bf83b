using NtSec.Principals;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// Reads an SDDL SID field with the leniencies Windows' ConvertStringSidToSid path shows in the
/// Samba/Windows vectors (windows_is_weird.txt, windows_is_less_fussy.txt): numbers are read as
/// wcstoul reads them (leading blanks skipped, 0x hex, saturation at 0xFFFFFFFF for
/// sub-authorities), and a revision written as "0x1" makes every later number hexadecimal.
/// </summary>
internal static class SddlSidReader
{
    public static bool TryRead(SddlContext context, ReadOnlySpan<char> token, int offset, [NotNullWhen(true)] out Sid? sid, out ParseError error)
    {
        sid = null;
        int lead = 0;
        while (lead < token.Length && token[lead] == ' ')
        {
            lead++;
        }

        var body = token[lead..];
        int at = offset + lead;
        if (body.Length >= 2 && (body[0] is 'S' or 's') && body[1] == '-')
        {
            return TryReadNumeric(body, at, out sid, out error);
        }

        var alias = body.TrimEnd(' ');
        if (alias.Length != 2 || !SddlSidAliases.TryGet(alias, out var entry))
        {
            error = new ParseError(at, $"'{body.ToString()}' is neither a SID string (S-1-...) nor a known SDDL SID alias");
            return false;
        }

        sid = context.Resolve(alias);
        if (sid is null)
        {
            error = new ParseError(at, $"SID alias '{entry.Alias}' is relative to the {entry.Base.ToString().ToLowerInvariant()} SID, and no domain SID was given");
            return false;
        }

        error = default;
        return true;
    }

    private static bool TryReadNumeric(ReadOnlySpan<char> text, int offset, [NotNullWhen(true)] out Sid? sid, out ParseError error)
    {
        sid = null;
        int pos = 2;
        int numberBase = 0;
        if (!SddlNumber.TryReadUnsigned(text, ref pos, numberBase, out var revision, out bool wasHex, out _) || revision != Sid.Revision)
        {
            error = new ParseError(offset, "SID revision must be 1");
            return false;
        }

        if (wasHex)
        {
            numberBase = 16;
        }

        if (pos >= text.Length || text[pos] != '-')
        {
            error = new ParseError(offset + pos, "expected '-' and the identifier authority");
            return false;
        }

        pos++;
        int authorityAt = pos;
        if (!SddlNumber.TryReadUnsigned(text, ref pos, numberBase, out var authority, out _, out bool overflow) || overflow || authority > Sid.MaxAuthority)
        {
            error = new ParseError(offset + authorityAt, "identifier authority missing or larger than 48 bits");
            return false;
        }

        Span<uint> subs = stackalloc uint[Sid.MaxSubAuthorities];
        int count = 0;
        while (pos < text.Length)
        {
            if (text[pos] != '-')
            {
                error = new ParseError(offset + pos, $"unexpected '{text[pos]}' in SID");
                return false;
            }

            pos++;
            if (count == Sid.MaxSubAuthorities)
            {
                error = new ParseError(offset + pos, "more than 15 sub-authorities");
                return false;
            }

            int subAt = pos;
            if (!SddlNumber.TryReadUnsigned(text, ref pos, numberBase, out var sub, out _, out overflow))
            {
                error = new ParseError(offset + subAt, "expected a sub-authority");
                return false;
            }

            // Windows saturates an oversized sub-authority (windows_is_weird.txt).
            subs[count++] = overflow || sub > uint.MaxValue ? uint.MaxValue : (uint)sub;
        }

        sid = new Sid(authority, subs[..count]);
        error = default;
        return true;
    }
}
