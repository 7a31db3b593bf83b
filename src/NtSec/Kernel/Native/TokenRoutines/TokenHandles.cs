using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>What the token routines share: referencing a token handle and the security of a new token object.</summary>
internal static class TokenHandles
{
    /// <summary>
    /// ObReferenceObjectByHandle for a token, with <paramref name="desiredAccess"/> checked against the
    /// handle in user mode. The token pseudo-handles (-4, -5, -6) are refused with STATUS_INVALID_HANDLE:
    /// Microsoft's GetCurrentProcessToken page says they cannot be used with DuplicateToken, and Raymond
    /// Chen ("Additional helpful pseudo-handles", The Old New Thing, 2021-01-05) that they "basically work
    /// only for GetTokenInformation". The exact status is not documented; a user-mode lookup of such a
    /// value finds no entry in the handle table, which is STATUS_INVALID_HANDLE. Unverified on Windows.
    /// </summary>
    public static NtStatus Reference(KernelCall call, NtHandle handle, uint desiredAccess,
        out TokenObject? token, out uint grantedAccess)
    {
        token = null;
        grantedAccess = 0;
        if (handle.Value is -4 or -5 or -6)
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        var status = ObjectManager.ReferenceByHandle(call, handle, desiredAccess, ObjectTypeKind.Token, out var obj, out grantedAccess);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        token = (TokenObject)obj!;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// The descriptor of a token object created by NtDuplicateToken or NtFilterToken: owner, group and DACL
    /// from <paramref name="explicitDescriptor"/> or else from the caller's token ("this default security
    /// descriptor is created from the user group, primary group, and DACL information that is stored in
    /// the caller's token", NtDuplicateToken page; DUP-13, DUP-14: the source token object's descriptor is
    /// not copied). The mandatory label is the new token's own integrity level with NO_WRITE_UP, as every
    /// token object gets (<see cref="Machine.NewTokenObject"/>, SEC-03); a label in the caller's descriptor
    /// is ignored (DUP-15), its other SACL entries are kept.
    /// </summary>
    public static SecurityDescriptor NewObjectSecurity(KernelCall call, TokenState newToken, SecurityDescriptor? explicitDescriptor)
    {
        var type = ObjectTypeInfo.Get(ObjectTypeKind.Token);
        var withoutSacl = explicitDescriptor is null
            ? null
            : new SecurityDescriptor(explicitDescriptor.Control & ~SecurityDescriptorControl.SaclPresent, explicitDescriptor.Owner,
                explicitDescriptor.Group, explicitDescriptor.Dacl, null);
        var assigned = ObjectSecurity.ForNewObject(call.EffectiveToken.State, type, withoutSacl);

        var sacl = new List<Ace> { Ace.Create(AceType.SystemMandatoryLabel, AceFlags.None, NoWriteUp, newToken.IntegrityLevel) };
        if (ObjectSecurity.MapGeneric(explicitDescriptor?.Sacl, type.GenericMapping) is { } explicitSacl)
        {
            sacl.AddRange(explicitSacl.Aces.Where(a => a.Type != AceType.SystemMandatoryLabel));
        }

        return new SecurityDescriptor(assigned.Control & ~SecurityDescriptorControl.SaclPresent, assigned.Owner, assigned.Group,
            assigned.Dacl, new Acl(sacl));
    }

    /// <summary>SYSTEM_MANDATORY_LABEL_NO_WRITE_UP.</summary>
    private const uint NoWriteUp = 0x1;

    /// <summary>
    /// The access a handle to a token object the caller has just created gets: no access check against the
    /// new object's descriptor (DUP-04; the creator of an object is not checked against its DACL, ACC-27);
    /// generic rights mapped through the token mapping; MAXIMUM_ALLOWED becomes TOKEN_ALL_ACCESS (DUP-04);
    /// ACCESS_SYSTEM_SECURITY needs an enabled SeSecurityPrivilege in the caller's token, else
    /// STATUS_PRIVILEGE_NOT_HELD (NtDuplicateToken page, DesiredAccess table). The page also says
    /// TOKEN_ADJUST_SESSIONID and TOKEN_ASSIGN_PRIMARY are granted only with SeTcbPrivilege and
    /// SeAssignPrimaryTokenPrivilege; DUP-04 [W] contradicts it (MAXIMUM_ALLOWED gives TOKEN_ALL_ACCESS to an
    /// administrator without those privileges enabled), so the model follows the test.
    /// </summary>
    public static NtStatus CreatorAccess(KernelCall call, uint desiredAccess, out uint granted)
    {
        var mapping = ObjectTypeInfo.Get(ObjectTypeKind.Token).GenericMapping;
        uint wanted = mapping.Map(desiredAccess);
        granted = 0;
        if ((wanted & AccessMask.AccessSystemSecurity) != 0
            && !call.EffectiveToken.State.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
        {
            return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
        }

        granted = (wanted & AccessMask.MaximumAllowed) != 0 ? (wanted & ~AccessMask.MaximumAllowed) | mapping.GenericAll : wanted;
        return NtStatus.STATUS_SUCCESS;
    }
}
