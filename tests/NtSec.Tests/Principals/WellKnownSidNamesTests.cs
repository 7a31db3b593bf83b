using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class WellKnownSidNamesTests
{
    // Sources, by tag:
    //  [B] Forshaw, Windows Security Internals, table B-1 (LookupAccountSid names on Windows 11).
    //  [O] whoami /groups, NtObjectManager or list_tokens output captured on Windows.
    //  [W] Wine advapi32 test_LookupAccountName, run on Windows.
    //  [C] community tables and Wine's implementation only (no Windows output seen).
    public static TheoryData<string, string, SidNameUse> Names => new()
    {
        { "S-1-0-0", "NULL SID", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-1-0", "Everyone", SidNameUse.WellKnownGroup }, // [W] empty domain, SidTypeWellKnownGroup
        { "S-1-2-0", "LOCAL", SidNameUse.WellKnownGroup }, // [O]
        { "S-1-2-1", "CONSOLE LOGON", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-3-0", "CREATOR OWNER", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-3-1", "CREATOR GROUP", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-3-2", "CREATOR OWNER SERVER", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-3-3", "CREATOR GROUP SERVER", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-3-4", "OWNER RIGHTS", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-1", @"NT AUTHORITY\DIALUP", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-5-2", @"NT AUTHORITY\NETWORK", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-3", @"NT AUTHORITY\BATCH", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-5-4", @"NT AUTHORITY\INTERACTIVE", SidNameUse.WellKnownGroup }, // [B][O] WellKnownGroup
        { "S-1-5-6", @"NT AUTHORITY\SERVICE", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-7", @"NT AUTHORITY\ANONYMOUS LOGON", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-8", @"NT AUTHORITY\PROXY", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-5-9", @"NT AUTHORITY\ENTERPRISE DOMAIN CONTROLLERS", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-10", @"NT AUTHORITY\SELF", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-11", @"NT AUTHORITY\Authenticated Users", SidNameUse.WellKnownGroup }, // [B][O] WellKnownGroup
        { "S-1-5-12", @"NT AUTHORITY\RESTRICTED", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-13", @"NT AUTHORITY\TERMINAL SERVER USER", SidNameUse.WellKnownGroup }, // [W] name resolves
        { "S-1-5-14", @"NT AUTHORITY\REMOTE INTERACTIVE LOGON", SidNameUse.WellKnownGroup }, // [O]
        { "S-1-5-15", @"NT AUTHORITY\This Organization", SidNameUse.WellKnownGroup }, // [O] WellKnownGroup
        { "S-1-5-17", @"NT AUTHORITY\IUSR", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-5-18", @"NT AUTHORITY\SYSTEM", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-19", @"NT AUTHORITY\LOCAL SERVICE", SidNameUse.WellKnownGroup }, // [B][W] WellKnownGroup
        { "S-1-5-20", @"NT AUTHORITY\NETWORK SERVICE", SidNameUse.WellKnownGroup }, // [B][W] WellKnownGroup
        { "S-1-5-32", @"BUILTIN\BUILTIN", SidNameUse.Domain }, // [C] (NtApiDotNet KnownSids, Wine)
        { "S-1-5-32-544", @"BUILTIN\Administrators", SidNameUse.Alias }, // [B][O]
        { "S-1-5-32-545", @"BUILTIN\Users", SidNameUse.Alias }, // [B][O]
        { "S-1-5-32-546", @"BUILTIN\Guests", SidNameUse.Alias }, // [B]
        { "S-1-5-32-547", @"BUILTIN\Power Users", SidNameUse.Alias }, // [B]
        { "S-1-5-32-548", @"BUILTIN\Account Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-549", @"BUILTIN\Server Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-550", @"BUILTIN\Print Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-551", @"BUILTIN\Backup Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-552", @"BUILTIN\Replicator", SidNameUse.Alias }, // [B] (not "Replicators")
        { "S-1-5-32-554", @"BUILTIN\Pre-Windows 2000 Compatible Access", SidNameUse.Alias }, // [B]
        { "S-1-5-32-555", @"BUILTIN\Remote Desktop Users", SidNameUse.Alias }, // [B][O]
        { "S-1-5-32-556", @"BUILTIN\Network Configuration Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-557", @"BUILTIN\Incoming Forest Trust Builders", SidNameUse.Alias }, // [C]
        { "S-1-5-32-558", @"BUILTIN\Performance Monitor Users", SidNameUse.Alias }, // [B]
        { "S-1-5-32-559", @"BUILTIN\Performance Log Users", SidNameUse.Alias }, // [B]
        { "S-1-5-32-560", @"BUILTIN\Windows Authorization Access Group", SidNameUse.Alias }, // [C]
        { "S-1-5-32-561", @"BUILTIN\Terminal Server License Servers", SidNameUse.Alias }, // [C]
        { "S-1-5-32-562", @"BUILTIN\Distributed COM Users", SidNameUse.Alias }, // [C]
        { "S-1-5-32-568", @"BUILTIN\IIS_IUSRS", SidNameUse.Alias }, // [B]
        { "S-1-5-32-569", @"BUILTIN\Cryptographic Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-573", @"BUILTIN\Event Log Readers", SidNameUse.Alias }, // [B]
        { "S-1-5-32-574", @"BUILTIN\Certificate Service DCOM Access", SidNameUse.Alias }, // [B]
        { "S-1-5-32-575", @"BUILTIN\RDS Remote Access Servers", SidNameUse.Alias }, // [B]
        { "S-1-5-32-576", @"BUILTIN\RDS Endpoint Servers", SidNameUse.Alias }, // [B]
        { "S-1-5-32-577", @"BUILTIN\RDS Management Servers", SidNameUse.Alias }, // [B]
        { "S-1-5-32-578", @"BUILTIN\Hyper-V Administrators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-579", @"BUILTIN\Access Control Assistance Operators", SidNameUse.Alias }, // [B]
        { "S-1-5-32-580", @"BUILTIN\Remote Management Users", SidNameUse.Alias }, // [B]
        { "S-1-5-33", @"NT AUTHORITY\WRITE RESTRICTED", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-64-10", @"NT AUTHORITY\NTLM Authentication", SidNameUse.WellKnownGroup }, // [O]
        { "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464", @"NT SERVICE\TrustedInstaller", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-5-84-0-0-0-0-0", @"NT AUTHORITY\USER MODE DRIVERS", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-5-113", @"NT AUTHORITY\Local account", SidNameUse.WellKnownGroup }, // [O] WellKnownGroup
        { "S-1-5-114", @"NT AUTHORITY\Local account and member of Administrators group", SidNameUse.WellKnownGroup }, // [O]
        { "S-1-5-1000", @"NT AUTHORITY\Other Organization", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-15-2-1", @"APPLICATION PACKAGE AUTHORITY\ALL APPLICATION PACKAGES", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-15-2-2", @"APPLICATION PACKAGE AUTHORITY\ALL RESTRICTED APPLICATION PACKAGES", SidNameUse.WellKnownGroup }, // [C]
        { "S-1-16-0", @"Mandatory Label\Untrusted Mandatory Level", SidNameUse.Label }, // [C]
        { "S-1-16-4096", @"Mandatory Label\Low Mandatory Level", SidNameUse.Label }, // [B][O]
        { "S-1-16-8192", @"Mandatory Label\Medium Mandatory Level", SidNameUse.Label }, // [B][O] Label
        { "S-1-16-8448", @"Mandatory Label\Medium Plus Mandatory Level", SidNameUse.Label }, // [B]
        { "S-1-16-12288", @"Mandatory Label\High Mandatory Level", SidNameUse.Label }, // [B]
        { "S-1-16-16384", @"Mandatory Label\System Mandatory Level", SidNameUse.Label }, // [B]
        { "S-1-16-20480", @"Mandatory Label\Protected Process Mandatory Level", SidNameUse.Label }, // [C]
        { "S-1-16-28672", @"Mandatory Label\Secure Process Mandatory Level", SidNameUse.Label }, // [C]
        { "S-1-18-1", "Authentication authority asserted identity", SidNameUse.WellKnownGroup }, // [B]
        { "S-1-18-2", "Service asserted identity", SidNameUse.WellKnownGroup }, // [B][O] well-known group
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Sid_has_the_name_lookup_account_sid_prints(string sid, string fullName, SidNameUse use)
    {
        Assert.True(WellKnownSidNames.TryGetName(Sid.Parse(sid), out var account));
        Assert.Equal(fullName, account.FullName);
        Assert.Equal(fullName, account.ToString());
        Assert.Equal(use, account.Use);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_resolves_back_to_its_sid(string sid, string fullName, SidNameUse use)
    {
        _ = use;

        // The APPLICATION PACKAGE AUTHORITY names resolve only unqualified (see below).
        const string appPackage = WellKnownSidNames.AppPackageAuthorityDomain + "\\";
        string name = fullName.StartsWith(appPackage, StringComparison.Ordinal) ? fullName[appPackage.Length..] : fullName;
        Assert.True(WellKnownSidNames.TryGetSid(name, out var account), name);
        Assert.Equal(Sid.Parse(sid), account.Sid);
    }

    [Fact]
    public void The_table_holds_exactly_the_tested_names()
    {
        var tested = Names.Select(row => Sid.Parse((string)row[0])).ToHashSet();
        Assert.Equal(tested.Count, WellKnownSidNames.All.Count);
        Assert.All(WellKnownSidNames.All, a => Assert.Contains(a.Sid, tested));
    }

    [Fact]
    public void Bare_names_are_unique()
    {
        // LookupAccountName of a bare name must not be ambiguous among the well-known accounts.
        var names = WellKnownSidNames.All.Select(a => a.Name.ToUpperInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Everyone_has_an_empty_domain()
    {
        // [W] test_LookupAccountName: "Everyone" -> domain size 0, SidTypeWellKnownGroup.
        Assert.True(WellKnownSidNames.TryGetSid("Everyone", out var account));
        Assert.Equal("", account.Domain);
        Assert.Equal(SidNameUse.WellKnownGroup, account.Use);
        Assert.Equal(WellKnownSids.World, account.Sid);
    }

    [Theory]
    [InlineData("LocalService", "S-1-5-19")]
    [InlineData("Local Service", "S-1-5-19")]
    [InlineData("NetworkService", "S-1-5-20")]
    [InlineData("Network Service", "S-1-5-20")]
    [InlineData("Terminal Server User", "S-1-5-13")]
    [InlineData("enterprise domain controllers", "S-1-5-9")]
    [InlineData("lOCAlServICE", "S-1-5-19")]
    [InlineData(@"NT AUTHORITY\LocalService", "S-1-5-19")]
    [InlineData(@"nt authority\Network Service", "S-1-5-20")]
    public void Lookup_account_name_accepts_what_windows_accepts(string name, string sid)
    {
        // [W] Wine advapi32 test_LookupAccountName (check_wellknown_name), run on Windows.
        Assert.True(WellKnownSidNames.TryGetSid(name, out var account));
        Assert.Equal(Sid.Parse(sid), account.Sid);
        Assert.Equal(SidNameUse.WellKnownGroup, account.Use);
    }

    [Theory]
    [InlineData("Local  Service")]
    [InlineData("TerminalServer User")]
    [InlineData("TerminalServerUser")]
    [InlineData("Terminal ServerUser")]
    [InlineData("enterprisedomain controllers")]
    [InlineData("enterprise domaincontrollers")]
    [InlineData("enterprisedomaincontrollers")]
    [InlineData(@"nt authority test\Network Service")]
    [InlineData(@"Dummy\Network Service")]
    [InlineData(@"ntauthority\Network Service")]
    [InlineData("oogabooga")]
    public void Lookup_account_name_rejects_what_windows_rejects(string name)
    {
        // [W] Wine advapi32 test_LookupAccountName: these fail (ERROR_NONE_MAPPED).
        Assert.False(WellKnownSidNames.TryGetSid(name, out var account));
        Assert.Null(account);
    }

    [Theory]
    [InlineData("SYSTEM", "S-1-5-18")]
    [InlineData("administrators", "S-1-5-32-544")]
    [InlineData(@"builtin\USERS", "S-1-5-32-545")]
    [InlineData("ALL APPLICATION PACKAGES", "S-1-15-2-1")]
    [InlineData("High Mandatory Level", "S-1-16-12288")]
    [InlineData("TrustedInstaller", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464")]
    public void Names_resolve_with_or_without_domain_and_in_any_case(string name, string sid)
    {
        // LookupAccountName: case-insensitive, domain optional (generalised from the [W] cases above).
        Assert.True(WellKnownSidNames.TryGetSid(name, out var account));
        Assert.Equal(Sid.Parse(sid), account.Sid);
    }

    [Theory]
    [InlineData(@"APPLICATION PACKAGE AUTHORITY\ALL APPLICATION PACKAGES")]
    [InlineData(@"APPLICATION PACKAGE AUTHORITY\ALL RESTRICTED APPLICATION PACKAGES")]
    public void Application_package_names_resolve_only_without_their_domain(string name)
    {
        // Windows does not map the qualified form (icacls/NTAccount.Translate fail with "No mapping
        // between account names and security IDs"); community reports, not a Windows test.
        Assert.False(WellKnownSidNames.TryGetSid(name, out _));
        Assert.True(WellKnownSidNames.TryGetSid(name[(name.IndexOf('\\', StringComparison.Ordinal) + 1)..], out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(@"\Everyone")]
    [InlineData(@"NT AUTHORITY\")]
    [InlineData(@"NT AUTHORITY\LogonSessionId_0_999")]
    public void Empty_unqualified_and_logon_session_names_do_not_resolve(string? name)
    {
        Assert.False(WellKnownSidNames.TryGetSid(name, out _));
    }

    [Theory]
    [InlineData(0u, 881285u, @"NT AUTHORITY\LogonSessionId_0_881285")]
    [InlineData(0u, 205547u, @"NT AUTHORITY\LogonSessionId_0_205547")]
    [InlineData(4294967295u, 1u, @"NT AUTHORITY\LogonSessionId_4294967295_1")]
    public void Logon_sid_is_named_logon_session_id_x_y(uint high, uint low, string expected)
    {
        // [O] whoami /groups: "NT AUTHORITY\LogonSessionId_0_881285  LogonSession  S-1-5-5-0-881285".
        Assert.True(WellKnownSidNames.TryGetName(WellKnownSids.LogonSid(high, low), out var account));
        Assert.Equal(expected, account.FullName);
        Assert.Equal(SidNameUse.LogonSession, account.Use);
    }

    [Theory]
    [InlineData("S-1-5-21-1-2-3-500")]
    [InlineData("S-1-5-5-1")]
    [InlineData("S-1-16-1234")]
    [InlineData("S-1-5-32-553")]
    public void Sids_outside_the_table_have_no_well_known_name(string sid)
    {
        // Machine/domain accounts and unnamed labels belong to an account database, not this table.
        Assert.False(WellKnownSidNames.TryGetName(Sid.Parse(sid), out var account));
        Assert.Null(account);
    }

    [Fact]
    public void Sid_name_use_has_the_winnt_values()
    {
        // SID_NAME_USE (winnt.h / MS docs): SidTypeUser = 1 ... SidTypeLogonSession = 11.
        Assert.Equal(1, (int)SidNameUse.User);
        Assert.Equal(4, (int)SidNameUse.Alias);
        Assert.Equal(5, (int)SidNameUse.WellKnownGroup);
        Assert.Equal(10, (int)SidNameUse.Label);
        Assert.Equal(11, (int)SidNameUse.LogonSession);
    }
}
