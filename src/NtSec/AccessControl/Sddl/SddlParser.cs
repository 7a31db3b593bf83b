using System.Collections.Immutable;
using NtSec.Principals;

namespace NtSec.AccessControl.Sddl;

/// <summary>
/// Parses SDDL (MS-DTYP 2.5.1) into a security descriptor the way
/// ConvertStringSecurityDescriptorToSecurityDescriptorW does, including the leniencies the
/// Samba/Windows vectors record: blanks between sections, before ACL flags, between ACEs and at
/// the start of ACE fields; lower-case ACE types, flags, rights and SID aliases; wcstoul-style
/// numbers. Section letters must be upper case and followed directly by ':'.
/// </summary>
internal static class SddlParser
{
    public static bool TryParse(string text, SddlContext context, [NotNullWhen(true)] out SecurityDescriptor? descriptor, out ParseError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        descriptor = null;
        var state = new SddlParseState(text, context);
        if (!state.Run(out error))
        {
            return false;
        }

        descriptor = new SecurityDescriptor(state.Control, state.Owner, state.Group, state.Dacl, state.Sacl);
        return true;
    }
}

/// <summary>The cursor and results of one SDDL parse.</summary>
internal sealed class SddlParseState(string text, SddlContext context)
{
    private int _pos;
    private bool _seenOwner, _seenGroup, _seenDacl, _seenSacl;

    public SecurityDescriptorControl Control { get; private set; }

    public Sid? Owner { get; private set; }

    public Sid? Group { get; private set; }

    public Acl? Dacl { get; private set; }

    public Acl? Sacl { get; private set; }

    public bool Run(out ParseError error)
    {
        while (true)
        {
            SkipBlanks();
            if (_pos >= text.Length)
            {
                error = default;
                return true;
            }

            char section = text[_pos];
            if (!IsSectionStart(_pos))
            {
                error = new ParseError(_pos, $"expected a section 'O:', 'G:', 'D:' or 'S:', found '{Describe(_pos)}'");
                return false;
            }

            int sectionAt = _pos;
            _pos += 2;
            bool ok = section switch
            {
                'O' => ParseSidSection(sectionAt, ref _seenOwner, s => Owner = s, out error),
                'G' => ParseSidSection(sectionAt, ref _seenGroup, s => Group = s, out error),
                'D' => ParseAclSection(sectionAt, isDacl: true, out error),
                _ => ParseAclSection(sectionAt, isDacl: false, out error),
            };
            if (!ok)
            {
                return false;
            }
        }
    }

    private bool IsSectionStart(int at) =>
        at + 1 < text.Length && text[at + 1] == ':' && text[at] is 'O' or 'G' or 'D' or 'S';

    private bool ParseSidSection(int sectionAt, ref bool seen, Action<Sid> assign, out ParseError error)
    {
        if (seen)
        {
            error = new ParseError(sectionAt, $"section '{text[sectionAt]}:' appears twice");
            return false;
        }

        seen = true;
        int start = _pos;
        int end = start;
        while (end < text.Length && !IsSectionStart(end))
        {
            end++;
        }

        var token = text.AsSpan(start, end - start).TrimEnd(' ');
        if (token.Trim(' ').IsEmpty)
        {
            error = new ParseError(start, $"section '{text[sectionAt]}:' has no SID");
            return false;
        }

        if (!context.TryParseSid(token, start, out var sid, out error))
        {
            return false;
        }

        assign(sid);
        _pos = end;
        return true;
    }

    private bool ParseAclSection(int sectionAt, bool isDacl, out ParseError error)
    {
        if (isDacl ? _seenDacl : _seenSacl)
        {
            error = new ParseError(sectionAt, $"section '{text[sectionAt]}:' appears twice");
            return false;
        }

        if (isDacl)
        {
            _seenDacl = true;
        }
        else
        {
            _seenSacl = true;
        }

        var control = isDacl ? SecurityDescriptorControl.DaclPresent : SecurityDescriptorControl.SaclPresent;
        bool nullAcl = false;
        while (true)
        {
            SkipBlanks();
            if (Match("NO_ACCESS_CONTROL"))
            {
                nullAcl = true;
            }
            else if (Match("P"))
            {
                control |= isDacl ? SecurityDescriptorControl.DaclProtected : SecurityDescriptorControl.SaclProtected;
            }
            else if (Match("AI"))
            {
                control |= isDacl ? SecurityDescriptorControl.DaclAutoInherited : SecurityDescriptorControl.SaclAutoInherited;
            }
            else if (Match("AR"))
            {
                control |= isDacl ? SecurityDescriptorControl.DaclAutoInheritRequired : SecurityDescriptorControl.SaclAutoInheritRequired;
            }
            else
            {
                break;
            }
        }

        var aces = ImmutableArray.CreateBuilder<Ace>();
        int aclSize = 8;
        SkipBlanks();
        while (_pos < text.Length && text[_pos] == '(')
        {
            int aceAt = _pos;
            if (!SddlAceParser.TryParse(text, ref _pos, context, out var ace, out error))
            {
                return false;
            }

            if (isDacl && !IsDaclAceType(ace.Type))
            {
                error = new ParseError(aceAt, $"a DACL cannot hold a {SddlTables.CodeOf(ace.Type)} ACE (system ACE types belong in the SACL; windows_is_fussy.txt)");
                return false;
            }

            aclSize += ace.BinaryLength;
            if (aclSize > Acl.MaxSize)
            {
                error = new ParseError(aceAt, "the ACL grows past 65535 bytes, the most AclSize can hold");
                return false;
            }

            aces.Add(ace);
            SkipBlanks();
        }

        if (_pos < text.Length && !IsSectionStart(_pos))
        {
            error = new ParseError(_pos, $"expected an ACE '(' or the next section, found '{Describe(_pos)}'");
            return false;
        }

        if (nullAcl && aces.Count > 0)
        {
            error = new ParseError(sectionAt, "NO_ACCESS_CONTROL (a NULL ACL) cannot be followed by ACEs");
            return false;
        }

        Control |= control;
        var acl = nullAcl ? null : new Acl(aces.ToImmutable());
        if (isDacl)
        {
            Dacl = acl;
        }
        else
        {
            Sacl = acl;
        }

        error = default;
        return true;
    }

    private static bool IsDaclAceType(AceType type) => AceTypeInfo.IsAllow(type) || AceTypeInfo.IsDeny(type);

    private bool Match(string word)
    {
        if (string.CompareOrdinal(text, _pos, word, 0, word.Length) == 0)
        {
            _pos += word.Length;
            return true;
        }

        return false;
    }

    private void SkipBlanks()
    {
        while (_pos < text.Length && text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private string Describe(int at) => at < text.Length ? text.Substring(at, Math.Min(12, text.Length - at)) : "end of text";
}
