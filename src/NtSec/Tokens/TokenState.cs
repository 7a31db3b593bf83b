using System.Collections.Frozen;
using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.Principals;

namespace NtSec.Tokens;

/// <summary>
/// An immutable snapshot of everything a token holds (TOKEN_INFORMATION_CLASS contents). A kernel
/// token object holds the current snapshot and swaps it when modified. Lookups the access check
/// needs are precomputed so each ACE costs one hash probe whatever the number of groups.
/// </summary>
public sealed class TokenState
{
    private readonly FrozenDictionary<Sid, GroupAttributes> _sids;
    private readonly FrozenDictionary<Sid, GroupAttributes> _restrictedSids;
    private readonly ulong _enabledPrivileges;
    private readonly ulong _presentPrivileges;

    internal TokenState(TokenStateBuilder b)
    {
        User = b.User;
        Groups = b.Groups;
        Privileges = b.Privileges;
        RestrictedSids = b.RestrictedSids;
        Owner = b.Owner;
        PrimaryGroup = b.PrimaryGroup;
        DefaultDacl = b.DefaultDacl;
        Type = b.Type;
        ImpersonationLevel = b.ImpersonationLevel;
        IntegrityLevel = b.IntegrityLevel;
        MandatoryPolicy = b.MandatoryPolicy;
        TokenId = b.TokenId;
        AuthenticationId = b.AuthenticationId;
        ModifiedId = b.ModifiedId;
        ParentTokenId = b.ParentTokenId;
        SessionId = b.SessionId;
        ElevationType = b.ElevationType;
        Source = b.Source;
        Origin = b.Origin;
        AppContainerSid = b.AppContainerSid;
        Capabilities = b.Capabilities;
        // TOKEN_IS_RESTRICTED follows a non-empty restricting list, and stays once set: filtering a
        // restricted token down to an empty intersection leaves a token that is still restricted.
        Flags = RestrictedSids.IsEmpty ? b.Flags : b.Flags | TokenFlags.TOKEN_IS_RESTRICTED;
        // The user SID matches like an enabled group unless it was made deny-only (SID Attributes in an Access Token).
        var userForChecks = User.IsDenyOnly ? User : User with { Attributes = User.Attributes | GroupAttributes.SE_GROUP_ENABLED };
        _sids = BuildLookup(Groups.Prepend(userForChecks));
        _restrictedSids = BuildLookup(RestrictedSids);
        foreach (var p in Privileges)
        {
            if (p.Luid.HighPart == 0 && p.Luid.LowPart < 64)
            {
                _presentPrivileges |= 1UL << (int)p.Luid.LowPart;
                if (p.IsEnabled)
                {
                    _enabledPrivileges |= 1UL << (int)p.Luid.LowPart;
                }
            }
        }
    }

    /// <summary>TokenUser.</summary>
    public SidAndAttributes User { get; }

    /// <summary>TokenGroups (without the integrity label).</summary>
    public ImmutableArray<SidAndAttributes> Groups { get; }

    /// <summary>TokenPrivileges.</summary>
    public ImmutableArray<LuidAndAttributes> Privileges { get; }

    /// <summary>TokenRestrictedSids.</summary>
    public ImmutableArray<SidAndAttributes> RestrictedSids { get; }

    /// <summary>TokenOwner.</summary>
    public Sid Owner { get; }

    /// <summary>TokenPrimaryGroup.</summary>
    public Sid PrimaryGroup { get; }

    /// <summary>TokenDefaultDacl, or null.</summary>
    public Acl? DefaultDacl { get; }

    /// <summary>TokenType.</summary>
    public TokenType Type { get; }

    /// <summary>TokenImpersonationLevel.</summary>
    public SecurityImpersonationLevel ImpersonationLevel { get; }

    /// <summary>TokenIntegrityLevel.</summary>
    public Sid IntegrityLevel { get; }

    /// <summary>TokenMandatoryPolicy.</summary>
    public TokenMandatoryPolicy MandatoryPolicy { get; }

    /// <summary>TokenStatistics.TokenId.</summary>
    public Luid TokenId { get; }

    /// <summary>TokenStatistics.AuthenticationId.</summary>
    public Luid AuthenticationId { get; }

    /// <summary>TokenStatistics.ModifiedId.</summary>
    public Luid ModifiedId { get; }

    /// <summary>The TokenId this token was made from, or zero.</summary>
    public Luid ParentTokenId { get; }

    /// <summary>TokenSessionId.</summary>
    public uint SessionId { get; }

    /// <summary>TokenFlags (TOKEN_IS_RESTRICTED always set when there are restricting SIDs).</summary>
    public TokenFlags Flags { get; }

    /// <summary>TokenElevationType.</summary>
    public TokenElevationType ElevationType { get; }

    /// <summary>TokenSource.</summary>
    public TokenSource Source { get; }

    /// <summary>TokenOrigin.</summary>
    public Luid Origin { get; }

    /// <summary>TokenAppContainerSid, or null.</summary>
    public Sid? AppContainerSid { get; }

    /// <summary>TokenCapabilities.</summary>
    public ImmutableArray<SidAndAttributes> Capabilities { get; }

    /// <summary>TOKEN_IS_RESTRICTED: the token has (or had, before an empty intersection) restricting SIDs.</summary>
    public bool IsRestricted => (Flags & TokenFlags.TOKEN_IS_RESTRICTED) != 0;

    /// <summary>TOKEN_WRITE_RESTRICTED.</summary>
    public bool IsWriteRestricted => (Flags & TokenFlags.TOKEN_WRITE_RESTRICTED) != 0;

    /// <summary>
    /// The attributes of <paramref name="sid"/> when it is the user or a group of the token. The user
    /// SID reports SE_GROUP_ENABLED unless it is deny-only, so callers can treat both alike.
    /// </summary>
    public bool TryGetSidAttributes(Sid sid, out GroupAttributes attributes) => _sids.TryGetValue(sid, out attributes);

    /// <summary>The attributes of <paramref name="sid"/> when it is one of the restricting SIDs.</summary>
    public bool TryGetRestrictedSidAttributes(Sid sid, out GroupAttributes attributes) => _restrictedSids.TryGetValue(sid, out attributes);

    /// <summary>True when the token holds <paramref name="privilege"/> enabled.</summary>
    public bool HasEnabledPrivilege(WellKnownPrivilege privilege) => (_enabledPrivileges & (1UL << (int)privilege)) != 0;

    /// <summary>True when the token holds <paramref name="privilege"/>, enabled or not.</summary>
    public bool HasPrivilege(WellKnownPrivilege privilege) => (_presentPrivileges & (1UL << (int)privilege)) != 0;

    /// <summary>A builder holding this state, to make a modified copy.</summary>
    public TokenStateBuilder ToBuilder() => new(User.Sid)
    {
        User = User, Groups = Groups, Privileges = Privileges, RestrictedSids = RestrictedSids, Owner = Owner,
        PrimaryGroup = PrimaryGroup, DefaultDacl = DefaultDacl, Type = Type, ImpersonationLevel = ImpersonationLevel,
        IntegrityLevel = IntegrityLevel, MandatoryPolicy = MandatoryPolicy, TokenId = TokenId,
        AuthenticationId = AuthenticationId, ModifiedId = ModifiedId, ParentTokenId = ParentTokenId, SessionId = SessionId,
        Flags = Flags, ElevationType = ElevationType, Source = Source, Origin = Origin, AppContainerSid = AppContainerSid,
        Capabilities = Capabilities,
    };

    /// <summary>First occurrence wins, as a linear scan of the token's SID array would find it.</summary>
    private static FrozenDictionary<Sid, GroupAttributes> BuildLookup(IEnumerable<SidAndAttributes> entries)
    {
        var map = new Dictionary<Sid, GroupAttributes>();
        foreach (var e in entries)
        {
            map.TryAdd(e.Sid, e.Attributes);
        }

        return map.ToFrozenDictionary();
    }
}
