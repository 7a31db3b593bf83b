using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// Rights that enabled privileges grant before the DACL is read (DESIGN.md "Fidelity";
/// [MS-DTYP] 2.5.3.2 steps 1-2; Windows Security Internals ch. 7): SeSecurityPrivilege for
/// ACCESS_SYSTEM_SECURITY, SeTakeOwnershipPrivilege or SeRelabelPrivilege for WRITE_OWNER, and
/// for a backup/restore-intent open SeBackupPrivilege and SeRestorePrivilege.
/// </summary>
internal static class PrivilegeGrants
{
    /// <summary>What SeBackupPrivilege grants a backup-intent open: READ_CONTROL, ACCESS_SYSTEM_SECURITY, FILE_GENERIC_READ, FILE_TRAVERSE.</summary>
    public const uint BackupRights = AccessMask.ReadControl | AccessMask.AccessSystemSecurity | 0x0012_0089 | 0x20;

    /// <summary>What SeRestorePrivilege grants a restore-intent open: WRITE_DAC, WRITE_OWNER, ACCESS_SYSTEM_SECURITY, FILE_GENERIC_WRITE, FILE_ADD_FILE, FILE_ADD_SUBDIRECTORY, DELETE.</summary>
    public const uint RestoreRights = AccessMask.WriteDac | AccessMask.WriteOwner | AccessMask.AccessSystemSecurity | 0x0012_0116 | 0x2 | 0x4 | AccessMask.Delete;

    /// <summary>
    /// The bits privileges grant for <paramref name="requested"/> (all grantable bits in MAXIMUM_ALLOWED
    /// mode; ACCESS_SYSTEM_SECURITY only when asked for by name).
    /// </summary>
    public static uint Grant(TokenState token, uint requested, bool maximumAllowed, bool backupRestoreIntent,
        ref UsedPrivileges used, AccessCheckTrace? trace)
    {
        uint wanted = maximumAllowed ? requested | ~AccessMask.AccessSystemSecurity : requested;
        uint granted = 0;
        if ((requested & AccessMask.AccessSystemSecurity) != 0 && token.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
        {
            granted |= AccessMask.AccessSystemSecurity;
            used |= UsedPrivileges.SeSecurityPrivilege;
            trace?.Add(AccessCheckStage.Privileges, "SeSecurityPrivilege (enabled) grants ACCESS_SYSTEM_SECURITY", AccessMask.AccessSystemSecurity);
        }

        if ((wanted & AccessMask.WriteOwner) != 0)
        {
            if (token.HasEnabledPrivilege(WellKnownPrivilege.SeTakeOwnershipPrivilege))
            {
                granted |= AccessMask.WriteOwner;
                used |= UsedPrivileges.SeTakeOwnershipPrivilege;
                trace?.Add(AccessCheckStage.Privileges, "SeTakeOwnershipPrivilege (enabled) grants WRITE_OWNER", AccessMask.WriteOwner);
            }
            else if (token.HasEnabledPrivilege(WellKnownPrivilege.SeRelabelPrivilege))
            {
                granted |= AccessMask.WriteOwner;
                used |= UsedPrivileges.SeRelabelPrivilege;
                trace?.Add(AccessCheckStage.Privileges, "SeRelabelPrivilege (enabled) grants WRITE_OWNER", AccessMask.WriteOwner);
            }
        }

        if (backupRestoreIntent)
        {
            granted |= Intent(token, WellKnownPrivilege.SeBackupPrivilege, BackupRights, wanted, UsedPrivileges.SeBackupPrivilege, ref used, trace);
            granted |= Intent(token, WellKnownPrivilege.SeRestorePrivilege, RestoreRights, wanted, UsedPrivileges.SeRestorePrivilege, ref used, trace);
        }

        return granted;
    }

    private static uint Intent(TokenState token, WellKnownPrivilege privilege, uint rights, uint wanted, UsedPrivileges flag,
        ref UsedPrivileges used, AccessCheckTrace? trace)
    {
        uint bits = rights & wanted;
        if (bits == 0 || !token.HasEnabledPrivilege(privilege))
        {
            return 0;
        }

        used |= flag;
        trace?.Add(AccessCheckStage.Privileges, $"{privilege} (enabled) grants 0x{bits:X8} to a backup/restore-intent open", bits);
        return bits;
    }
}
