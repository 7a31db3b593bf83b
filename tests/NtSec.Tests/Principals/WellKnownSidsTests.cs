using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class WellKnownSidsTests
{
    public static TheoryData<string, string> Sids => new()
    {
        // Microsoft "Well-known SIDs" page: universal SIDs and SECURITY_LOCAL_LOGON_RID.
        { nameof(WellKnownSids.Null), "S-1-0-0" },
        { nameof(WellKnownSids.World), "S-1-1-0" },
        { nameof(WellKnownSids.Everyone), "S-1-1-0" },
        { nameof(WellKnownSids.Local), "S-1-2-0" },
        { nameof(WellKnownSids.ConsoleLogon), "S-1-2-1" },
        { nameof(WellKnownSids.CreatorOwner), "S-1-3-0" },
        { nameof(WellKnownSids.CreatorGroup), "S-1-3-1" },
        // SECURITY_CREATOR_OWNER_SERVER_RID / _GROUP_SERVER_RID (Wine advapi32 WellKnownSids table).
        { nameof(WellKnownSids.CreatorOwnerServer), "S-1-3-2" },
        { nameof(WellKnownSids.CreatorGroupServer), "S-1-3-3" },
        // SDDL "OW" (samba-msdtyp.md 2.2).
        { nameof(WellKnownSids.OwnerRights), "S-1-3-4" },
        { nameof(WellKnownSids.NtAuthoritySid), "S-1-5" },
        // Microsoft "Well-known SIDs" page, SECURITY_NT_AUTHORITY RIDs.
        { nameof(WellKnownSids.Dialup), "S-1-5-1" },
        { nameof(WellKnownSids.Network), "S-1-5-2" },
        { nameof(WellKnownSids.Batch), "S-1-5-3" },
        { nameof(WellKnownSids.Interactive), "S-1-5-4" },
        { nameof(WellKnownSids.Service), "S-1-5-6" },
        { nameof(WellKnownSids.Anonymous), "S-1-5-7" },
        { nameof(WellKnownSids.Proxy), "S-1-5-8" },
        { nameof(WellKnownSids.EnterpriseDomainControllers), "S-1-5-9" },
        { nameof(WellKnownSids.PrincipalSelf), "S-1-5-10" },
        { nameof(WellKnownSids.AuthenticatedUsers), "S-1-5-11" },
        { nameof(WellKnownSids.RestrictedCode), "S-1-5-12" },
        { nameof(WellKnownSids.TerminalServerUser), "S-1-5-13" },
        // whoami/list_tokens output: REMOTE INTERACTIVE LOGON S-1-5-14, This Organization S-1-5-15.
        { nameof(WellKnownSids.RemoteInteractiveLogon), "S-1-5-14" },
        { nameof(WellKnownSids.ThisOrganization), "S-1-5-15" },
        { nameof(WellKnownSids.IUser), "S-1-5-17" },
        { nameof(WellKnownSids.LocalSystem), "S-1-5-18" },
        // SDDL "LS", "NS", "WR" (samba-msdtyp.md 2.2); S-1-5-32 and S-1-5-33 on the Well-known SIDs page.
        { nameof(WellKnownSids.LocalService), "S-1-5-19" },
        { nameof(WellKnownSids.NetworkService), "S-1-5-20" },
        { nameof(WellKnownSids.BuiltinDomain), "S-1-5-32" },
        { nameof(WellKnownSids.WriteRestrictedCode), "S-1-5-33" },
        // whoami /groups output: NT AUTHORITY\NTLM Authentication S-1-5-64-10, Local account S-1-5-113.
        { nameof(WellKnownSids.NtlmAuthentication), "S-1-5-64-10" },
        { nameof(WellKnownSids.NtService), "S-1-5-80" },
        { nameof(WellKnownSids.TrustedInstaller), "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464" },
        { nameof(WellKnownSids.UserModeDrivers), "S-1-5-84-0-0-0-0-0" },
        { nameof(WellKnownSids.LocalAccount), "S-1-5-113" },
        { nameof(WellKnownSids.LocalAccountAndAdministrator), "S-1-5-114" },
        { nameof(WellKnownSids.OtherOrganization), "S-1-5-1000" },
        // Well-known SIDs page: DOMAIN_ALIAS_RID_* (0x220 = 544 ... 0x244 = 580).
        { nameof(WellKnownSids.Administrators), "S-1-5-32-544" },
        { nameof(WellKnownSids.Users), "S-1-5-32-545" },
        { nameof(WellKnownSids.Guests), "S-1-5-32-546" },
        { nameof(WellKnownSids.PowerUsers), "S-1-5-32-547" },
        { nameof(WellKnownSids.AccountOperators), "S-1-5-32-548" },
        { nameof(WellKnownSids.ServerOperators), "S-1-5-32-549" },
        { nameof(WellKnownSids.PrintOperators), "S-1-5-32-550" },
        { nameof(WellKnownSids.BackupOperators), "S-1-5-32-551" },
        { nameof(WellKnownSids.Replicator), "S-1-5-32-552" },
        { nameof(WellKnownSids.PreWindows2000CompatibleAccess), "S-1-5-32-554" },
        { nameof(WellKnownSids.RemoteDesktopUsers), "S-1-5-32-555" },
        { nameof(WellKnownSids.NetworkConfigurationOperators), "S-1-5-32-556" },
        { nameof(WellKnownSids.IncomingForestTrustBuilders), "S-1-5-32-557" },
        { nameof(WellKnownSids.PerformanceMonitorUsers), "S-1-5-32-558" },
        { nameof(WellKnownSids.PerformanceLogUsers), "S-1-5-32-559" },
        { nameof(WellKnownSids.WindowsAuthorizationAccessGroup), "S-1-5-32-560" },
        { nameof(WellKnownSids.TerminalServerLicenseServers), "S-1-5-32-561" },
        { nameof(WellKnownSids.DistributedComUsers), "S-1-5-32-562" },
        { nameof(WellKnownSids.IisIusrs), "S-1-5-32-568" },
        { nameof(WellKnownSids.CryptographicOperators), "S-1-5-32-569" },
        { nameof(WellKnownSids.EventLogReaders), "S-1-5-32-573" },
        { nameof(WellKnownSids.CertificateServiceDcomAccess), "S-1-5-32-574" },
        { nameof(WellKnownSids.RdsRemoteAccessServers), "S-1-5-32-575" },
        { nameof(WellKnownSids.RdsEndpointServers), "S-1-5-32-576" },
        { nameof(WellKnownSids.RdsManagementServers), "S-1-5-32-577" },
        { nameof(WellKnownSids.HyperVAdministrators), "S-1-5-32-578" },
        { nameof(WellKnownSids.AccessControlAssistanceOperators), "S-1-5-32-579" },
        { nameof(WellKnownSids.RemoteManagementUsers), "S-1-5-32-580" },
        // SDDL "AC" (samba-msdtyp.md 2.2); S-1-15-2-2 as in NtApiDotNet KnownSids.
        { nameof(WellKnownSids.AllAppPackages), "S-1-15-2-1" },
        { nameof(WellKnownSids.AllRestrictedAppPackages), "S-1-15-2-2" },
        // Well-known SIDs page: SECURITY_MANDATORY_*_RID; secure process 0x7000 from community tables.
        { nameof(WellKnownSids.UntrustedMandatoryLevel), "S-1-16-0" },
        { nameof(WellKnownSids.LowMandatoryLevel), "S-1-16-4096" },
        { nameof(WellKnownSids.MediumMandatoryLevel), "S-1-16-8192" },
        { nameof(WellKnownSids.MediumPlusMandatoryLevel), "S-1-16-8448" },
        { nameof(WellKnownSids.HighMandatoryLevel), "S-1-16-12288" },
        { nameof(WellKnownSids.SystemMandatoryLevel), "S-1-16-16384" },
        { nameof(WellKnownSids.ProtectedProcessMandatoryLevel), "S-1-16-20480" },
        { nameof(WellKnownSids.SecureProcessMandatoryLevel), "S-1-16-28672" },
        // SDDL "AS", "SS" (sddl.h; samba-msdtyp.md 2.2).
        { nameof(WellKnownSids.AuthenticationAuthorityAsserted), "S-1-18-1" },
        { nameof(WellKnownSids.ServiceAsserted), "S-1-18-2" },
    };

    [Theory]
    [MemberData(nameof(Sids))]
    public void Well_known_sid_has_its_documented_value(string property, string expected)
    {
        var sid = (Sid)typeof(WellKnownSids).GetProperty(property)!.GetValue(null)!;
        Assert.Equal(expected, sid.ToString());
        Assert.Equal(Sid.Parse(expected), sid);
    }

    [Fact]
    public void Every_sid_property_is_covered_by_the_table()
    {
        var covered = Sids.Select(row => (string)row[0]).ToHashSet();
        var properties = typeof(WellKnownSids).GetProperties().Where(p => p.PropertyType == typeof(Sid)).Select(p => p.Name);
        Assert.Empty(properties.Except(covered));
    }

    [Fact]
    public void Properties_return_the_same_instance_each_time()
    {
        Assert.Same(WellKnownSids.LocalSystem, WellKnownSids.LocalSystem);
        Assert.Same(WellKnownSids.World, WellKnownSids.Everyone);
    }

    [Fact]
    public void Builtin_aliases_are_direct_children_of_the_builtin_domain()
    {
        // Well-known SIDs page: aliases are DOMAIN_ALIAS_RID_* relative to S-1-5-32.
        Assert.True(WellKnownSids.Administrators.IsDirectChildOf(WellKnownSids.BuiltinDomain));
        Assert.True(WellKnownSids.RemoteManagementUsers.IsDirectChildOf(WellKnownSids.BuiltinDomain));
    }

    [Fact]
    public void Logon_sid_is_s_1_5_5_high_low()
    {
        // Well-known SIDs page: SECURITY_LOGON_IDS_RID, S-1-5-5-X-Y; whoami output S-1-5-5-0-881285.
        var sid = WellKnownSids.LogonSid(0, 881285);
        Assert.Equal("S-1-5-5-0-881285", sid.ToString());
        Assert.True(WellKnownSids.IsLogonSid(sid));
        Assert.Equal(sid, WellKnownSids.LogonSid(new Luid(881285, 0)));
        Assert.Equal("S-1-5-5-4294967295-1", WellKnownSids.LogonSid(new Luid(1, -1)).ToString());
    }

    [Theory]
    [InlineData("S-1-5-5")]
    [InlineData("S-1-5-5-1")]
    [InlineData("S-1-5-5-1-2-3")]
    [InlineData("S-1-5-6-1-2")]
    [InlineData("S-1-1-5-1-2")]
    public void Other_sids_are_not_logon_sids(string text)
    {
        // Well-known SIDs page: SECURITY_LOGON_IDS_RID_COUNT is 3 (5-X-Y).
        Assert.False(WellKnownSids.IsLogonSid(Sid.Parse(text)));
    }

    [Fact]
    public void Every_fixed_sddl_alias_sid_has_a_well_known_name()
    {
        // The SDDL alias table (MS-DTYP 2.5.1.1, sddl.h) and the name table must cover the same SIDs.
        foreach (var alias in SddlSidAliases.All.Where(a => a.Sid is not null))
        {
            Assert.True(WellKnownSidNames.TryGetName(Sid.Parse(alias.Sid!), out _), alias.Alias);
        }
    }
}
