using System.Collections.Frozen;

namespace NtSec.Principals;

/// <summary>
/// The privileges of Windows 10/11 (LUIDs 2 to 36) with the display names of Microsoft's
/// "Privilege Constants (Authorization)" page; lookups as LookupPrivilegeValue and
/// LookupPrivilegeName do them.
/// </summary>
public static class PrivilegeTable
{
    /// <summary>Every privilege, in LUID order.</summary>
    public static IReadOnlyList<Privilege> All { get; } =
    [
        P(WellKnownPrivilege.SeCreateTokenPrivilege, "Create a token object"),
        P(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege, "Replace a process-level token"),
        P(WellKnownPrivilege.SeLockMemoryPrivilege, "Lock pages in memory"),
        P(WellKnownPrivilege.SeIncreaseQuotaPrivilege, "Adjust memory quotas for a process"),
        P(WellKnownPrivilege.SeMachineAccountPrivilege, "Add workstations to domain"),
        P(WellKnownPrivilege.SeTcbPrivilege, "Act as part of the operating system"),
        P(WellKnownPrivilege.SeSecurityPrivilege, "Manage auditing and security log"),
        P(WellKnownPrivilege.SeTakeOwnershipPrivilege, "Take ownership of files or other objects"),
        P(WellKnownPrivilege.SeLoadDriverPrivilege, "Load and unload device drivers"),
        P(WellKnownPrivilege.SeSystemProfilePrivilege, "Profile system performance"),
        P(WellKnownPrivilege.SeSystemtimePrivilege, "Change the system time"),
        P(WellKnownPrivilege.SeProfileSingleProcessPrivilege, "Profile single process"),
        P(WellKnownPrivilege.SeIncreaseBasePriorityPrivilege, "Increase scheduling priority"),
        P(WellKnownPrivilege.SeCreatePagefilePrivilege, "Create a pagefile"),
        P(WellKnownPrivilege.SeCreatePermanentPrivilege, "Create permanent shared objects"),
        P(WellKnownPrivilege.SeBackupPrivilege, "Back up files and directories"),
        P(WellKnownPrivilege.SeRestorePrivilege, "Restore files and directories"),
        P(WellKnownPrivilege.SeShutdownPrivilege, "Shut down the system"),
        P(WellKnownPrivilege.SeDebugPrivilege, "Debug programs"),
        P(WellKnownPrivilege.SeAuditPrivilege, "Generate security audits"),
        P(WellKnownPrivilege.SeSystemEnvironmentPrivilege, "Modify firmware environment values"),
        P(WellKnownPrivilege.SeChangeNotifyPrivilege, "Bypass traverse checking"),
        P(WellKnownPrivilege.SeRemoteShutdownPrivilege, "Force shutdown from a remote system"),
        P(WellKnownPrivilege.SeUndockPrivilege, "Remove computer from docking station"),
        P(WellKnownPrivilege.SeSyncAgentPrivilege, "Synchronize directory service data"),
        P(WellKnownPrivilege.SeEnableDelegationPrivilege, "Enable computer and user accounts to be trusted for delegation"),
        P(WellKnownPrivilege.SeManageVolumePrivilege, "Perform volume maintenance tasks"),
        P(WellKnownPrivilege.SeImpersonatePrivilege, "Impersonate a client after authentication"),
        P(WellKnownPrivilege.SeCreateGlobalPrivilege, "Create global objects"),
        P(WellKnownPrivilege.SeTrustedCredManAccessPrivilege, "Access Credential Manager as a trusted caller"),
        P(WellKnownPrivilege.SeRelabelPrivilege, "Modify an object label"),
        P(WellKnownPrivilege.SeIncreaseWorkingSetPrivilege, "Increase a process working set"),
        P(WellKnownPrivilege.SeTimeZonePrivilege, "Change the time zone"),
        P(WellKnownPrivilege.SeCreateSymbolicLinkPrivilege, "Create symbolic links"),
        P(WellKnownPrivilege.SeDelegateSessionUserImpersonatePrivilege, "Impersonate other users"),    ];

    private static readonly FrozenDictionary<string, Privilege> ByName =
        All.ToFrozenDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<Luid, Privilege> ByLuid = All.ToFrozenDictionary(p => p.Luid);

    /// <summary>
    /// LookupPrivilegeValue: the privilege named <paramref name="name"/>, compared
    /// case-insensitively ("sEcREATEtOKENpRIVILEGE" works); false for a null, empty or unknown
    /// name (Windows: ERROR_NO_SUCH_PRIVILEGE) ([W] wine.md LUID-05).
    /// </summary>
    public static bool TryGetByName(string? name, [NotNullWhen(true)] out Privilege? privilege)
    {
        privilege = null;
        return !string.IsNullOrEmpty(name) && ByName.TryGetValue(name, out privilege);
    }

    /// <summary>
    /// LookupPrivilegeName: the privilege whose LUID is <paramref name="luid"/>; false for any
    /// other LUID (Windows: ERROR_NO_SUCH_PRIVILEGE) ([W] wine.md LUID-04).
    /// </summary>
    public static bool TryGetByLuid(Luid luid, [NotNullWhen(true)] out Privilege? privilege) =>
        ByLuid.TryGetValue(luid, out privilege);

    /// <summary>The entry of a well-known privilege.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="privilege"/> is not a defined value.</exception>
    public static Privilege Get(WellKnownPrivilege privilege) =>
        ByLuid.TryGetValue(ToLuid(privilege), out var entry)
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(privilege), privilege, "not a well-known privilege");

    /// <summary>The LUID of a well-known privilege: LowPart = the value, HighPart = 0.</summary>
    public static Luid ToLuid(WellKnownPrivilege privilege) => new((uint)privilege, 0);

    private static Privilege P(WellKnownPrivilege privilege, string displayName) =>
        new(privilege.ToString(), ToLuid(privilege), displayName);
}
