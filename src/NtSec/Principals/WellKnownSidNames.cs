using System.Collections.Frozen;
using System.Globalization;

namespace NtSec.Principals;

/// <summary>
/// The English account names of the well-known SIDs, as LookupAccountSid reports them (domain,
/// name, SID_NAME_USE), and the reverse lookup as LookupAccountName does it. Machine and domain
/// accounts (S-1-5-21-...) are not here; they belong to a machine's account database.
/// </summary>
/// <remarks>
/// Names follow Windows 10/11 in English. Sources: Forshaw, <i>Windows Security Internals</i>,
/// table B-1 (names of the SDDL alias SIDs on Windows 11); whoami /groups and NtObjectManager
/// output; Wine's advapi32 tests for LookupAccountName. The BUILTIN aliases of server SKUs
/// (Account/Server/Print Operators, ...) are listed although a workstation does not create them.
/// </remarks>
public static class WellKnownSidNames
{
    /// <summary>The NT AUTHORITY domain name.</summary>
    public const string NtAuthorityDomain = "NT AUTHORITY";

    /// <summary>The BUILTIN domain name.</summary>
    public const string BuiltinDomain = "BUILTIN";

    /// <summary>The domain name of the label SIDs S-1-16-RID.</summary>
    public const string MandatoryLabelDomain = "Mandatory Label";

    /// <summary>The domain name of S-1-15-2-x.</summary>
    public const string AppPackageAuthorityDomain = "APPLICATION PACKAGE AUTHORITY";

    /// <summary>The domain name of service SIDs S-1-5-80-...</summary>
    public const string NtServiceDomain = "NT SERVICE";

    /// <summary>Every fixed well-known account, in SID order of the Microsoft tables.</summary>
    public static IReadOnlyList<SidAccountName> All { get; } =
    [
        new(WellKnownSids.Null, "", "NULL SID", SidNameUse.WellKnownGroup),
        new(WellKnownSids.World, "", "Everyone", SidNameUse.WellKnownGroup),
        new(WellKnownSids.Local, "", "LOCAL", SidNameUse.WellKnownGroup),
        new(WellKnownSids.ConsoleLogon, "", "CONSOLE LOGON", SidNameUse.WellKnownGroup),
        new(WellKnownSids.CreatorOwner, "", "CREATOR OWNER", SidNameUse.WellKnownGroup),
        new(WellKnownSids.CreatorGroup, "", "CREATOR GROUP", SidNameUse.WellKnownGroup),
        new(WellKnownSids.CreatorOwnerServer, "", "CREATOR OWNER SERVER", SidNameUse.WellKnownGroup),
        new(WellKnownSids.CreatorGroupServer, "", "CREATOR GROUP SERVER", SidNameUse.WellKnownGroup),
        new(WellKnownSids.OwnerRights, "", "OWNER RIGHTS", SidNameUse.WellKnownGroup),
        Nt(WellKnownSids.Dialup, "DIALUP"),
        Nt(WellKnownSids.Network, "NETWORK"),
        Nt(WellKnownSids.Batch, "BATCH"),
        Nt(WellKnownSids.Interactive, "INTERACTIVE"),
        Nt(WellKnownSids.Service, "SERVICE"),
        Nt(WellKnownSids.Anonymous, "ANONYMOUS LOGON"),
        Nt(WellKnownSids.Proxy, "PROXY"),
        Nt(WellKnownSids.EnterpriseDomainControllers, "ENTERPRISE DOMAIN CONTROLLERS"),
        Nt(WellKnownSids.PrincipalSelf, "SELF"),
        Nt(WellKnownSids.AuthenticatedUsers, "Authenticated Users"),
        Nt(WellKnownSids.RestrictedCode, "RESTRICTED"),
        Nt(WellKnownSids.TerminalServerUser, "TERMINAL SERVER USER"),
        Nt(WellKnownSids.RemoteInteractiveLogon, "REMOTE INTERACTIVE LOGON"),
        Nt(WellKnownSids.ThisOrganization, "This Organization"),
        Nt(WellKnownSids.IUser, "IUSR"),
        Nt(WellKnownSids.LocalSystem, "SYSTEM"),
        Nt(WellKnownSids.LocalService, "LOCAL SERVICE"),
        Nt(WellKnownSids.NetworkService, "NETWORK SERVICE"),
        new(WellKnownSids.BuiltinDomain, BuiltinDomain, BuiltinDomain, SidNameUse.Domain),
        Builtin(WellKnownSids.Administrators, "Administrators"),
        Builtin(WellKnownSids.Users, "Users"),
        Builtin(WellKnownSids.Guests, "Guests"),
        Builtin(WellKnownSids.PowerUsers, "Power Users"),
        Builtin(WellKnownSids.AccountOperators, "Account Operators"),
        Builtin(WellKnownSids.ServerOperators, "Server Operators"),
        Builtin(WellKnownSids.PrintOperators, "Print Operators"),
        Builtin(WellKnownSids.BackupOperators, "Backup Operators"),
        Builtin(WellKnownSids.Replicator, "Replicator"),
        Builtin(WellKnownSids.PreWindows2000CompatibleAccess, "Pre-Windows 2000 Compatible Access"),
        Builtin(WellKnownSids.RemoteDesktopUsers, "Remote Desktop Users"),
        Builtin(WellKnownSids.NetworkConfigurationOperators, "Network Configuration Operators"),
        Builtin(WellKnownSids.IncomingForestTrustBuilders, "Incoming Forest Trust Builders"),
        Builtin(WellKnownSids.PerformanceMonitorUsers, "Performance Monitor Users"),
        Builtin(WellKnownSids.PerformanceLogUsers, "Performance Log Users"),
        Builtin(WellKnownSids.WindowsAuthorizationAccessGroup, "Windows Authorization Access Group"),
        Builtin(WellKnownSids.TerminalServerLicenseServers, "Terminal Server License Servers"),
        Builtin(WellKnownSids.DistributedComUsers, "Distributed COM Users"),
        Builtin(WellKnownSids.IisIusrs, "IIS_IUSRS"),
        Builtin(WellKnownSids.CryptographicOperators, "Cryptographic Operators"),
        Builtin(WellKnownSids.EventLogReaders, "Event Log Readers"),
        Builtin(WellKnownSids.CertificateServiceDcomAccess, "Certificate Service DCOM Access"),
        Builtin(WellKnownSids.RdsRemoteAccessServers, "RDS Remote Access Servers"),
        Builtin(WellKnownSids.RdsEndpointServers, "RDS Endpoint Servers"),
        Builtin(WellKnownSids.RdsManagementServers, "RDS Management Servers"),
        Builtin(WellKnownSids.HyperVAdministrators, "Hyper-V Administrators"),
        Builtin(WellKnownSids.AccessControlAssistanceOperators, "Access Control Assistance Operators"),
        Builtin(WellKnownSids.RemoteManagementUsers, "Remote Management Users"),
        Nt(WellKnownSids.WriteRestrictedCode, "WRITE RESTRICTED"),
        Nt(WellKnownSids.NtlmAuthentication, "NTLM Authentication"),
        new(WellKnownSids.TrustedInstaller, NtServiceDomain, "TrustedInstaller", SidNameUse.WellKnownGroup),
        Nt(WellKnownSids.UserModeDrivers, "USER MODE DRIVERS"),
        Nt(WellKnownSids.LocalAccount, "Local account"),
        Nt(WellKnownSids.LocalAccountAndAdministrator, "Local account and member of Administrators group"),
        Nt(WellKnownSids.OtherOrganization, "Other Organization"),
        new(WellKnownSids.AllAppPackages, AppPackageAuthorityDomain, "ALL APPLICATION PACKAGES", SidNameUse.WellKnownGroup),
        new(WellKnownSids.AllRestrictedAppPackages, AppPackageAuthorityDomain, "ALL RESTRICTED APPLICATION PACKAGES", SidNameUse.WellKnownGroup),
        Label(WellKnownSids.UntrustedMandatoryLevel, "Untrusted Mandatory Level"),
        Label(WellKnownSids.LowMandatoryLevel, "Low Mandatory Level"),
        Label(WellKnownSids.MediumMandatoryLevel, "Medium Mandatory Level"),
        Label(WellKnownSids.MediumPlusMandatoryLevel, "Medium Plus Mandatory Level"),
        Label(WellKnownSids.HighMandatoryLevel, "High Mandatory Level"),
        Label(WellKnownSids.SystemMandatoryLevel, "System Mandatory Level"),
        Label(WellKnownSids.ProtectedProcessMandatoryLevel, "Protected Process Mandatory Level"),
        Label(WellKnownSids.SecureProcessMandatoryLevel, "Secure Process Mandatory Level"),
        new(WellKnownSids.AuthenticationAuthorityAsserted, "", "Authentication authority asserted identity", SidNameUse.WellKnownGroup),
        new(WellKnownSids.ServiceAsserted, "", "Service asserted identity", SidNameUse.WellKnownGroup),
    ];

    private static readonly FrozenDictionary<Sid, SidAccountName> BySid = All.ToFrozenDictionary(a => a.Sid);

    // LookupAccountName also takes these spellings without the space ([W] Wine
    // advapi32 test_LookupAccountName: "LocalService", "NetworkService", "NT AUTHORITY\LocalService").
    private static readonly (string Name, Sid Sid)[] ExtraNames =
    [
        ("LocalService", WellKnownSids.LocalService),
        ("NetworkService", WellKnownSids.NetworkService),
    ];

    private static readonly FrozenDictionary<string, SidAccountName> ByName =
        All.Select(a => KeyValuePair.Create(a.Name, a))
            .Concat(ExtraNames.Select(e => KeyValuePair.Create(e.Name, BySid[e.Sid])))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// LookupAccountSid for a well-known SID: the fixed table, plus logon SIDs S-1-5-5-X-Y,
    /// which are named "NT AUTHORITY\LogonSessionId_X_Y" (decimal X and Y) with use LogonSession.
    /// False for any other SID.
    /// </summary>
    public static bool TryGetName(Sid sid, [NotNullWhen(true)] out SidAccountName? account)
    {
        ArgumentNullException.ThrowIfNull(sid);
        if (BySid.TryGetValue(sid, out account))
        {
            return true;
        }

        if (WellKnownSids.IsLogonSid(sid))
        {
            var subs = sid.SubAuthorities;
            string name = string.Create(CultureInfo.InvariantCulture, $"LogonSessionId_{subs[1]}_{subs[2]}");
            account = new SidAccountName(sid, NtAuthorityDomain, name, SidNameUse.LogonSession);
            return true;
        }

        return false;
    }

    /// <summary>
    /// LookupAccountName for a well-known account: case-insensitive; "DOMAIN\name" where DOMAIN
    /// is the account's domain, or the bare name. A wrong or misspelled domain fails, and so does
    /// "APPLICATION PACKAGE AUTHORITY\..." (Windows resolves those names only without the domain).
    /// Logon session names are not resolved.
    /// </summary>
    public static bool TryGetSid(string? accountName, [NotNullWhen(true)] out SidAccountName? account)
    {
        account = null;
        if (string.IsNullOrEmpty(accountName))
        {
            return false;
        }

        int slash = accountName.IndexOf('\\', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ByName.TryGetValue(accountName, out account);
        }

        // "NT AUTHORITY\Network Service" works, "Dummy\Network Service", "ntauthority\..." and
        // "nt authority test\..." do not ([W] Wine advapi32 test_LookupAccountName).
        string domain = accountName[..slash];
        if (!ByName.TryGetValue(accountName[(slash + 1)..], out var found)
            || found.Domain.Length == 0
            || found.Domain == AppPackageAuthorityDomain
            || !string.Equals(found.Domain, domain, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        account = found;
        return true;
    }

    private static SidAccountName Nt(Sid sid, string name) => new(sid, NtAuthorityDomain, name, SidNameUse.WellKnownGroup);

    private static SidAccountName Builtin(Sid sid, string name) => new(sid, BuiltinDomain, name, SidNameUse.Alias);

    private static SidAccountName Label(Sid sid, string name) => new(sid, MandatoryLabelDomain, name, SidNameUse.Label);
}
