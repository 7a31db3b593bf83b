namespace NtSec.Principals;

/// <summary>
/// The well-known privileges by LUID low part (SE_*_PRIVILEGE in winnt.h/wdm.h; the high part
/// is 0). Member names are the privilege names LookupPrivilegeValue takes.
/// </summary>
public enum WellKnownPrivilege : uint
{
    /// <summary>SE_CREATE_TOKEN_PRIVILEGE (2): "Create a token object".</summary>
    SeCreateTokenPrivilege = 2,
    /// <summary>SE_ASSIGNPRIMARYTOKEN_PRIVILEGE (3): "Replace a process-level token".</summary>
    SeAssignPrimaryTokenPrivilege = 3,
    /// <summary>SE_LOCK_MEMORY_PRIVILEGE (4): "Lock pages in memory".</summary>
    SeLockMemoryPrivilege = 4,
    /// <summary>SE_INCREASE_QUOTA_PRIVILEGE (5): "Adjust memory quotas for a process".</summary>
    SeIncreaseQuotaPrivilege = 5,
    /// <summary>SE_MACHINE_ACCOUNT_PRIVILEGE (6): "Add workstations to domain".</summary>
    SeMachineAccountPrivilege = 6,
    /// <summary>SE_TCB_PRIVILEGE (7): "Act as part of the operating system".</summary>
    SeTcbPrivilege = 7,
    /// <summary>SE_SECURITY_PRIVILEGE (8): "Manage auditing and security log".</summary>
    SeSecurityPrivilege = 8,
    /// <summary>SE_TAKE_OWNERSHIP_PRIVILEGE (9): "Take ownership of files or other objects".</summary>
    SeTakeOwnershipPrivilege = 9,
    /// <summary>SE_LOAD_DRIVER_PRIVILEGE (10): "Load and unload device drivers".</summary>
    SeLoadDriverPrivilege = 10,
    /// <summary>SE_SYSTEM_PROFILE_PRIVILEGE (11): "Profile system performance".</summary>
    SeSystemProfilePrivilege = 11,
    /// <summary>SE_SYSTEMTIME_PRIVILEGE (12): "Change the system time".</summary>
    SeSystemtimePrivilege = 12,
    /// <summary>SE_PROF_SINGLE_PROCESS_PRIVILEGE (13): "Profile single process".</summary>
    SeProfileSingleProcessPrivilege = 13,
    /// <summary>SE_INC_BASE_PRIORITY_PRIVILEGE (14): "Increase scheduling priority".</summary>
    SeIncreaseBasePriorityPrivilege = 14,
    /// <summary>SE_CREATE_PAGEFILE_PRIVILEGE (15): "Create a pagefile".</summary>
    SeCreatePagefilePrivilege = 15,
    /// <summary>SE_CREATE_PERMANENT_PRIVILEGE (16): "Create permanent shared objects".</summary>
    SeCreatePermanentPrivilege = 16,
    /// <summary>SE_BACKUP_PRIVILEGE (17): "Back up files and directories".</summary>
    SeBackupPrivilege = 17,
    /// <summary>SE_RESTORE_PRIVILEGE (18): "Restore files and directories".</summary>
    SeRestorePrivilege = 18,
    /// <summary>SE_SHUTDOWN_PRIVILEGE (19): "Shut down the system".</summary>
    SeShutdownPrivilege = 19,
    /// <summary>SE_DEBUG_PRIVILEGE (20): "Debug programs".</summary>
    SeDebugPrivilege = 20,
    /// <summary>SE_AUDIT_PRIVILEGE (21): "Generate security audits".</summary>
    SeAuditPrivilege = 21,
    /// <summary>SE_SYSTEM_ENVIRONMENT_PRIVILEGE (22): "Modify firmware environment values".</summary>
    SeSystemEnvironmentPrivilege = 22,
    /// <summary>SE_CHANGE_NOTIFY_PRIVILEGE (23): "Bypass traverse checking".</summary>
    SeChangeNotifyPrivilege = 23,
    /// <summary>SE_REMOTE_SHUTDOWN_PRIVILEGE (24): "Force shutdown from a remote system".</summary>
    SeRemoteShutdownPrivilege = 24,
    /// <summary>SE_UNDOCK_PRIVILEGE (25): "Remove computer from docking station".</summary>
    SeUndockPrivilege = 25,
    /// <summary>SE_SYNC_AGENT_PRIVILEGE (26): "Synchronize directory service data".</summary>
    SeSyncAgentPrivilege = 26,
    /// <summary>SE_ENABLE_DELEGATION_PRIVILEGE (27): "Enable computer and user accounts to be trusted for delegation".</summary>
    SeEnableDelegationPrivilege = 27,
    /// <summary>SE_MANAGE_VOLUME_PRIVILEGE (28): "Perform volume maintenance tasks".</summary>
    SeManageVolumePrivilege = 28,
    /// <summary>SE_IMPERSONATE_PRIVILEGE (29): "Impersonate a client after authentication".</summary>
    SeImpersonatePrivilege = 29,
    /// <summary>SE_CREATE_GLOBAL_PRIVILEGE (30): "Create global objects".</summary>
    SeCreateGlobalPrivilege = 30,
    /// <summary>SE_TRUSTED_CREDMAN_ACCESS_PRIVILEGE (31): "Access Credential Manager as a trusted caller".</summary>
    SeTrustedCredManAccessPrivilege = 31,
    /// <summary>SE_RELABEL_PRIVILEGE (32): "Modify an object label".</summary>
    SeRelabelPrivilege = 32,
    /// <summary>SE_INC_WORKING_SET_PRIVILEGE (33): "Increase a process working set".</summary>
    SeIncreaseWorkingSetPrivilege = 33,
    /// <summary>SE_TIME_ZONE_PRIVILEGE (34): "Change the time zone".</summary>
    SeTimeZonePrivilege = 34,
    /// <summary>SE_CREATE_SYMBOLIC_LINK_PRIVILEGE (35): "Create symbolic links".</summary>
    SeCreateSymbolicLinkPrivilege = 35,
    /// <summary>SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE (36): "Impersonate other users".</summary>
    SeDelegateSessionUserImpersonatePrivilege = 36,
}
