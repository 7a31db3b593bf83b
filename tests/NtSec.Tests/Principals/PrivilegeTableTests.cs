using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class PrivilegeTableTests
{
    // Names and display names: Microsoft "Privilege Constants (Authorization)" page ("User Right: ...").
    // LUIDs: SE_*_PRIVILEGE in winnt.h/wdm.h (as in phnt ntseapi.h), 2 (SE_MIN_WELL_KNOWN_PRIVILEGE)
    // to 36 (SE_MAX_WELL_KNOWN_PRIVILEGE); wine.md LUID-05 lists 2..30.
    public static TheoryData<string, uint, string> Privileges => new()
    {
        { "SeCreateTokenPrivilege", 2u, "Create a token object" },
        { "SeAssignPrimaryTokenPrivilege", 3u, "Replace a process-level token" },
        { "SeLockMemoryPrivilege", 4u, "Lock pages in memory" },
        { "SeIncreaseQuotaPrivilege", 5u, "Adjust memory quotas for a process" },
        { "SeMachineAccountPrivilege", 6u, "Add workstations to domain" },
        { "SeTcbPrivilege", 7u, "Act as part of the operating system" },
        { "SeSecurityPrivilege", 8u, "Manage auditing and security log" },
        { "SeTakeOwnershipPrivilege", 9u, "Take ownership of files or other objects" },
        { "SeLoadDriverPrivilege", 10u, "Load and unload device drivers" },
        { "SeSystemProfilePrivilege", 11u, "Profile system performance" },
        { "SeSystemtimePrivilege", 12u, "Change the system time" },
        { "SeProfileSingleProcessPrivilege", 13u, "Profile single process" },
        { "SeIncreaseBasePriorityPrivilege", 14u, "Increase scheduling priority" },
        { "SeCreatePagefilePrivilege", 15u, "Create a pagefile" },
        { "SeCreatePermanentPrivilege", 16u, "Create permanent shared objects" },
        { "SeBackupPrivilege", 17u, "Back up files and directories" },
        { "SeRestorePrivilege", 18u, "Restore files and directories" },
        { "SeShutdownPrivilege", 19u, "Shut down the system" },
        { "SeDebugPrivilege", 20u, "Debug programs" },
        { "SeAuditPrivilege", 21u, "Generate security audits" },
        { "SeSystemEnvironmentPrivilege", 22u, "Modify firmware environment values" },
        { "SeChangeNotifyPrivilege", 23u, "Bypass traverse checking" },
        { "SeRemoteShutdownPrivilege", 24u, "Force shutdown from a remote system" },
        { "SeUndockPrivilege", 25u, "Remove computer from docking station" },
        { "SeSyncAgentPrivilege", 26u, "Synchronize directory service data" },
        { "SeEnableDelegationPrivilege", 27u, "Enable computer and user accounts to be trusted for delegation" },
        { "SeManageVolumePrivilege", 28u, "Perform volume maintenance tasks" },
        { "SeImpersonatePrivilege", 29u, "Impersonate a client after authentication" },
        { "SeCreateGlobalPrivilege", 30u, "Create global objects" },
        { "SeTrustedCredManAccessPrivilege", 31u, "Access Credential Manager as a trusted caller" },
        { "SeRelabelPrivilege", 32u, "Modify an object label" },
        { "SeIncreaseWorkingSetPrivilege", 33u, "Increase a process working set" },
        { "SeTimeZonePrivilege", 34u, "Change the time zone" },
        { "SeCreateSymbolicLinkPrivilege", 35u, "Create symbolic links" },
        { "SeDelegateSessionUserImpersonatePrivilege", 36u, "Impersonate other users" },
    };

    [Theory]
    [MemberData(nameof(Privileges))]
    public void Privilege_has_its_luid_and_display_name(string name, uint lowPart, string displayName)
    {
        Assert.True(PrivilegeTable.TryGetByName(name, out var byName));
        Assert.Equal(name, byName.Name);
        Assert.Equal(new Luid(lowPart, 0), byName.Luid);
        Assert.Equal(displayName, byName.DisplayName);
        Assert.True(PrivilegeTable.TryGetByLuid(new Luid(lowPart, 0), out var byLuid));
        Assert.Same(byName, byLuid);
        Assert.Equal(lowPart, (uint)Enum.Parse<WellKnownPrivilege>(name));
        Assert.Same(byName, PrivilegeTable.Get((WellKnownPrivilege)lowPart));
        Assert.Equal(name, byName.ToString());
    }

    [Fact]
    public void Table_has_the_35_privileges_2_to_36_in_order()
    {
        Assert.Equal(35, PrivilegeTable.All.Count);
        Assert.Equal(Enumerable.Range(2, 35).Select(i => new Luid((uint)i, 0)), PrivilegeTable.All.Select(p => p.Luid));
        Assert.Equal(35, Enum.GetValues<WellKnownPrivilege>().Length);
    }

    [Theory]
    [InlineData("sEcREATEtOKENpRIVILEGE", 2u)]
    [InlineData("SEDEBUGPRIVILEGE", 20u)]
    [InlineData("sechangenotifyprivilege", 23u)]
    public void Lookup_privilege_value_is_case_insensitive(string name, uint lowPart)
    {
        // [W] wine.md LUID-05: "sEcREATEtOKENpRIVILEGE" works.
        Assert.True(PrivilegeTable.TryGetByName(name, out var privilege));
        Assert.Equal(new Luid(lowPart, 0), privilege.Luid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SeBogusPrivilege")]
    [InlineData("SeUnsolicitedInputPrivilege")]
    [InlineData("SeDebug")]
    [InlineData(" SeDebugPrivilege")]
    [InlineData("SeBatchLogonRight")]
    public void Lookup_privilege_value_fails_for_unknown_names(string? name)
    {
        // [W] wine.md LUID-05: NULL or "SeBogusPrivilege" -> ERROR_NO_SUCH_PRIVILEGE. Account rights
        // (SeBatchLogonRight) are not privileges. SeUnsolicitedInputPrivilege is on the Privilege
        // Constants page as "not applicable" and has no LUID.
        Assert.False(PrivilegeTable.TryGetByName(name, out var privilege));
        Assert.Null(privilege);
    }

    [Theory]
    [InlineData(0u, 0)]
    [InlineData(1u, 0)]
    [InlineData(37u, 0)]
    [InlineData(0xdeadbeefu, 0)]
    [InlineData(20u, 1)]
    [InlineData(20u, -1)]
    public void Lookup_privilege_name_fails_for_unknown_luids(uint lowPart, int highPart)
    {
        // [W] wine.md LUID-04: LowPart 0xdeadbeef -> ERROR_NO_SUCH_PRIVILEGE.
        Assert.False(PrivilegeTable.TryGetByLuid(new Luid(lowPart, highPart), out var privilege));
        Assert.Null(privilege);
    }

    [Fact]
    public void Get_rejects_an_undefined_value()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrivilegeTable.Get((WellKnownPrivilege)37));
    }
}
