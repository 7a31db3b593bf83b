using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// The owner's implicit READ_CONTROL | WRITE_DAC ([MS-DTYP] 2.5.3.2 step 3): granted when the
/// descriptor's owner is an enabled SID of the token (and, for a restricted token, one of its
/// restricting SIDs), unless the DACL holds an OWNER RIGHTS (S-1-3-4) ACE that is not inherit-only,
/// which replaces the implicit grant with what the DACL says.
/// </summary>
internal static class OwnerRights
{
    public const uint ImplicitRights = AccessMask.ReadControl | AccessMask.WriteDac;

    public static uint Grant(SecurityDescriptor sd, TokenState token, AccessCheckTrace? trace)
    {
        var owner = sd.Owner!;
        if (!token.TryGetSidAttributes(owner, out var attributes) || (attributes & GroupAttributes.SE_GROUP_ENABLED) == 0
            || (attributes & GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY) != 0)
        {
            trace?.Add(AccessCheckStage.Owner, $"owner {new AceSidMatch(token, false, sd, null).Describe(owner)}: no implicit owner rights");
            return 0;
        }

        if (token.IsRestricted && !token.TryGetRestrictedSidAttributes(owner, out _))
        {
            trace?.Add(AccessCheckStage.Owner,
                $"owner {owner} is in the token but not among its restricting SIDs: the restricted token gets no implicit owner rights");
            return 0;
        }

        if (sd.Dacl is { } dacl)
        {
            for (int i = 0; i < dacl.Count; i++)
            {
                var ace = dacl[i];
                if (!ace.IsInheritOnly && ace.Sid == WellKnownSids.OwnerRights)
                {
                    trace?.Add(AccessCheckStage.Owner,
                        "the DACL has an OWNER RIGHTS (S-1-3-4) ACE: implicit owner rights are replaced by what the DACL grants", 0, i);
                    return 0;
                }
            }
        }

        trace?.Add(AccessCheckStage.Owner, $"token holds the owner {owner}: implicit READ_CONTROL | WRITE_DAC", ImplicitRights);
        return ImplicitRights;
    }
}
