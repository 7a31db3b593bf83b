namespace NtSec.Principals;

/// <summary>
/// The well-known SIDs (Microsoft "Well-known SIDs" page, MS-DTYP 2.4.2.4, winnt.h RIDs).
/// Each property returns the same immutable instance on every call.
/// </summary>
public static class WellKnownSids
{
    /// <summary>SECURITY_NULL_SID_AUTHORITY (0).</summary>
    public const ulong NullAuthority = 0;

    /// <summary>SECURITY_WORLD_SID_AUTHORITY (1).</summary>
    public const ulong WorldAuthority = 1;

    /// <summary>SECURITY_LOCAL_SID_AUTHORITY (2).</summary>
    public const ulong LocalAuthority = 2;

    /// <summary>SECURITY_CREATOR_SID_AUTHORITY (3).</summary>
    public const ulong CreatorAuthority = 3;

    /// <summary>SECURITY_NT_AUTHORITY (5).</summary>
    public const ulong NtAuthority = 5;

    /// <summary>SECURITY_APP_PACKAGE_AUTHORITY (15).</summary>
    public const ulong AppPackageAuthority = 15;

    /// <summary>SECURITY_MANDATORY_LABEL_AUTHORITY (16).</summary>
    public const ulong MandatoryLabelAuthority = 16;

    /// <summary>SECURITY_AUTHENTICATION_AUTHORITY (18).</summary>
    public const ulong AuthenticationAuthority = 18;

    /// <summary>SECURITY_LOGON_IDS_RID (5): first sub-authority of a logon SID S-1-5-5-X-Y.</summary>
    public const uint LogonIdsRid = 5;

    /// <summary>SECURITY_BUILTIN_DOMAIN_RID (32).</summary>
    public const uint BuiltinDomainRid = 32;

    /// <summary>SECURITY_SERVICE_ID_BASE_RID (80): the NT SERVICE prefix S-1-5-80.</summary>
    public const uint ServiceIdBaseRid = 80;

    // Universal well-known SIDs.

    /// <summary>NULL SID, S-1-0-0.</summary>
    public static Sid Null { get; } = new(NullAuthority, 0);

    /// <summary>Everyone (World), S-1-1-0.</summary>
    public static Sid World { get; } = new(WorldAuthority, 0);

    /// <summary>Everyone, S-1-1-0 (same instance as <see cref="World"/>).</summary>
    public static Sid Everyone => World;

    /// <summary>LOCAL, S-1-2-0.</summary>
    public static Sid Local { get; } = new(LocalAuthority, 0);

    /// <summary>CONSOLE LOGON, S-1-2-1 (SECURITY_LOCAL_LOGON_RID).</summary>
    public static Sid ConsoleLogon { get; } = new(LocalAuthority, 1);

    /// <summary>CREATOR OWNER, S-1-3-0.</summary>
    public static Sid CreatorOwner { get; } = new(CreatorAuthority, 0);

    /// <summary>CREATOR GROUP, S-1-3-1.</summary>
    public static Sid CreatorGroup { get; } = new(CreatorAuthority, 1);

    /// <summary>CREATOR OWNER SERVER, S-1-3-2.</summary>
    public static Sid CreatorOwnerServer { get; } = new(CreatorAuthority, 2);

    /// <summary>CREATOR GROUP SERVER, S-1-3-3.</summary>
    public static Sid CreatorGroupServer { get; } = new(CreatorAuthority, 3);

    /// <summary>OWNER RIGHTS, S-1-3-4 (SECURITY_CREATOR_OWNER_RIGHTS_RID).</summary>
    public static Sid OwnerRights { get; } = new(CreatorAuthority, 4);

    // NT AUTHORITY (S-1-5-...).

    /// <summary>The NT authority itself, S-1-5 (no sub-authorities).</summary>
    public static Sid NtAuthoritySid { get; } = new(NtAuthority);

    /// <summary>NT AUTHORITY\DIALUP, S-1-5-1.</summary>
    public static Sid Dialup { get; } = new(NtAuthority, 1);

    /// <summary>NT AUTHORITY\NETWORK, S-1-5-2.</summary>
    public static Sid Network { get; } = new(NtAuthority, 2);

    /// <summary>NT AUTHORITY\BATCH, S-1-5-3.</summary>
    public static Sid Batch { get; } = new(NtAuthority, 3);

    /// <summary>NT AUTHORITY\INTERACTIVE, S-1-5-4.</summary>
    public static Sid Interactive { get; } = new(NtAuthority, 4);

    /// <summary>NT AUTHORITY\SERVICE, S-1-5-6.</summary>
    public static Sid Service { get; } = new(NtAuthority, 6);

    /// <summary>NT AUTHORITY\ANONYMOUS LOGON, S-1-5-7.</summary>
    public static Sid Anonymous { get; } = new(NtAuthority, 7);

    /// <summary>NT AUTHORITY\PROXY, S-1-5-8.</summary>
    public static Sid Proxy { get; } = new(NtAuthority, 8);

    /// <summary>NT AUTHORITY\ENTERPRISE DOMAIN CONTROLLERS, S-1-5-9.</summary>
    public static Sid EnterpriseDomainControllers { get; } = new(NtAuthority, 9);

    /// <summary>NT AUTHORITY\SELF (PRINCIPAL_SELF), S-1-5-10.</summary>
    public static Sid PrincipalSelf { get; } = new(NtAuthority, 10);

    /// <summary>NT AUTHORITY\Authenticated Users, S-1-5-11.</summary>
    public static Sid AuthenticatedUsers { get; } = new(NtAuthority, 11);

    /// <summary>NT AUTHORITY\RESTRICTED (restricted code), S-1-5-12.</summary>
    public static Sid RestrictedCode { get; } = new(NtAuthority, 12);

    /// <summary>NT AUTHORITY\TERMINAL SERVER USER, S-1-5-13.</summary>
    public static Sid TerminalServerUser { get; } = new(NtAuthority, 13);

    /// <summary>NT AUTHORITY\REMOTE INTERACTIVE LOGON, S-1-5-14.</summary>
    public static Sid RemoteInteractiveLogon { get; } = new(NtAuthority, 14);

    /// <summary>NT AUTHORITY\This Organization, S-1-5-15.</summary>
    public static Sid ThisOrganization { get; } = new(NtAuthority, 15);

    /// <summary>NT AUTHORITY\IUSR, S-1-5-17.</summary>
    public static Sid IUser { get; } = new(NtAuthority, 17);

    /// <summary>NT AUTHORITY\SYSTEM (LocalSystem), S-1-5-18.</summary>
    public static Sid LocalSystem { get; } = new(NtAuthority, 18);

    /// <summary>NT AUTHORITY\LOCAL SERVICE, S-1-5-19.</summary>
    public static Sid LocalService { get; } = new(NtAuthority, 19);

    /// <summary>NT AUTHORITY\NETWORK SERVICE, S-1-5-20.</summary>
    public static Sid NetworkService { get; } = new(NtAuthority, 20);

    /// <summary>The BUILTIN domain, S-1-5-32; the BUILTIN aliases are its direct children.</summary>
    public static Sid BuiltinDomain { get; } = new(NtAuthority, BuiltinDomainRid);

    /// <summary>NT AUTHORITY\WRITE RESTRICTED (write-restricted code), S-1-5-33.</summary>
    public static Sid WriteRestrictedCode { get; } = new(NtAuthority, 33);

    /// <summary>NT AUTHORITY\NTLM Authentication, S-1-5-64-10.</summary>
    public static Sid NtlmAuthentication { get; } = new(NtAuthority, 64, 10);

    /// <summary>NT AUTHORITY\NT SERVICE prefix, S-1-5-80; service SIDs are S-1-5-80-(SHA-1 of the upper-case name).</summary>
    public static Sid NtService { get; } = new(NtAuthority, ServiceIdBaseRid);

    /// <summary>NT SERVICE\TrustedInstaller, S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464.</summary>
    public static Sid TrustedInstaller { get; } =
        new(NtAuthority, ServiceIdBaseRid, 956008885, 3418522649, 1831038044, 1853292631, 2271478464);

    /// <summary>NT AUTHORITY\USER MODE DRIVERS, S-1-5-84-0-0-0-0-0 (SDDL "UD").</summary>
    public static Sid UserModeDrivers { get; } = new(NtAuthority, 84, 0, 0, 0, 0, 0);

    /// <summary>NT AUTHORITY\Local account, S-1-5-113.</summary>
    public static Sid LocalAccount { get; } = new(NtAuthority, 113);

    /// <summary>NT AUTHORITY\Local account and member of Administrators group, S-1-5-114.</summary>
    public static Sid LocalAccountAndAdministrator { get; } = new(NtAuthority, 114);

    /// <summary>NT AUTHORITY\Other Organization, S-1-5-1000.</summary>
    public static Sid OtherOrganization { get; } = new(NtAuthority, 1000);

    // BUILTIN aliases (S-1-5-32-RID, DOMAIN_ALIAS_RID_*).

    /// <summary>BUILTIN\Administrators, S-1-5-32-544.</summary>
    public static Sid Administrators { get; } = Builtin(544);

    /// <summary>BUILTIN\Users, S-1-5-32-545.</summary>
    public static Sid Users { get; } = Builtin(545);

    /// <summary>BUILTIN\Guests, S-1-5-32-546.</summary>
    public static Sid Guests { get; } = Builtin(546);

    /// <summary>BUILTIN\Power Users, S-1-5-32-547.</summary>
    public static Sid PowerUsers { get; } = Builtin(547);

    /// <summary>BUILTIN\Account Operators, S-1-5-32-548 (server SKUs).</summary>
    public static Sid AccountOperators { get; } = Builtin(548);

    /// <summary>BUILTIN\Server Operators, S-1-5-32-549 (server SKUs).</summary>
    public static Sid ServerOperators { get; } = Builtin(549);

    /// <summary>BUILTIN\Print Operators, S-1-5-32-550 (server SKUs).</summary>
    public static Sid PrintOperators { get; } = Builtin(550);

    /// <summary>BUILTIN\Backup Operators, S-1-5-32-551.</summary>
    public static Sid BackupOperators { get; } = Builtin(551);

    /// <summary>BUILTIN\Replicator, S-1-5-32-552.</summary>
    public static Sid Replicator { get; } = Builtin(552);

    /// <summary>BUILTIN\Pre-Windows 2000 Compatible Access, S-1-5-32-554.</summary>
    public static Sid PreWindows2000CompatibleAccess { get; } = Builtin(554);

    /// <summary>BUILTIN\Remote Desktop Users, S-1-5-32-555.</summary>
    public static Sid RemoteDesktopUsers { get; } = Builtin(555);

    /// <summary>BUILTIN\Network Configuration Operators, S-1-5-32-556.</summary>
    public static Sid NetworkConfigurationOperators { get; } = Builtin(556);

    /// <summary>BUILTIN\Incoming Forest Trust Builders, S-1-5-32-557 (domain controllers).</summary>
    public static Sid IncomingForestTrustBuilders { get; } = Builtin(557);

    /// <summary>BUILTIN\Performance Monitor Users, S-1-5-32-558.</summary>
    public static Sid PerformanceMonitorUsers { get; } = Builtin(558);

    /// <summary>BUILTIN\Performance Log Users, S-1-5-32-559.</summary>
    public static Sid PerformanceLogUsers { get; } = Builtin(559);

    /// <summary>BUILTIN\Windows Authorization Access Group, S-1-5-32-560 (domain controllers).</summary>
    public static Sid WindowsAuthorizationAccessGroup { get; } = Builtin(560);

    /// <summary>BUILTIN\Terminal Server License Servers, S-1-5-32-561 (domain controllers).</summary>
    public static Sid TerminalServerLicenseServers { get; } = Builtin(561);

    /// <summary>BUILTIN\Distributed COM Users, S-1-5-32-562.</summary>
    public static Sid DistributedComUsers { get; } = Builtin(562);

    /// <summary>BUILTIN\IIS_IUSRS, S-1-5-32-568.</summary>
    public static Sid IisIusrs { get; } = Builtin(568);

    /// <summary>BUILTIN\Cryptographic Operators, S-1-5-32-569.</summary>
    public static Sid CryptographicOperators { get; } = Builtin(569);

    /// <summary>BUILTIN\Event Log Readers, S-1-5-32-573.</summary>
    public static Sid EventLogReaders { get; } = Builtin(573);

    /// <summary>BUILTIN\Certificate Service DCOM Access, S-1-5-32-574.</summary>
    public static Sid CertificateServiceDcomAccess { get; } = Builtin(574);

    /// <summary>BUILTIN\RDS Remote Access Servers, S-1-5-32-575.</summary>
    public static Sid RdsRemoteAccessServers { get; } = Builtin(575);

    /// <summary>BUILTIN\RDS Endpoint Servers, S-1-5-32-576.</summary>
    public static Sid RdsEndpointServers { get; } = Builtin(576);

    /// <summary>BUILTIN\RDS Management Servers, S-1-5-32-577.</summary>
    public static Sid RdsManagementServers { get; } = Builtin(577);

    /// <summary>BUILTIN\Hyper-V Administrators, S-1-5-32-578.</summary>
    public static Sid HyperVAdministrators { get; } = Builtin(578);

    /// <summary>BUILTIN\Access Control Assistance Operators, S-1-5-32-579.</summary>
    public static Sid AccessControlAssistanceOperators { get; } = Builtin(579);

    /// <summary>BUILTIN\Remote Management Users, S-1-5-32-580.</summary>
    public static Sid RemoteManagementUsers { get; } = Builtin(580);

    // APPLICATION PACKAGE AUTHORITY (S-1-15-...).

    /// <summary>APPLICATION PACKAGE AUTHORITY\ALL APPLICATION PACKAGES, S-1-15-2-1.</summary>
    public static Sid AllAppPackages { get; } = new(AppPackageAuthority, 2, 1);

    /// <summary>APPLICATION PACKAGE AUTHORITY\ALL RESTRICTED APPLICATION PACKAGES, S-1-15-2-2.</summary>
    public static Sid AllRestrictedAppPackages { get; } = new(AppPackageAuthority, 2, 2);

    // Mandatory Label (S-1-16-RID); see IntegrityLevel.

    /// <summary>Mandatory Label\Untrusted Mandatory Level, S-1-16-0.</summary>
    public static Sid UntrustedMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x0000);

    /// <summary>Mandatory Label\Low Mandatory Level, S-1-16-4096.</summary>
    public static Sid LowMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x1000);

    /// <summary>Mandatory Label\Medium Mandatory Level, S-1-16-8192.</summary>
    public static Sid MediumMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x2000);

    /// <summary>Mandatory Label\Medium Plus Mandatory Level, S-1-16-8448.</summary>
    public static Sid MediumPlusMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x2100);

    /// <summary>Mandatory Label\High Mandatory Level, S-1-16-12288.</summary>
    public static Sid HighMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x3000);

    /// <summary>Mandatory Label\System Mandatory Level, S-1-16-16384.</summary>
    public static Sid SystemMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x4000);

    /// <summary>Mandatory Label\Protected Process Mandatory Level, S-1-16-20480.</summary>
    public static Sid ProtectedProcessMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x5000);

    /// <summary>Mandatory Label\Secure Process Mandatory Level, S-1-16-28672.</summary>
    public static Sid SecureProcessMandatoryLevel { get; } = new(MandatoryLabelAuthority, 0x7000);

    // Authentication assertion (S-1-18-...).

    /// <summary>Authentication authority asserted identity, S-1-18-1.</summary>
    public static Sid AuthenticationAuthorityAsserted { get; } = new(AuthenticationAuthority, 1);

    /// <summary>Service asserted identity, S-1-18-2.</summary>
    public static Sid ServiceAsserted { get; } = new(AuthenticationAuthority, 2);

    /// <summary>
    /// A logon SID S-1-5-5-X-Y for the logon session whose LUID has HighPart X and LowPart Y
    /// (SECURITY_LOGON_IDS_RID, SECURITY_LOGON_IDS_RID_COUNT = 3).
    /// </summary>
    public static Sid LogonSid(uint high, uint low) => new(NtAuthority, LogonIdsRid, high, low);

    /// <summary>The logon SID of the logon session <paramref name="logonId"/> (X = HighPart, Y = LowPart).</summary>
    public static Sid LogonSid(Luid logonId) => LogonSid(unchecked((uint)logonId.HighPart), logonId.LowPart);

    /// <summary>True for a logon SID: S-1-5-5-X-Y with exactly three sub-authorities.</summary>
    public static bool IsLogonSid(Sid sid)
    {
        ArgumentNullException.ThrowIfNull(sid);
        return sid.Authority == NtAuthority && sid.SubAuthorityCount == 3 && sid.SubAuthorities[0] == LogonIdsRid;
    }

    private static Sid Builtin(uint rid) => new(NtAuthority, BuiltinDomainRid, rid);
}
