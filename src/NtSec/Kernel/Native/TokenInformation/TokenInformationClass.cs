namespace NtSec.Kernel.Native;

/// <summary>
/// TOKEN_INFORMATION_CLASS with the values of winnt.h / ntifs.h (Windows SDK 10.0.26100:
/// TokenUser = 1 ... TokenLearningMode = 50, MaxTokenInfoClass = 51). What each routine does with
/// a class is documented on <see cref="TokenInformationRoutines"/>.
/// </summary>
public enum TokenInformationClass
{
    /// <summary>TokenUser (1): TOKEN_USER: the user SID.</summary>
    TokenUser = 1,
    /// <summary>TokenGroups (2): TOKEN_GROUPS: the groups, the integrity label last.</summary>
    TokenGroups = 2,
    /// <summary>TokenPrivileges (3): TOKEN_PRIVILEGES.</summary>
    TokenPrivileges = 3,
    /// <summary>TokenOwner (4): TOKEN_OWNER: the default owner of new objects (settable).</summary>
    TokenOwner = 4,
    /// <summary>TokenPrimaryGroup (5): TOKEN_PRIMARY_GROUP (settable).</summary>
    TokenPrimaryGroup = 5,
    /// <summary>TokenDefaultDacl (6): TOKEN_DEFAULT_DACL (settable; a NULL DACL is allowed).</summary>
    TokenDefaultDacl = 6,
    /// <summary>TokenSource (7): TOKEN_SOURCE (needs TOKEN_QUERY_SOURCE).</summary>
    TokenSource = 7,
    /// <summary>TokenType (8): TOKEN_TYPE.</summary>
    TokenType = 8,
    /// <summary>TokenImpersonationLevel (9): SECURITY_IMPERSONATION_LEVEL (impersonation tokens only).</summary>
    TokenImpersonationLevel = 9,
    /// <summary>TokenStatistics (10): TOKEN_STATISTICS.</summary>
    TokenStatistics = 10,
    /// <summary>TokenRestrictedSids (11): TOKEN_GROUPS of the restricting SIDs.</summary>
    TokenRestrictedSids = 11,
    /// <summary>TokenSessionId (12): DWORD session id (settable with SeTcbPrivilege).</summary>
    TokenSessionId = 12,
    /// <summary>TokenGroupsAndPrivileges (13): TOKEN_GROUPS_AND_PRIVILEGES.</summary>
    TokenGroupsAndPrivileges = 13,
    /// <summary>TokenSessionReference (14): Reserved (set only: drop the logon-session reference; not modelled).</summary>
    TokenSessionReference = 14,
    /// <summary>TokenSandBoxInert (15): DWORD: non-zero when the token was made with SANDBOX_INERT.</summary>
    TokenSandBoxInert = 15,
    /// <summary>TokenAuditPolicy (16): TOKEN_AUDIT_POLICY (not modelled).</summary>
    TokenAuditPolicy = 16,
    /// <summary>TokenOrigin (17): TOKEN_ORIGIN: the originating logon session (settable once, SeTcbPrivilege).</summary>
    TokenOrigin = 17,
    /// <summary>TokenElevationType (18): TOKEN_ELEVATION_TYPE.</summary>
    TokenElevationType = 18,
    /// <summary>TokenLinkedToken (19): TOKEN_LINKED_TOKEN: a new handle to the other half of a split token.</summary>
    TokenLinkedToken = 19,
    /// <summary>TokenElevation (20): TOKEN_ELEVATION.</summary>
    TokenElevation = 20,
    /// <summary>TokenHasRestrictions (21): Non-zero when the token was filtered or restricted (Windows writes one byte).</summary>
    TokenHasRestrictions = 21,
    /// <summary>TokenAccessInformation (22): TOKEN_ACCESS_INFORMATION (not modelled).</summary>
    TokenAccessInformation = 22,
    /// <summary>TokenVirtualizationAllowed (23): DWORD (settable with SeCreateTokenPrivilege).</summary>
    TokenVirtualizationAllowed = 23,
    /// <summary>TokenVirtualizationEnabled (24): DWORD (settable; only takes effect when virtualization is allowed).</summary>
    TokenVirtualizationEnabled = 24,
    /// <summary>TokenIntegrityLevel (25): TOKEN_MANDATORY_LABEL (settable: lowering is free, raising needs SeTcbPrivilege).</summary>
    TokenIntegrityLevel = 25,
    /// <summary>TokenUIAccess (26): DWORD (setting non-zero needs SeTcbPrivilege).</summary>
    TokenUIAccess = 26,
    /// <summary>TokenMandatoryPolicy (27): TOKEN_MANDATORY_POLICY (settable with SeTcbPrivilege).</summary>
    TokenMandatoryPolicy = 27,
    /// <summary>TokenLogonSid (28): TOKEN_GROUPS holding the logon SID.</summary>
    TokenLogonSid = 28,
    /// <summary>TokenIsAppContainer (29): DWORD: non-zero for an AppContainer (lowbox) token. Windows 8 and later.</summary>
    TokenIsAppContainer = 29,
    /// <summary>TokenCapabilities (30): TOKEN_GROUPS of the AppContainer capabilities.</summary>
    TokenCapabilities = 30,
    /// <summary>TokenAppContainerSid (31): TOKEN_APPCONTAINER_INFORMATION.</summary>
    TokenAppContainerSid = 31,
    /// <summary>TokenAppContainerNumber (32): DWORD AppContainer number.</summary>
    TokenAppContainerNumber = 32,
    /// <summary>TokenUserClaimAttributes (33): CLAIM_SECURITY_ATTRIBUTES_INFORMATION (not modelled).</summary>
    TokenUserClaimAttributes = 33,
    /// <summary>TokenDeviceClaimAttributes (34): CLAIM_SECURITY_ATTRIBUTES_INFORMATION (not modelled).</summary>
    TokenDeviceClaimAttributes = 34,
    /// <summary>TokenRestrictedUserClaimAttributes (35): Reserved; not answered by NtQueryInformationToken.</summary>
    TokenRestrictedUserClaimAttributes = 35,
    /// <summary>TokenRestrictedDeviceClaimAttributes (36): Reserved; not answered by NtQueryInformationToken.</summary>
    TokenRestrictedDeviceClaimAttributes = 36,
    /// <summary>TokenDeviceGroups (37): TOKEN_GROUPS of device groups (not modelled).</summary>
    TokenDeviceGroups = 37,
    /// <summary>TokenRestrictedDeviceGroups (38): Reserved; not answered by NtQueryInformationToken.</summary>
    TokenRestrictedDeviceGroups = 38,
    /// <summary>TokenSecurityAttributes (39): TOKEN_SECURITY_ATTRIBUTES_INFORMATION (not modelled).</summary>
    TokenSecurityAttributes = 39,
    /// <summary>TokenIsRestricted (40): DWORD: non-zero for a restricted or write-restricted token.</summary>
    TokenIsRestricted = 40,
    /// <summary>TokenProcessTrustLevel (41): TOKEN_PROCESS_TRUST_LEVEL.</summary>
    TokenProcessTrustLevel = 41,
    /// <summary>TokenPrivateNameSpace (42): DWORD private-namespace flag.</summary>
    TokenPrivateNameSpace = 42,
    /// <summary>TokenSingletonAttributes (43): Singleton security attributes (not modelled).</summary>
    TokenSingletonAttributes = 43,
    /// <summary>TokenBnoIsolation (44): TOKEN_BNO_ISOLATION_INFORMATION (not modelled).</summary>
    TokenBnoIsolation = 44,
    /// <summary>TokenChildProcessFlags (45): Set-only child-process policy; not answered by NtQueryInformationToken.</summary>
    TokenChildProcessFlags = 45,
    /// <summary>TokenIsLessPrivilegedAppContainer (46): Answered in user mode, not by NtQueryInformationToken.</summary>
    TokenIsLessPrivilegedAppContainer = 46,
    /// <summary>TokenIsSandboxed (47): DWORD (not modelled).</summary>
    TokenIsSandboxed = 47,
    /// <summary>TokenIsAppSilo (48): DWORD (was TokenOriginatingProcessTrustLevel; not modelled).</summary>
    TokenIsAppSilo = 48,
    /// <summary>TokenLoggingInformation (49): TOKEN_LOGGING_INFORMATION; not answered by NtQueryInformationToken.</summary>
    TokenLoggingInformation = 49,
    /// <summary>TokenLearningMode (50): Windows 11 25H2; not answered by NtQueryInformationToken.</summary>
    TokenLearningMode = 50,
    /// <summary>MaxTokenInfoClass (51): One past the last class.</summary>
    MaxTokenInfoClass = 51,
}
