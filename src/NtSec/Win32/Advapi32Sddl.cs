using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens.Presets;

namespace NtSec.Win32;

/// <summary>
/// The SDDL functions of advapi32 (sddl.h): ConvertStringSidToSidW, ConvertSidToStringSidW,
/// ConvertStringSecurityDescriptorToSecurityDescriptorW and ConvertSecurityDescriptorToStringSecurityDescriptorW.
/// The parsing and writing are the library's (<see cref="SecurityDescriptor.TryParseSddl"/>,
/// <see cref="SddlContext.TryParseSid"/>, <see cref="SecurityDescriptor.TryToSddl"/>); these functions choose
/// the Win32 error.
/// </summary>
/// <remarks>
/// <para>Domain- and machine-relative aliases (DA, DU, LA, ...) resolve against the machine's account domain,
/// <see cref="TokenPresets.MachineDomainSid"/> (S-1-5-21-1-2-3), and SIDs of that domain are written with
/// them. On a workgroup Windows machine the forest-root and some domain aliases (SA, EA, RO, CA, PA, RS, CN)
/// fail with ERROR_INVALID_SID (research/samba-msdtyp.md 2.2); here they resolve. A descriptor is returned
/// as a <see cref="SecurityDescriptor"/> and its size is the self-relative size; LocalFree is not needed.</para>
/// <para>ConvertStringSecurityDescriptorToSecurityDescriptorW's errors, decided from Wine's
/// test_ConvertStringSecurityDescriptor (which passes on Windows): a NULL string is ERROR_INVALID_PARAMETER,
/// checked before the revision; a revision other than SDDL_REVISION_1 is ERROR_UNKNOWN_REVISION; a text that
/// is not a section ("ERROR:(D;;GA;;;WD)") is ERROR_INVALID_PARAMETER; anything wrong inside an ACE (an unknown
/// right "ROB", a blank after the rights "GA ", a SID that is not a SID string or alias "Nonexistent account")
/// is ERROR_INVALID_ACL. A bad owner or group SID is ERROR_INVALID_SID (no Windows-run test; Samba's notes on
/// Windows and Wine's implementation agree). Any other failure outside an ACE (a repeated section, NO_ACCESS_CONTROL
/// followed by ACEs, unknown ACL flags) is ERROR_INVALID_PARAMETER (unverified). "D:(D ;;GA;;;WD)" gives
/// RPC_S_INVALID_STRING_UUID on Vista and later; the model gives ERROR_INVALID_ACL, the value the same test
/// accepts from earlier Windows.</para>
/// </remarks>
public static class Advapi32Sddl
{
    /// <summary>SDDL_REVISION_1, the only revision there is.</summary>
    public const uint SDDL_REVISION_1 = 1;

    /// <summary>The context aliases resolve against (see the class remarks).</summary>
    public static SddlContext Context { get; } = new(TokenPresets.MachineDomainSid);

    /// <summary>
    /// ConvertStringSidToSidW: a SID from "S-1-..." (with Windows' number leniencies) or a two-letter SDDL alias
    /// ("WD", "BA", any case). FALSE with ERROR_INVALID_PARAMETER for a NULL string, ERROR_INVALID_SID for text
    /// that is neither ("WDandmorejunk"); <paramref name="sid"/> is then null.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="stringSid">StringSid.</param>
    /// <param name="sid">Sid: the SID (Windows allocates it with LocalAlloc).</param>
    public static bool ConvertStringSidToSidW(KernelCall call, string? stringSid, out Sid? sid)
    {
        Win32Call.Enter(call);
        sid = null;
        if (stringSid is null)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
        }

        if (!Context.TryParseSid(stringSid, 0, out var parsed, out _))
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_SID);
        }

        sid = parsed;
        return true;
    }

    /// <summary>
    /// ConvertSidToStringSidW: the "S-1-..." form of <paramref name="sid"/> (never an alias). FALSE with
    /// ERROR_INVALID_PARAMETER for a NULL SID.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="sid">Sid.</param>
    /// <param name="stringSid">StringSid: the text, null on failure.</param>
    public static bool ConvertSidToStringSidW(KernelCall call, Sid? sid, out string? stringSid)
    {
        Win32Call.Enter(call);
        stringSid = null;
        if (sid is null)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
        }

        stringSid = sid.ToString();
        return true;
    }

    /// <summary>
    /// ConvertStringSecurityDescriptorToSecurityDescriptorW: a descriptor from SDDL. The errors are in the class
    /// remarks. An empty string is an empty descriptor (no owner, group, DACL or SACL).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="stringSecurityDescriptor">StringSecurityDescriptor.</param>
    /// <param name="stringSDRevision">StringSDRevision: SDDL_REVISION_1.</param>
    /// <param name="securityDescriptor">SecurityDescriptor: the descriptor, null on failure.</param>
    /// <param name="securityDescriptorSize">SecurityDescriptorSize: its self-relative size in bytes (0 on failure).</param>
    public static bool ConvertStringSecurityDescriptorToSecurityDescriptorW(KernelCall call, string? stringSecurityDescriptor, uint stringSDRevision,
        out SecurityDescriptor? securityDescriptor, out uint securityDescriptorSize)
    {
        Win32Call.Enter(call);
        securityDescriptor = null;
        securityDescriptorSize = 0;
        if (stringSecurityDescriptor is null)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
        }

        if (stringSDRevision != SDDL_REVISION_1)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_UNKNOWN_REVISION);
        }

        if (!SecurityDescriptor.TryParseSddl(stringSecurityDescriptor, Context, out var parsed, out var error))
        {
            return Win32Call.Fail(call, ParseFailure(stringSecurityDescriptor, error.Offset));
        }

        securityDescriptor = parsed;
        securityDescriptorSize = (uint)parsed.BinaryLength;
        return true;
    }

    /// <summary>
    /// ConvertSecurityDescriptorToStringSecurityDescriptorW: the SDDL of the parts of
    /// <paramref name="securityDescriptor"/> that <paramref name="securityInformation"/> selects (OWNER, GROUP,
    /// DACL, SACL; LABEL selects only the mandatory label ACEs of the SACL), in Windows' canonical form.
    /// FALSE with ERROR_INVALID_PARAMETER for a NULL descriptor, ERROR_UNKNOWN_REVISION for a revision other
    /// than SDDL_REVISION_1, ERROR_INVALID_ACL for an ACE SDDL cannot express (unverified).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="securityDescriptor">SecurityDescriptor.</param>
    /// <param name="requestedStringSDRevision">RequestedStringSDRevision: SDDL_REVISION_1.</param>
    /// <param name="securityInformation">SecurityInformation: the parts to write.</param>
    /// <param name="stringSecurityDescriptor">StringSecurityDescriptor: the text, null on failure.</param>
    /// <param name="stringSecurityDescriptorLen">StringSecurityDescriptorLen: its length in characters, the terminating null included.</param>
    public static bool ConvertSecurityDescriptorToStringSecurityDescriptorW(KernelCall call, SecurityDescriptor? securityDescriptor,
        uint requestedStringSDRevision, SecurityInformation securityInformation, out string? stringSecurityDescriptor,
        out uint stringSecurityDescriptorLen)
    {
        Win32Call.Enter(call);
        stringSecurityDescriptor = null;
        stringSecurityDescriptorLen = 0;
        if (securityDescriptor is null)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
        }

        if (requestedStringSDRevision != SDDL_REVISION_1)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_UNKNOWN_REVISION);
        }

        var selected = SecurityRules.Select(securityDescriptor, securityInformation);
        if (!selected.TryToSddl(Context, out var sddl, out _))
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_ACL);
        }

        stringSecurityDescriptor = sddl;
        stringSecurityDescriptorLen = (uint)sddl.Length + 1;
        return true;
    }

    /// <summary>
    /// The error for an SDDL parse failure at <paramref name="offset"/>: inside an ACE (between its parentheses,
    /// the opening one included) ERROR_INVALID_ACL; in the SID of an O: or G: section ERROR_INVALID_SID;
    /// elsewhere, a section letter itself included, ERROR_INVALID_PARAMETER (see the class remarks).
    /// </summary>
    internal static Win32Error ParseFailure(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int depth = 0;
        char section = '\0';
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is 'O' or 'G' or 'D' or 'S' && i + 1 < text.Length && text[i + 1] == ':')
            {
                section = c;
            }
        }

        if (depth > 0 || (offset < text.Length && text[offset] == '('))
        {
            return Win32Error.ERROR_INVALID_ACL;
        }

        if (offset + 1 < text.Length && text[offset] is 'O' or 'G' or 'D' or 'S' && text[offset + 1] == ':')
        {
            return Win32Error.ERROR_INVALID_PARAMETER; // the section itself is wrong (it appears twice)
        }

        return section is 'O' or 'G' ? Win32Error.ERROR_INVALID_SID : Win32Error.ERROR_INVALID_PARAMETER;
    }
}
