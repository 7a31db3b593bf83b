using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// The security-descriptor rules shared by object creation, NtQuerySecurityObject and
/// NtSetSecurityObject: which handle access each SECURITY_INFORMATION bit needs, which owners a token
/// may assign, how far a label may be raised, which parts a query returns and how a set merges.
/// </summary>
internal static class SecurityRules
{
    private const SecurityInformation ReadControlParts = SecurityInformation.OWNER_SECURITY_INFORMATION
        | SecurityInformation.GROUP_SECURITY_INFORMATION | SecurityInformation.DACL_SECURITY_INFORMATION
        | SecurityInformation.LABEL_SECURITY_INFORMATION | SecurityInformation.ATTRIBUTE_SECURITY_INFORMATION
        | SecurityInformation.SCOPE_SECURITY_INFORMATION | SecurityInformation.PROCESS_TRUST_LABEL_SECURITY_INFORMATION
        | SecurityInformation.ACCESS_FILTER_SECURITY_INFORMATION;

    private const SecurityDescriptorControl DaclBits = SecurityDescriptorControl.DaclPresent | SecurityDescriptorControl.DaclDefaulted
        | SecurityDescriptorControl.DaclAutoInheritRequired | SecurityDescriptorControl.DaclAutoInherited
        | SecurityDescriptorControl.DaclProtected | SecurityDescriptorControl.DaclTrusted;

    private const SecurityDescriptorControl SaclBits = SecurityDescriptorControl.SaclPresent | SecurityDescriptorControl.SaclDefaulted
        | SecurityDescriptorControl.SaclAutoInheritRequired | SecurityDescriptorControl.SaclAutoInherited
        | SecurityDescriptorControl.SaclProtected;

    /// <summary>
    /// SeQuerySecurityAccessMask: READ_CONTROL for the owner, group, DACL, label and the other
    /// READ_CONTROL-readable parts; ACCESS_SYSTEM_SECURITY for the SACL; both for BACKUP
    /// (NtQuerySecurityObject page for the first four; the rest by symmetry with SeSetSecurityAccessMask).
    /// </summary>
    public static uint QueryAccess(SecurityInformation information)
    {
        uint access = 0;
        if ((information & (ReadControlParts | SecurityInformation.BACKUP_SECURITY_INFORMATION)) != 0)
        {
            access |= AccessMask.ReadControl;
        }

        if ((information & (SecurityInformation.SACL_SECURITY_INFORMATION | SecurityInformation.BACKUP_SECURITY_INFORMATION)) != 0)
        {
            access |= AccessMask.AccessSystemSecurity;
        }

        return access;
    }

    /// <summary>
    /// SeSetSecurityAccessMask as current Windows computes it (public decompilations of ntoskrnl, which
    /// agree with the NtSetSecurityObject page for the four documented bits): WRITE_OWNER for owner,
    /// group and label; WRITE_DAC for DACL, attributes, process trust label and access filter;
    /// ACCESS_SYSTEM_SECURITY for SACL, scope and the SACL protection flags; all three for BACKUP.
    /// </summary>
    public static uint SetAccess(SecurityInformation information)
    {
        uint access = 0;
        if ((information & SecurityInformation.BACKUP_SECURITY_INFORMATION) != 0)
        {
            access |= AccessMask.WriteDac | AccessMask.WriteOwner | AccessMask.AccessSystemSecurity;
        }

        if ((information & (SecurityInformation.OWNER_SECURITY_INFORMATION | SecurityInformation.GROUP_SECURITY_INFORMATION
            | SecurityInformation.LABEL_SECURITY_INFORMATION)) != 0)
        {
            access |= AccessMask.WriteOwner;
        }

        if ((information & (SecurityInformation.DACL_SECURITY_INFORMATION | SecurityInformation.ATTRIBUTE_SECURITY_INFORMATION
            | SecurityInformation.PROCESS_TRUST_LABEL_SECURITY_INFORMATION | SecurityInformation.ACCESS_FILTER_SECURITY_INFORMATION)) != 0)
        {
            access |= AccessMask.WriteDac;
        }

        if ((information & (SecurityInformation.SACL_SECURITY_INFORMATION | SecurityInformation.SCOPE_SECURITY_INFORMATION)) != 0
            || ((uint)information & 0x1F8) != 0 && (information & (SecurityInformation.PROTECTED_SACL_SECURITY_INFORMATION
                | SecurityInformation.UNPROTECTED_SACL_SECURITY_INFORMATION)) != 0)
        {
            access |= AccessMask.AccessSystemSecurity;
        }

        return access;
    }

    /// <summary>
    /// Whether <paramref name="token"/> may make <paramref name="owner"/> an object's owner: its user SID,
    /// a group it holds with SE_GROUP_OWNER (not deny-only), or anything with SeRestorePrivilege enabled
    /// ("Owner of a New Object"; SEC-12). SeTakeOwnershipPrivilege only grants WRITE_OWNER access.
    /// </summary>
    public static bool IsAssignableOwner(TokenState token, Sid owner)
    {
        if (owner == token.User.Sid || token.HasEnabledPrivilege(WellKnownPrivilege.SeRestorePrivilege))
        {
            return true;
        }

        foreach (var group in token.Groups)
        {
            if (group.Sid == owner && (group.Attributes & GroupAttributes.SE_GROUP_OWNER) != 0 && !group.IsDenyOnly)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mandatory label ACEs of <paramref name="acl"/>, in order.</summary>
    public static ImmutableArray<Ace> LabelAces(Acl? acl) =>
        acl is null ? [] : [.. acl.Aces.Where(a => a.Type == AceType.SystemMandatoryLabel)];

    /// <summary>
    /// STATUS_INVALID_LABEL when a label ACE names an integrity level above the token's and the token
    /// lacks an enabled SeRelabelPrivilege (Windows Security Internals, ch. 6; unverified here).
    /// </summary>
    public static NtStatus CheckLabels(TokenState token, ImmutableArray<Ace> labels)
    {
        uint own = token.IntegrityLevel.Rid ?? 0;
        foreach (var ace in labels)
        {
            if (ace.Sid?.Rid is { } rid && rid > own && !token.HasEnabledPrivilege(WellKnownPrivilege.SeRelabelPrivilege))
            {
                return NtStatus.STATUS_INVALID_LABEL;
            }
        }

        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// The checks SeAssignSecurity makes on a descriptor given at creation: its owner must be assignable
    /// (STATUS_INVALID_OWNER), a SACL with anything but label ACEs needs SeSecurityPrivilege
    /// (STATUS_PRIVILEGE_NOT_HELD; a label-only SACL does not, SEC-08), and labels may not exceed the
    /// creator's level (STATUS_INVALID_LABEL).
    /// </summary>
    public static NtStatus CheckExplicitDescriptor(TokenState creator, SecurityDescriptor descriptor)
    {
        if (descriptor.Owner is { } owner && !IsAssignableOwner(creator, owner))
        {
            return NtStatus.STATUS_INVALID_OWNER;
        }

        if (descriptor.Sacl is { } sacl)
        {
            if (sacl.Aces.Any(a => a.Type != AceType.SystemMandatoryLabel)
                && !creator.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
            {
                return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            }

            return CheckLabels(creator, LabelAces(sacl));
        }

        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// SeQuerySecurityDescriptorInfo: a self-relative copy holding only the requested parts, with the
    /// control bits that belong to them. LABEL without SACL returns the SACL's label ACEs only, and no
    /// SACL when the object has none (SEC-03, SEC-06, SEC-08). Unknown bits select nothing: an empty
    /// descriptor, control SE_SELF_RELATIVE alone (SEC-10).
    /// </summary>
    public static SecurityDescriptor Select(SecurityDescriptor sd, SecurityInformation information)
    {
        var control = SecurityDescriptorControl.None;
        Sid? owner = null, group = null;
        Acl? dacl = null, sacl = null;
        if ((information & SecurityInformation.OWNER_SECURITY_INFORMATION) != 0)
        {
            owner = sd.Owner;
            control |= sd.Control & SecurityDescriptorControl.OwnerDefaulted;
        }

        if ((information & SecurityInformation.GROUP_SECURITY_INFORMATION) != 0)
        {
            group = sd.Group;
            control |= sd.Control & SecurityDescriptorControl.GroupDefaulted;
        }

        if ((information & SecurityInformation.DACL_SECURITY_INFORMATION) != 0)
        {
            dacl = sd.Dacl;
            control |= sd.Control & DaclBits;
        }

        if ((information & SecurityInformation.SACL_SECURITY_INFORMATION) != 0)
        {
            sacl = sd.Sacl;
            control |= sd.Control & SaclBits;
        }
        else if ((information & SecurityInformation.LABEL_SECURITY_INFORMATION) != 0 && sd.SaclPresent)
        {
            sacl = sd.Sacl is { } full ? new Acl(full.Revision, LabelAces(full), []) : null;
            control |= sd.Control & SaclBits;
        }

        return new SecurityDescriptor(control, owner, group, dacl, sacl);
    }

    /// <summary>
    /// SeSetSecurityDescriptorInfo: the object's descriptor with the parts named by
    /// <paramref name="information"/> taken from <paramref name="given"/>. Generic rights in new DACL and
    /// SACL ACEs are mapped through <paramref name="mapping"/>. A LABEL set keeps the SACL's other ACEs
    /// and takes only the label ACEs of the given SACL, none when it has no SACL (SEC-09); the result's
    /// SACL revision is the given SACL's (SEC-09 c). With <paramref name="keepLabel"/> (token objects,
    /// SEC-04) the label ACEs are left as they are.
    /// </summary>
    public static SecurityDescriptor Merge(SecurityDescriptor current, SecurityDescriptor given, SecurityInformation information,
        GenericMapping mapping, bool keepLabel)
    {
        var control = current.Control & ~SecurityDescriptorControl.SelfRelative;
        var owner = current.Owner;
        var group = current.Group;
        var dacl = current.Dacl;
        var sacl = current.Sacl;
        if ((information & SecurityInformation.OWNER_SECURITY_INFORMATION) != 0)
        {
            owner = given.Owner;
            control &= ~SecurityDescriptorControl.OwnerDefaulted;
        }

        if ((information & SecurityInformation.GROUP_SECURITY_INFORMATION) != 0)
        {
            group = given.Group;
            control &= ~SecurityDescriptorControl.GroupDefaulted;
        }

        if ((information & SecurityInformation.DACL_SECURITY_INFORMATION) != 0)
        {
            control = (control & ~DaclBits) | (given.Control & (SecurityDescriptorControl.DaclPresent
                | SecurityDescriptorControl.DaclAutoInherited | SecurityDescriptorControl.DaclProtected));
            dacl = given.DaclPresent ? ObjectSecurity.MapGeneric(given.Dacl, mapping) : null;
        }

        if ((information & SecurityInformation.PROTECTED_DACL_SECURITY_INFORMATION) != 0)
        {
            control |= SecurityDescriptorControl.DaclProtected;
        }
        else if ((information & SecurityInformation.UNPROTECTED_DACL_SECURITY_INFORMATION) != 0)
        {
            control &= ~SecurityDescriptorControl.DaclProtected;
        }

        if ((information & SecurityInformation.SACL_SECURITY_INFORMATION) != 0)
        {
            control = (control & ~SaclBits) | (given.Control & (SecurityDescriptorControl.SaclPresent
                | SecurityDescriptorControl.SaclAutoInherited | SecurityDescriptorControl.SaclProtected));
            sacl = given.SaclPresent ? ObjectSecurity.MapGeneric(given.Sacl, mapping) : null;
        }
        else if ((information & SecurityInformation.LABEL_SECURITY_INFORMATION) != 0)
        {
            var labels = keepLabel ? LabelAces(current.Sacl) : LabelAces(given.SaclPresent ? given.Sacl : null);
            var others = current.Sacl is null ? [] : current.Sacl.Aces.Where(a => a.Type != AceType.SystemMandatoryLabel);
            byte revision = (given.SaclPresent ? given.Sacl?.Revision : null) ?? current.Sacl?.Revision ?? Acl.RevisionStandard;
            sacl = new Acl(revision, [.. labels, .. others], []);
            control |= SecurityDescriptorControl.SaclPresent;
        }

        if ((information & SecurityInformation.PROTECTED_SACL_SECURITY_INFORMATION) != 0)
        {
            control |= SecurityDescriptorControl.SaclProtected;
        }
        else if ((information & SecurityInformation.UNPROTECTED_SACL_SECURITY_INFORMATION) != 0)
        {
            control &= ~SecurityDescriptorControl.SaclProtected;
        }

        return new SecurityDescriptor(control, owner, group, dacl, sacl, current.ResourceManagerControl);
    }
}
