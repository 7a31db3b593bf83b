using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.AccessControl.Conditional;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Authorization.Conditions;

/// <summary>
/// What a conditional expression is evaluated against (MS-DTYP 2.5.3.1.5 takes the token and the
/// SACL): the token's SIDs, its user, device and local claims, its device SIDs, the object's
/// resource attributes, and whether the ACE being evaluated is a deny ACE. Immutable; derive
/// variants with <c>with</c>.
/// </summary>
/// <remarks>
/// Claims are modelled as CLAIM_SECURITY_ATTRIBUTE_RELATIVE_V1 values (<see cref="ResourceAttribute"/>,
/// MS-DTYP 2.4.10.1). NtSec tokens carry no claims yet, so the claim lists default to empty and
/// @User, @Device and local attributes are normally missing (null, hence UNKNOWN).
/// </remarks>
public sealed record ConditionContext
{
    private readonly TokenState _token;
    private readonly ImmutableArray<ResourceAttribute> _userClaims = [];
    private readonly ImmutableArray<ResourceAttribute> _deviceClaims = [];
    private readonly ImmutableArray<ResourceAttribute> _localClaims = [];
    private readonly ImmutableArray<ResourceAttribute> _resourceAttributes = [];
    private readonly ImmutableArray<Sid> _deviceSids = [];

    /// <summary>Creates a context for <paramref name="token"/> with no claims, device SIDs or resource attributes.</summary>
    public ConditionContext(TokenState token)
    {
        ArgumentNullException.ThrowIfNull(token);
        _token = token;
    }

    /// <summary>
    /// The context for evaluating the conditional ACEs of <paramref name="descriptor"/> with
    /// <paramref name="token"/>: <see cref="ResourceAttributes"/> are the decoded data of every
    /// SYSTEM_RESOURCE_ATTRIBUTE_ACE (MS-DTYP 2.4.4.15) in the SACL that is not inherit-only, in
    /// SACL order. RA ACEs whose data does not decode are skipped.
    /// </summary>
    public static ConditionContext For(TokenState token, SecurityDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(descriptor);
        var attributes = ImmutableArray.CreateBuilder<ResourceAttribute>();
        if (descriptor.Sacl is { } sacl)
        {
            foreach (var ace in sacl.Aces)
            {
                if (ace.Type == AceType.SystemResourceAttribute && !ace.IsInheritOnly
                    && ResourceAttributeBinary.TryDecode(ace.ApplicationData, out var attribute, out _))
                {
                    attributes.Add(attribute);
                }
            }
        }

        return new ConditionContext(token) { ResourceAttributes = attributes.ToImmutable() };
    }

    /// <summary>The token whose SIDs Member_of and its variants test (MS-DTYP 2.5.2 SIDs[]).</summary>
    public TokenState Token
    {
        get => _token;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _token = value;
        }
    }

    /// <summary>The user claims, read as @User.name (token 0xF9).</summary>
    public IReadOnlyList<ResourceAttribute> UserClaims
    {
        get => _userClaims;
        init => _userClaims = Copy(value);
    }

    /// <summary>The device claims, read as @Device.name (token 0xFB).</summary>
    public IReadOnlyList<ResourceAttribute> DeviceClaims
    {
        get => _deviceClaims;
        init => _deviceClaims = Copy(value);
    }

    /// <summary>The local claims, read as a bare name (token 0xF8).</summary>
    public IReadOnlyList<ResourceAttribute> LocalClaims
    {
        get => _localClaims;
        init => _localClaims = Copy(value);
    }

    /// <summary>The object's resource attributes, read as @Resource.name (token 0xFA).</summary>
    public IReadOnlyList<ResourceAttribute> ResourceAttributes
    {
        get => _resourceAttributes;
        init => _resourceAttributes = Copy(value);
    }

    /// <summary>The device SIDs that Device_Member_of and its variants test (MS-DTYP 2.5.2 DeviceSIDs[]).</summary>
    public IReadOnlyList<Sid> DeviceSids
    {
        get => _deviceSids;
        init => _deviceSids = Copy(value);
    }

    /// <summary>
    /// True while evaluating the condition of a deny ACE. Then a SID the token holds deny-only
    /// counts for Member_of and its variants, as it does for the SID of a deny ACE.
    /// </summary>
    public bool ForDenyAce { get; init; }

    /// <summary>Whether <paramref name="sid"/> counts as one of the token's SIDs for this ACE (see <see cref="ForDenyAce"/>).</summary>
    internal bool TokenHasSid(Sid sid)
    {
        if (!_token.TryGetSidAttributes(sid, out var attributes))
        {
            return false;
        }

        // "Security Descriptor Definition Language for Conditional ACEs", Member_of: for an allow
        // ACE the token's SID must have SE_GROUP_ENABLED; for a deny ACE SE_GROUP_ENABLED or
        // SE_GROUP_USE_FOR_DENY_ONLY. The same rule as the ACE's own SID (AceSidMatch).
        var relevant = attributes & (GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY);
        return ForDenyAce ? relevant != 0 : relevant == GroupAttributes.SE_GROUP_ENABLED;
    }

    /// <summary>Whether the device SIDs hold <paramref name="sid"/>.</summary>
    internal bool DeviceHasSid(Sid sid)
    {
        foreach (var deviceSid in _deviceSids)
        {
            if (deviceSid == sid)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The attribute named <paramref name="name"/> of the kind <paramref name="token"/> names, or
    /// null (MS-DTYP 2.5.3.1.6 LookupAttributeInToken, 2.5.3.1.7 LookupAttributeInSacl). Names
    /// compare without regard to case; the first match wins.
    /// </summary>
    internal ResourceAttribute? Lookup(ConditionalToken token, string name)
    {
        var list = token switch
        {
            ConditionalToken.UserAttribute => _userClaims,
            ConditionalToken.DeviceAttribute => _deviceClaims,
            ConditionalToken.LocalAttribute => _localClaims,
            _ => _resourceAttributes,
        };
        foreach (var attribute in list)
        {
            if (ClaimStringComparison.EqualsIgnoreCase(attribute.Name, name))
            {
                return attribute;
            }
        }

        return null;
    }

    private static ImmutableArray<T> Copy<T>(IReadOnlyList<T> value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = ImmutableArray.CreateBuilder<T>(value.Count);
        foreach (var item in value)
        {
            builder.Add(item ?? throw new ArgumentException("the list holds a null element", nameof(value)));
        }

        return builder.MoveToImmutable();
    }
}
