using System.Collections.Frozen;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_ELEVATION.TokenIsElevated as Windows 10/11 compute it (SepGetTokenElevation and RtlIsElevatedRid,
/// read for behaviour in public decompilations): the token is elevated when it holds (enabled or not) one
/// of the administrative privileges, or when its user or one of its groups is an administrative account.
/// It is a property of the contents, not of the elevation type: a TokenElevationTypeDefault token with
/// an enabled BUILTIN\Administrators reports elevated (wine.md ELV-01, test_admin_elevation), and so
/// does SYSTEM.
/// </summary>
internal static class TokenElevationRules
{
    /// <summary>
    /// The privileges that make a token elevated, as the LUID bit mask Windows tests against the token's
    /// present privileges (0x1120160684): SeCreateToken (2), SeTcb (7), SeTakeOwnership (9), SeLoadDriver
    /// (10), SeBackup (17), SeRestore (18), SeDebug (20), SeImpersonate (29), SeRelabel (32),
    /// SeDelegateSessionUserImpersonate (36). The same mask is what lowering the integrity level below High
    /// removes (NtSetInformationToken).
    /// </summary>
    public const ulong AdministrativePrivilegeMask = 0x11_2016_0684;

    /// <summary>
    /// The RIDs RtlIsElevatedRid recognises (by the SID's last sub-authority). Windows's table has 19 entries
    /// that are not readable in the decompilation; this is the list of groups "How User Account Control
    /// works" says UAC filters, plus S-1-5-114 (Local account and member of Administrators group), which UAC
    /// also makes deny-only. The exact membership of the table is unverified.
    /// </summary>
    private static readonly FrozenSet<uint> ElevatedRids = new uint[]
    {
        498, // Enterprise Read-only Domain Controllers
        512, // Domain Admins
        516, // Domain Controllers
        517, // Cert Publishers
        518, // Schema Admins
        519, // Enterprise Admins
        520, // Group Policy Creator Owners
        521, // Read-only Domain Controllers
        544, // BUILTIN\Administrators
        547, // Power Users
        548, // Account Operators
        549, // Server Operators
        550, // Print Operators
        551, // Backup Operators
        553, // RAS Servers
        554, // Pre-Windows 2000 Compatible Access
        556, // Network Configuration Operators
        569, // Cryptographic Operators
        114, // NT AUTHORITY\Local account and member of Administrators group
    }.ToFrozenSet();

    /// <summary>TokenIsElevated for <paramref name="state"/>.</summary>
    public static bool IsElevated(TokenState state)
    {
        foreach (var p in state.Privileges)
        {
            if (p.Luid.HighPart == 0 && p.Luid.LowPart < 64 && (AdministrativePrivilegeMask & (1UL << (int)p.Luid.LowPart)) != 0)
            {
                return true;
            }
        }

        if (IsElevatedRid(state.User))
        {
            return true;
        }

        foreach (var g in state.Groups)
        {
            if (IsElevatedRid(g))
            {
                return true;
            }
        }

        return false; // the integrity label carries SE_GROUP_INTEGRITY and never counts
    }

    /// <summary>
    /// RtlIsElevatedRid: not deny-only and not an integrity SID (attributes 0x30 clear), at least one
    /// sub-authority, the first not in 80..111 (service and virtual-account SIDs), the last in the table.
    /// </summary>
    private static bool IsElevatedRid(SidAndAttributes entry)
    {
        if ((entry.Attributes & (GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY | GroupAttributes.SE_GROUP_INTEGRITY)) != 0)
        {
            return false;
        }

        var sub = entry.Sid.SubAuthorities;
        return sub.Length > 0 && sub[0] - 80u > 0x1F && ElevatedRids.Contains(sub[^1]);
    }
}
