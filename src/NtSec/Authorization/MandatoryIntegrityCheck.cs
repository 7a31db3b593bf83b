using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// Mandatory integrity control ([MS-DTYP] 2.5.3.3; Windows Security Internals ch. 7): runs before the
/// DACL. With TOKEN_MANDATORY_POLICY_NO_WRITE_UP, a token whose integrity level does not dominate
/// the object's label keeps only the generic rights the label's policy leaves, mapped through the
/// object type's generic mapping. An unlabelled object counts as Medium with NO_WRITE_UP.
/// </summary>
internal static class MandatoryIntegrityCheck
{
    private static readonly Sid ImplicitLabel = IntegrityLevel.Medium.ToSid();

    /// <summary>The bits MIC leaves; uint.MaxValue when it removes nothing.</summary>
    public static uint AllowedAccess(SecurityDescriptor sd, TokenState token, GenericMapping mapping, AccessCheckTrace? trace)
    {
        if ((token.MandatoryPolicy & TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP) == 0)
        {
            trace?.Add(AccessCheckStage.MandatoryIntegrity, "token mandatory policy lacks NO_WRITE_UP: integrity is not checked");
            return uint.MaxValue;
        }

        Sid label = ImplicitLabel;
        uint policy = (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_WRITE_UP;
        bool explicitLabel = false;
        if (sd.SaclPresent && sd.Sacl is { } sacl)
        {
            foreach (var ace in sacl.Aces)
            {
                if (ace.Type == AceType.SystemMandatoryLabel && !ace.IsInheritOnly && ace.Sid is { } sid)
                {
                    label = sid;
                    policy = ace.Mask.Value;
                    explicitLabel = true;
                    break;
                }
            }
        }

        if (Dominates(token.IntegrityLevel, label))
        {
            trace?.Add(AccessCheckStage.MandatoryIntegrity,
                $"token integrity {token.IntegrityLevel} dominates the {(explicitLabel ? "object's label" : "implicit Medium label")} {label}: nothing removed");
            return uint.MaxValue;
        }

        uint generic = 0;
        if ((policy & (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_READ_UP) == 0)
        {
            generic |= AccessMask.GenericRead;
        }

        if ((policy & (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_WRITE_UP) == 0)
        {
            generic |= AccessMask.GenericWrite;
        }

        if ((policy & (uint)MandatoryLabelPolicy.SYSTEM_MANDATORY_LABEL_NO_EXECUTE_UP) == 0)
        {
            generic |= AccessMask.GenericExecute;
        }

        uint allowed = mapping.Map(generic);
        if (token.HasEnabledPrivilege(WellKnownPrivilege.SeRelabelPrivilege))
        {
            allowed |= AccessMask.WriteOwner;
        }

        trace?.Add(AccessCheckStage.MandatoryIntegrity,
            $"token integrity {token.IntegrityLevel} is below the {(explicitLabel ? "object's label" : "implicit Medium label")} {label} " +
            $"(policy 0x{policy:X}): only 0x{allowed:X8} may be granted", allowed);
        return allowed;
    }

    /// <summary>SidDominates for integrity SIDs ([MS-DTYP] 2.5.3.1.2): same authority, compare the RID.</summary>
    private static bool Dominates(Sid token, Sid label)
    {
        if (token.Authority != label.Authority || label.SubAuthorityCount > token.SubAuthorityCount)
        {
            return false;
        }

        return (token.Rid ?? 0) >= (label.Rid ?? 0);
    }
}
