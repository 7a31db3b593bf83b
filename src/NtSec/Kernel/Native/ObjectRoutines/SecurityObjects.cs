using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.Status;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtQuerySecurityObject / ZwQuerySecurityObject and NtSetSecurityObject / ZwSetSecurityObject on the
/// objects of the model (events, processes, threads, tokens), with the statuses of their pages.
/// The handle's granted access is the only check, as on Windows (wine.md 2.7); rules for each part are in
/// <see cref="SecurityRules"/>.
/// </summary>
public static class SecurityObjects
{
    // Serialises read-modify-write of one object's descriptor (readers take snapshots without locking).
    private static readonly ConditionalWeakTable<KernelObject, Lock> Writers = [];

    /// <summary>ZwQuerySecurityObject: NtQuerySecurityObject with previous mode KernelMode.</summary>
    public static NtStatus ZwQuerySecurityObject(KernelCall call, NtHandle handle, SecurityInformation securityInformation, int length,
        out SecurityDescriptor? securityDescriptor, out int lengthNeeded) =>
        NtQuerySecurityObject(call.AsKernel(), handle, securityInformation, length, out securityDescriptor, out lengthNeeded);

    /// <summary>
    /// NtQuerySecurityObject: a self-relative copy of the requested parts of the object's descriptor.
    /// The handle needs READ_CONTROL for owner, group, DACL and label, ACCESS_SYSTEM_SECURITY for the
    /// SACL. LABEL_SECURITY_INFORMATION returns only the mandatory label ACEs (SEC-03, SEC-06, SEC-08);
    /// bits that select nothing give an empty descriptor (SEC-10).
    /// </summary>
    /// <param name="call">The caller.</param>
    /// <param name="handle">A handle to the object.</param>
    /// <param name="securityInformation">The parts to return.</param>
    /// <param name="length">The size of the caller's buffer in bytes.</param>
    /// <param name="securityDescriptor">The descriptor, or null on failure.</param>
    /// <param name="lengthNeeded">The self-relative size of the result, also when the buffer is too small (SEC-10).</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_BUFFER_TOO_SMALL when <paramref name="length"/> is below the exact
    /// self-relative size; STATUS_INVALID_HANDLE; STATUS_ACCESS_DENIED (the handle lacks the access);
    /// STATUS_OBJECT_TYPE_MISMATCH is listed by the page for callers that expect a type and cannot occur
    /// here.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static NtStatus NtQuerySecurityObject(KernelCall call, NtHandle handle, SecurityInformation securityInformation, int length,
        out SecurityDescriptor? securityDescriptor, out int lengthNeeded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        securityDescriptor = null;
        lengthNeeded = 0;
        var status = ObjectManager.ReferenceByHandle(call, handle, SecurityRules.QueryAccess(securityInformation), null, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is null)
        {
            return status;
        }

        var selected = SecurityRules.Select(obj.Security, securityInformation);
        lengthNeeded = selected.BinaryLength;
        if (length < lengthNeeded)
        {
            return NtStatus.STATUS_BUFFER_TOO_SMALL;
        }

        securityDescriptor = selected;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>ZwSetSecurityObject: NtSetSecurityObject with previous mode KernelMode.</summary>
    public static NtStatus ZwSetSecurityObject(KernelCall call, NtHandle handle, SecurityInformation securityInformation,
        SecurityDescriptor? securityDescriptor) =>
        NtSetSecurityObject(call.AsKernel(), handle, securityInformation, securityDescriptor);

    /// <summary>
    /// NtSetSecurityObject with a self-relative descriptor as bytes, as the caller's buffer: the handle is
    /// checked first, then the buffer is captured (RtlValidRelativeSecurityDescriptor): a revision other
    /// than 1 is STATUS_UNKNOWN_REVISION (SEC-11), a bad SID STATUS_INVALID_SID, a bad ACL
    /// STATUS_INVALID_ACL, anything else malformed STATUS_INVALID_SECURITY_DESCR.
    /// </summary>
    public static NtStatus NtSetSecurityObject(KernelCall call, NtHandle handle, SecurityInformation securityInformation,
        ReadOnlySpan<byte> securityDescriptor)
    {
        var status = ObjectManager.ReferenceByHandle(call, handle, SecurityRules.SetAccess(securityInformation), null, out _, out _);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        return SecurityDescriptor.TryRead(securityDescriptor, out var sd, out var error)
            ? NtSetSecurityObject(call, handle, securityInformation, sd)
            : error.Status;
    }

    /// <summary>
    /// NtSetSecurityObject: replaces the parts of the object's descriptor named by
    /// <paramref name="securityInformation"/>. The handle needs WRITE_OWNER for owner, group and label,
    /// WRITE_DAC for the DACL, ACCESS_SYSTEM_SECURITY for the SACL. The owner must be assignable by the
    /// caller's effective token: its user, a group it holds with SE_GROUP_OWNER, or anything with
    /// SeRestorePrivilege (else STATUS_INVALID_OWNER); a label above the caller's integrity level needs
    /// SeRelabelPrivilege (else STATUS_INVALID_LABEL); kernel-mode callers are not checked. Generic
    /// rights in new ACEs are mapped through the object's type. Setting the DACL leaves owner and group
    /// alone and accepts a NULL DACL (SEC-11); a LABEL set replaces only the label ACEs (SEC-09). A token
    /// object's label does not change (SEC-04).
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_ACCESS_VIOLATION (no descriptor); STATUS_INVALID_HANDLE;
    /// STATUS_ACCESS_DENIED (the handle lacks the access, SEC-11); STATUS_INVALID_SECURITY_DESCR (owner or
    /// group asked for but absent, SEC-11); STATUS_INVALID_OWNER; STATUS_INVALID_LABEL. The page's
    /// STATUS_INVALID_ACL, STATUS_INVALID_SID and STATUS_UNKNOWN_REVISION come from the byte overload;
    /// STATUS_INSUFFICIENT_RESOURCES and STATUS_OBJECT_TYPE_MISMATCH cannot occur here.
    /// </returns>
    public static NtStatus NtSetSecurityObject(KernelCall call, NtHandle handle, SecurityInformation securityInformation,
        SecurityDescriptor? securityDescriptor)
    {
        if (securityDescriptor is null)
        {
            return NtStatus.STATUS_ACCESS_VIOLATION;
        }

        var status = ObjectManager.ReferenceByHandle(call, handle, SecurityRules.SetAccess(securityInformation), null, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is null)
        {
            return status;
        }

        if (((securityInformation & SecurityInformation.OWNER_SECURITY_INFORMATION) != 0 && securityDescriptor.Owner is null)
            || ((securityInformation & SecurityInformation.GROUP_SECURITY_INFORMATION) != 0 && securityDescriptor.Group is null))
        {
            return NtStatus.STATUS_INVALID_SECURITY_DESCR;
        }

        bool keepLabel = obj is TokenObject;
        if (call.IsUserMode)
        {
            var (token, _) = call.Subject();
            if ((securityInformation & SecurityInformation.OWNER_SECURITY_INFORMATION) != 0
                && !SecurityRules.IsAssignableOwner(token, securityDescriptor.Owner!))
            {
                return NtStatus.STATUS_INVALID_OWNER;
            }

            if (!keepLabel && (securityInformation & (SecurityInformation.LABEL_SECURITY_INFORMATION | SecurityInformation.SACL_SECURITY_INFORMATION)) != 0)
            {
                status = SecurityRules.CheckLabels(token, SecurityRules.LabelAces(securityDescriptor.SaclPresent ? securityDescriptor.Sacl : null));
                if (status != NtStatus.STATUS_SUCCESS)
                {
                    return status;
                }
            }
        }

        lock (Writers.GetValue(obj, _ => new Lock()))
        {
            obj.SetSecurity(SecurityRules.Merge(obj.Security, securityDescriptor, securityInformation, obj.Type.GenericMapping, keepLabel));
        }

        return NtStatus.STATUS_SUCCESS;
    }
}
