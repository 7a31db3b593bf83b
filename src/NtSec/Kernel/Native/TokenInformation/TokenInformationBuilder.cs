using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// The structures NtQueryInformationToken builds from a token snapshot, class by class (pure: no handles).
/// Sources: Windows 11 NtQueryInformationToken as decompiled in public research repositories (read for
/// behaviour), the Windows Research Kernel's tokenqry.c for the classes it has, wine.md 1.9 and 1.12.
/// </summary>
internal static class TokenInformationBuilder
{
    /// <summary>TOKEN_STATISTICS.ExpirationTime of every token in this model: "never" (LSA's value; Wine uses it too).</summary>
    public const long NeverExpires = long.MaxValue;

    /// <summary>
    /// The dynamic part Windows 10/11 charge a token at creation (0x1000; 0x400 on Windows 7, 500 in the
    /// Windows Research Kernel), or the primary group plus default DACL when those are larger.
    /// </summary>
    public const int DefaultDynamicCharge = 0x1000;

    private const PrivilegeAttributes ReportedPrivilegeBits =
        PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT;

    /// <summary>
    /// True for the classes NtQueryInformationToken answers (anything else is STATUS_INVALID_INFO_CLASS
    /// before the handle is looked at): 1-13, 15-34, 37, 39-44, 47, 48. TokenSessionReference (14),
    /// TokenRestrictedUserClaimAttributes (35), TokenRestrictedDeviceClaimAttributes (36),
    /// TokenRestrictedDeviceGroups (38), TokenChildProcessFlags (45), TokenIsLessPrivilegedAppContainer (46),
    /// TokenLoggingInformation (49) and TokenLearningMode (50) are not answered by the kernel.
    /// </summary>
    public static bool IsQueryable(TokenInformationClass c) => (int)c switch
    {
        >= 1 and <= 13 => true,
        >= 15 and <= 34 => true,
        37 or 39 or 40 or 41 or 42 or 43 or 44 or 47 or 48 => true,
        _ => false,
    };

    /// <summary>
    /// Classes Windows answers whose data this model does not hold (STATUS_NOT_IMPLEMENTED): TokenAuditPolicy,
    /// TokenAccessInformation, TokenUserClaimAttributes, TokenDeviceClaimAttributes, TokenDeviceGroups,
    /// TokenSecurityAttributes, TokenSingletonAttributes, TokenBnoIsolation, TokenIsSandboxed, TokenIsAppSilo.
    /// </summary>
    public static bool IsUnmodelled(TokenInformationClass c) => c is TokenInformationClass.TokenAuditPolicy
        or TokenInformationClass.TokenAccessInformation or TokenInformationClass.TokenUserClaimAttributes
        or TokenInformationClass.TokenDeviceClaimAttributes or TokenInformationClass.TokenDeviceGroups
        or TokenInformationClass.TokenSecurityAttributes or TokenInformationClass.TokenSingletonAttributes
        or TokenInformationClass.TokenBnoIsolation or TokenInformationClass.TokenIsSandboxed or TokenInformationClass.TokenIsAppSilo;

    /// <summary>The integrity label as TokenGroups and TokenIntegrityLevel list it: SE_GROUP_INTEGRITY|SE_GROUP_INTEGRITY_ENABLED.</summary>
    public static SidAndAttributes Label(TokenState state) =>
        new(state.IntegrityLevel, GroupAttributes.SE_GROUP_INTEGRITY | GroupAttributes.SE_GROUP_INTEGRITY_ENABLED);

    /// <summary>TokenGroups: the groups, then the integrity label (Windows keeps it in UserAndGroups; whoami /groups lists it last).</summary>
    public static ImmutableArray<SidAndAttributes> GroupsWithLabel(TokenState state) => state.Groups.Add(Label(state));

    /// <summary>The bytes the primary group and default DACL take in the token's dynamic part.</summary>
    public static int DynamicUsed(TokenState state) => state.PrimaryGroup.BinaryLength + (state.DefaultDacl?.BinaryLength ?? 0);

    /// <summary>
    /// DynamicCharged: the model keeps no creation-time figure, so it is the Windows 10/11 default or the
    /// current use when larger (an approximation: a token whose default DACL later shrank keeps its larger
    /// charge on Windows).
    /// </summary>
    public static int DynamicCharged(TokenState state) => Math.Max(DefaultDynamicCharge, DynamicUsed(state));

    /// <summary>The privileges as Windows reports them: LUID order, only the enabled and enabled-by-default bits.</summary>
    public static ImmutableArray<LuidAndAttributes> ReportedPrivileges(TokenState state) =>
        [.. state.Privileges.OrderBy(p => p.Luid.ToUInt64()).Select(p => p with { Attributes = p.Attributes & ReportedPrivilegeBits })];

    /// <summary>
    /// The structure for <paramref name="informationClass"/> (a class that <see cref="IsQueryable"/>, not
    /// <see cref="IsUnmodelled"/>, and not TokenLinkedToken). Fails with STATUS_INVALID_INFO_CLASS for
    /// TokenImpersonationLevel on a primary token (the status Windows returns; Win32 maps it to
    /// ERROR_INVALID_PARAMETER, wine.md GTI-04) and STATUS_NOT_FOUND for TokenLogonSid without a logon SID.
    /// </summary>
    public static NtStatus Build(TokenInformationClass informationClass, TokenState state, out TokenInformation? information)
    {
        information = null;
        switch (informationClass)
        {
            case TokenInformationClass.TokenImpersonationLevel when state.Type != TokenType.TokenImpersonation:
                return NtStatus.STATUS_INVALID_INFO_CLASS;
            case TokenInformationClass.TokenLogonSid:
                information = LogonSid(state);
                return information is null ? NtStatus.STATUS_NOT_FOUND : NtStatus.STATUS_SUCCESS;
            default:
                information = Simple(informationClass, state);
                return NtStatus.STATUS_SUCCESS;
        }
    }

    private static TokenGroupsInformation? LogonSid(TokenState state)
    {
        // The first entry of UserAndGroups whose attributes hold both SE_GROUP_LOGON_ID bits (the user included).
        foreach (var entry in state.Groups.Prepend(state.User))
        {
            if ((entry.Attributes & GroupAttributes.SE_GROUP_LOGON_ID) == GroupAttributes.SE_GROUP_LOGON_ID)
            {
                return new TokenGroupsInformation(TokenInformationClass.TokenLogonSid, [entry]);
            }
        }

        return null;
    }

    private static TokenInformation Simple(TokenInformationClass c, TokenState s) => c switch
    {
        TokenInformationClass.TokenUser => new TokenUserInformation(s.User),
        TokenInformationClass.TokenGroups => new TokenGroupsInformation(c, GroupsWithLabel(s)),
        TokenInformationClass.TokenPrivileges => new TokenPrivilegesInformation(ReportedPrivileges(s)),
        TokenInformationClass.TokenOwner => new TokenOwnerInformation(s.Owner),
        TokenInformationClass.TokenPrimaryGroup => new TokenPrimaryGroupInformation(s.PrimaryGroup),
        TokenInformationClass.TokenDefaultDacl => new TokenDefaultDaclInformation(s.DefaultDacl),
        TokenInformationClass.TokenSource => new TokenSourceInformation(s.Source),
        TokenInformationClass.TokenType => new TokenTypeInformation(s.Type),
        TokenInformationClass.TokenImpersonationLevel => new TokenImpersonationLevelInformation(s.ImpersonationLevel),
        TokenInformationClass.TokenStatistics => Statistics(s),
        TokenInformationClass.TokenRestrictedSids => new TokenGroupsInformation(c, s.RestrictedSids),
        TokenInformationClass.TokenSessionId => new TokenDwordInformation(c, s.SessionId),
        TokenInformationClass.TokenGroupsAndPrivileges => new TokenGroupsAndPrivilegesInformation(
            GroupsWithLabel(s).Insert(0, s.User), s.RestrictedSids, ReportedPrivileges(s), s.AuthenticationId),
        TokenInformationClass.TokenSandBoxInert => Flag(c, s, TokenFlags.TOKEN_SANDBOX_INERT),
        TokenInformationClass.TokenOrigin => new TokenOriginInformation(s.Origin),
        TokenInformationClass.TokenElevationType => new TokenElevationTypeInformation(s.ElevationType),
        TokenInformationClass.TokenElevation => new TokenElevationInformation(TokenElevationRules.IsElevated(s)),
        TokenInformationClass.TokenHasRestrictions => new TokenHasRestrictionsInformation(
            (s.Flags & (TokenFlags.TOKEN_IS_FILTERED | TokenFlags.TOKEN_IS_RESTRICTED)) != 0),
        TokenInformationClass.TokenVirtualizationAllowed => Flag(c, s, TokenFlags.TOKEN_VIRTUALIZE_ALLOWED),
        TokenInformationClass.TokenVirtualizationEnabled => Flag(c, s, TokenFlags.TOKEN_VIRTUALIZE_ENABLED),
        TokenInformationClass.TokenIntegrityLevel => new TokenMandatoryLabelInformation(Label(s)),
        TokenInformationClass.TokenUIAccess => Flag(c, s, TokenFlags.TOKEN_UIACCESS),
        TokenInformationClass.TokenMandatoryPolicy => new TokenMandatoryPolicyInformation(s.MandatoryPolicy),
        TokenInformationClass.TokenIsAppContainer => Flag(c, s, TokenFlags.TOKEN_LOWBOX),
        TokenInformationClass.TokenCapabilities => new TokenGroupsInformation(c, s.Capabilities),
        TokenInformationClass.TokenAppContainerSid => new TokenAppContainerInformation(s.AppContainerSid),
        TokenInformationClass.TokenAppContainerNumber => new TokenDwordInformation(c, 0),
        TokenInformationClass.TokenIsRestricted => new TokenDwordInformation(c,
            (s.Flags & (TokenFlags.TOKEN_IS_RESTRICTED | TokenFlags.TOKEN_WRITE_RESTRICTED)) != 0 ? 1u : 0u),
        TokenInformationClass.TokenProcessTrustLevel => new TokenProcessTrustLevelInformation(null),
        TokenInformationClass.TokenPrivateNameSpace => new TokenDwordInformation(c, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not a class this builder answers"),
    };

    private static TokenDwordInformation Flag(TokenInformationClass c, TokenState s, TokenFlags flag) =>
        new(c, (s.Flags & flag) != 0 ? 1u : 0u);

    private static TokenStatisticsInformation Statistics(TokenState s)
    {
        int charged = DynamicCharged(s);
        return new TokenStatisticsInformation(s.TokenId, s.AuthenticationId, NeverExpires, s.Type, s.ImpersonationLevel,
            (uint)charged, (uint)(charged - DynamicUsed(s)), (uint)s.Groups.Length + 1, (uint)s.Privileges.Length, s.ModifiedId);
    }
}
