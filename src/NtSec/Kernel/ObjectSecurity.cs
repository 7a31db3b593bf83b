using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// The security descriptor a new object gets from its creator's token when no inheritance applies
/// (SeAssignSecurity; users.md 4.10; wine.md SEC-01): owner = the token's default owner, group =
/// its primary group, DACL = the explicit one or the token's default DACL with generic rights mapped
/// through the object type, and a mandatory label at the token's integrity level when the type
/// always carries one (process, thread, token) or the creator is below Medium.
/// </summary>
public static class ObjectSecurity
{
    private static readonly uint MediumRid = (uint)IntegrityLevel.Medium;

    /// <summary>Builds the descriptor of a new object of <paramref name="type"/>.</summary>
    /// <param name="creator">The creating token.</param>
    /// <param name="type">The object type (its generic mapping applies to ACE masks).</param>
    /// <param name="explicitDescriptor">The descriptor passed by the creator, or null.</param>
    /// <param name="labelPolicy">The label policy when a label is added (SYSTEM_MANDATORY_LABEL_*), or 0 to add one only below Medium with NO_WRITE_UP.</param>
    public static SecurityDescriptor ForNewObject(TokenState creator, ObjectTypeInfo type, SecurityDescriptor? explicitDescriptor = null, uint labelPolicy = 0)
    {
        ArgumentNullException.ThrowIfNull(creator);
        ArgumentNullException.ThrowIfNull(type);
        var owner = explicitDescriptor?.Owner ?? creator.Owner;
        var group = explicitDescriptor?.Group ?? creator.PrimaryGroup;
        Acl? dacl;
        var control = SecurityDescriptorControl.None;
        if (explicitDescriptor is { DaclPresent: true })
        {
            dacl = explicitDescriptor.Dacl;
            control |= SecurityDescriptorControl.DaclPresent;
        }
        else
        {
            dacl = creator.DefaultDacl;
        }

        dacl = MapGeneric(dacl, type.GenericMapping);
        Acl? sacl = explicitDescriptor?.Sacl is { } explicitSacl ? MapGeneric(explicitSacl, type.GenericMapping) : null;
        bool belowMedium = (creator.IntegrityLevel.Rid ?? 0) < MediumRid;
        if (sacl is null && (labelPolicy != 0 || belowMedium))
        {
            uint policy = labelPolicy != 0 ? labelPolicy : 1; // SYSTEM_MANDATORY_LABEL_NO_WRITE_UP
            sacl = new Acl([Ace.Create(AceType.SystemMandatoryLabel, AceFlags.None, policy, creator.IntegrityLevel)]);
        }

        return new SecurityDescriptor(control, owner, group, dacl, sacl);
    }

    /// <summary>An ACL with every ACE's generic bits mapped (RtlMapGenericMask on assignment).</summary>
    public static Acl? MapGeneric(Acl? acl, GenericMapping mapping)
    {
        if (acl is null || !acl.Aces.Any(a => a.Layout != AceLayout.Opaque && a.Mask.HasGenericBits))
        {
            return acl;
        }

        return new Acl(acl.Revision,
            [.. acl.Aces.Select(a => a.Layout != AceLayout.Opaque && a.Mask.HasGenericBits && a.Type != AceType.SystemMandatoryLabel ? a.WithMask(mapping.Map(a.Mask.Value)) : a)],
            acl.TrailingBytes);
    }
}
