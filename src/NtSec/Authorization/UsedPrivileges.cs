namespace NtSec.Authorization;

/// <summary>The privileges an access check used to grant access (the PRIVILEGE_SET it returns).</summary>
[Flags]
public enum UsedPrivileges
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>SeSecurityPrivilege granted ACCESS_SYSTEM_SECURITY.</summary>
    SeSecurityPrivilege = 0x1,
    /// <summary>SeTakeOwnershipPrivilege granted WRITE_OWNER.</summary>
    SeTakeOwnershipPrivilege = 0x2,
    /// <summary>SeRelabelPrivilege granted WRITE_OWNER.</summary>
    SeRelabelPrivilege = 0x4,
    /// <summary>SeBackupPrivilege granted read access for a backup-intent open.</summary>
    SeBackupPrivilege = 0x8,
    /// <summary>SeRestorePrivilege granted write access for a restore-intent open.</summary>
    SeRestorePrivilege = 0x10,
}
