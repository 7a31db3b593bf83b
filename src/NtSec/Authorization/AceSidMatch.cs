using NtSec.AccessControl;
using NtSec.Authorization.Conditions;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// Whether an ACE's SID applies to the token in a given pass ("SID Attributes in an Access Token";
/// DESIGN.md "Fidelity"). Normal pass: allow ACEs need an enabled SID; deny ACEs also match
/// deny-only SIDs; disabled groups match nothing. Restricted pass: a restricting SID matches by
/// presence, for allow and deny alike. OWNER RIGHTS stands for the descriptor's owner and
/// PRINCIPAL SELF for the caller's PrincipalSelfSid.
/// </summary>
internal readonly struct AceSidMatch(TokenState token, bool restrictedPass, SecurityDescriptor sd, Sid? principalSelf)
{
    private readonly Sid owner = sd.Owner!;

    public bool Restricted => restrictedPass;

    public Sid Effective(Sid aceSid)
    {
        if (aceSid == WellKnownSids.OwnerRights)
        {
            return owner;
        }

        return principalSelf is not null && aceSid == WellKnownSids.PrincipalSelf ? principalSelf : aceSid;
    }

    public bool ForAllow(Sid aceSid)
    {
        var sid = Effective(aceSid);
        if (restrictedPass)
        {
            return token.TryGetRestrictedSidAttributes(sid, out _);
        }

        return token.TryGetSidAttributes(sid, out var a)
            && (a & (GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY)) == GroupAttributes.SE_GROUP_ENABLED;
    }

    public bool ForDeny(Sid aceSid)
    {
        var sid = Effective(aceSid);
        if (restrictedPass)
        {
            return token.TryGetRestrictedSidAttributes(sid, out _);
        }

        return token.TryGetSidAttributes(sid, out var a)
            && (a & (GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY)) != 0;
    }

    /// <summary>
    /// Evaluates a callback ACE's condition ([MS-DTYP] 2.5.3.1.5) against the token (its normal SIDs,
    /// also in the restricted pass: docs/access-check.md) and the descriptor's resource attributes.
    /// </summary>
    public ConditionResult Condition(Ace ace, bool denyAce) =>
        ConditionEvaluator.Evaluate(ace.ApplicationData, ConditionContext.For(token, sd) with { ForDenyAce = denyAce });

    /// <summary>Why the SID did or did not match, for traces.</summary>
    public string Describe(Sid aceSid)
    {
        var sid = Effective(aceSid);
        string name = WellKnownSidNames.TryGetName(sid, out var account) ? $"{sid} ({account.FullName})" : sid.ToString();
        string substituted = ReferenceEquals(sid, aceSid) || sid == aceSid ? string.Empty : $" (standing for {aceSid})";
        if (restrictedPass)
        {
            return token.TryGetRestrictedSidAttributes(sid, out _)
                ? $"{name}{substituted} is a restricting SID"
                : $"{name}{substituted} is not a restricting SID";
        }

        if (!token.TryGetSidAttributes(sid, out var a))
        {
            return $"{name}{substituted} is not in the token";
        }

        if ((a & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) != 0)
        {
            return $"{name}{substituted} is deny-only in the token";
        }

        return (a & GroupAttributes.SE_GROUP_ENABLED) != 0
            ? $"{name}{substituted} is enabled in the token"
            : $"{name}{substituted} is a disabled group of the token";
    }
}
