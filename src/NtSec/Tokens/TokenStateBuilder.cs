using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.Principals;

namespace NtSec.Tokens;

/// <summary>
/// The mutable form of a <see cref="TokenState"/>: set what differs, then <see cref="Build"/>.
/// Defaults are those of a fresh Medium-integrity impersonation token with no groups or privileges.
/// </summary>
public sealed class TokenStateBuilder
{
    /// <summary>Starts a builder for <paramref name="user"/>.</summary>
    public TokenStateBuilder(Sid user)
    {
        ArgumentNullException.ThrowIfNull(user);
        User = new SidAndAttributes(user, 0);
        Owner = user;
        PrimaryGroup = user;
    }

    /// <summary>TokenUser: the user SID and its attributes (0, or SE_GROUP_USE_FOR_DENY_ONLY).</summary>
    public SidAndAttributes User { get; set; }

    /// <summary>TokenGroups, without the integrity label (kept in <see cref="IntegrityLevel"/>).</summary>
    public ImmutableArray<SidAndAttributes> Groups { get; set; } = [];

    /// <summary>TokenPrivileges.</summary>
    public ImmutableArray<LuidAndAttributes> Privileges { get; set; } = [];

    /// <summary>TokenRestrictedSids.</summary>
    public ImmutableArray<SidAndAttributes> RestrictedSids { get; set; } = [];

    /// <summary>TokenOwner: the default owner of new objects.</summary>
    public Sid Owner { get; set; }

    /// <summary>TokenPrimaryGroup.</summary>
    public Sid PrimaryGroup { get; set; }

    /// <summary>TokenDefaultDacl; null for none.</summary>
    public Acl? DefaultDacl { get; set; }

    /// <summary>TokenType.</summary>
    public TokenType Type { get; set; } = TokenType.TokenImpersonation;

    /// <summary>TokenImpersonationLevel (meaningful for impersonation tokens).</summary>
    public SecurityImpersonationLevel ImpersonationLevel { get; set; } = SecurityImpersonationLevel.SecurityImpersonation;

    /// <summary>TokenIntegrityLevel: an S-1-16-x SID.</summary>
    public Sid IntegrityLevel { get; set; } = NtSec.Principals.IntegrityLevel.Medium.ToSid();

    /// <summary>TokenMandatoryPolicy.</summary>
    public TokenMandatoryPolicy MandatoryPolicy { get; set; } = TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP;

    /// <summary>TokenStatistics.TokenId.</summary>
    public Luid TokenId { get; set; }

    /// <summary>TokenStatistics.AuthenticationId: the logon session.</summary>
    public Luid AuthenticationId { get; set; }

    /// <summary>TokenStatistics.ModifiedId: changes on every modification.</summary>
    public Luid ModifiedId { get; set; }

    /// <summary>The TokenId of the token this one was made from (filtered, duplicated), or zero.</summary>
    public Luid ParentTokenId { get; set; }

    /// <summary>TokenSessionId.</summary>
    public uint SessionId { get; set; }

    /// <summary>The TokenFlags field (TOKEN_IS_RESTRICTED is added on build when there are restricting SIDs).</summary>
    public TokenFlags Flags { get; set; }

    /// <summary>TokenElevationType.</summary>
    public TokenElevationType ElevationType { get; set; } = TokenElevationType.TokenElevationTypeDefault;

    /// <summary>TokenSource.</summary>
    public TokenSource Source { get; set; } = new("NtSec", default);

    /// <summary>TokenOrigin.OriginatingLogonSession.</summary>
    public Luid Origin { get; set; }

    /// <summary>TokenAppContainerSid for a lowbox token, else null.</summary>
    public Sid? AppContainerSid { get; set; }

    /// <summary>TokenCapabilities of a lowbox token.</summary>
    public ImmutableArray<SidAndAttributes> Capabilities { get; set; } = [];

    /// <summary>Makes the immutable snapshot.</summary>
    public TokenState Build() => new(this);
}
