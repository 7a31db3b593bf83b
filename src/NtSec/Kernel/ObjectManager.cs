using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// The object manager's handle paths: ObReferenceObjectByHandle (handle to object, with the
/// handle's granted access checked in user mode), ObOpenObjectByPointer (an access check against
/// the object's descriptor and a new handle) and NtClose.
/// </summary>
public static class ObjectManager
{
    /// <summary>What the pseudo token handles (-4, -5, -6) grant: query only (Windows 8 and later).</summary>
    public const uint PseudoTokenAccess = 0x0008 | 0x0010; // TOKEN_QUERY | TOKEN_QUERY_SOURCE

    /// <summary>
    /// ObReferenceObjectByHandle: STATUS_INVALID_HANDLE for an unknown handle or a kernel handle from
    /// user mode; STATUS_NO_TOKEN for the thread-token pseudo handle of a thread that does not
    /// impersonate (OTT-11); STATUS_OBJECT_TYPE_MISMATCH for the wrong type; in user mode
    /// STATUS_ACCESS_DENIED when the handle was not granted <paramref name="desiredAccess"/>.
    /// </summary>
    public static NtStatus ReferenceByHandle(KernelCall call, NtHandle handle, uint desiredAccess, ObjectTypeKind? expectedType,
        out KernelObject? obj, out uint grantedAccess)
    {
        obj = null;
        grantedAccess = 0;
        NtStatus status = Resolve(call, handle, out var found, out uint granted);
        if (status != NtStatus.STATUS_SUCCESS || found is null)
        {
            return status;
        }

        if (expectedType is { } kind && found.Type.Kind != kind)
        {
            return NtStatus.STATUS_OBJECT_TYPE_MISMATCH;
        }

        uint wanted = found.Type.GenericMapping.Map(desiredAccess);
        if (call.IsUserMode && (granted & wanted) != wanted)
        {
            return NtStatus.STATUS_ACCESS_DENIED;
        }

        obj = found;
        grantedAccess = granted;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// ObOpenObjectByPointer: checks <paramref name="desiredAccess"/> (generic rights mapped through
    /// the object's type) against the object's descriptor as the subject, then creates a handle.
    /// User-mode callers (and kernel callers with OBJ_FORCE_ACCESS_CHECK) are checked; an impersonating
    /// subject below SecurityImpersonation gets STATUS_BAD_IMPERSONATION_LEVEL. ACCESS_SYSTEM_SECURITY
    /// needs SeSecurityPrivilege in either mode (ZwOpenProcessTokenEx page).
    /// </summary>
    public static NtStatus OpenByPointer(KernelCall call, KernelObject obj, uint desiredAccess, ObjectAttributeFlags attributes,
        AccessSubject subject, out NtHandle handle)
    {
        ArgumentNullException.ThrowIfNull(obj);
        handle = NtHandle.Null;
        var status = ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = CheckAccess(call, obj, desiredAccess, attributes, subject, out uint granted);
        return status != NtStatus.STATUS_SUCCESS ? status : CreateHandle(call, obj, granted, attributes, out handle);
    }

    /// <summary>Adds a handle for an access already decided (creators, duplicates).</summary>
    public static NtStatus CreateHandle(KernelCall call, KernelObject obj, uint grantedAccess, ObjectAttributeFlags attributes, out NtHandle handle)
    {
        ArgumentNullException.ThrowIfNull(obj);
        bool kernelTable = !call.IsUserMode && (attributes & ObjectAttributeFlags.OBJ_KERNEL_HANDLE) != 0;
        var table = kernelTable ? call.Machine.KernelHandles : call.Process.Handles;
        return table.Insert(new HandleEntry(obj, WithImpliedRights(obj.Type.Kind, grantedAccess), attributes & ~ObjectAttributeFlags.OBJ_KERNEL_HANDLE), out handle);
    }

    /// <summary>
    /// HDL-05: a process or thread handle with QUERY_INFORMATION (SET_INFORMATION) also holds
    /// QUERY_LIMITED_INFORMATION (SET_LIMITED_INFORMATION).
    /// </summary>
    public static uint WithImpliedRights(ObjectTypeKind kind, uint granted) => kind switch
    {
        ObjectTypeKind.Process => granted | ((granted & 0x0400) != 0 ? 0x1000u : 0) | ((granted & 0x0200) != 0 ? 0x2000u : 0),
        ObjectTypeKind.Thread => granted | ((granted & 0x0040) != 0 ? 0x0800u : 0) | ((granted & 0x0020) != 0 ? 0x0400u : 0),
        _ => granted,
    };



    /// <summary>
    /// HandleAttributes rules (ZwOpenProcessTokenEx page): bits outside OBJ_VALID_ATTRIBUTES, or a
    /// kernel-mode caller outside the System process without OBJ_KERNEL_HANDLE, give
    /// STATUS_INVALID_PARAMETER. From user mode OBJ_KERNEL_HANDLE is ignored (OTT-06).
    /// </summary>
    public static NtStatus ValidateAttributes(KernelCall call, ObjectAttributeFlags attributes)
    {
        if ((attributes & ~ObjectAttributeFlags.OBJ_VALID_ATTRIBUTES) != 0)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        if (!call.IsUserMode && !call.Process.IsSystemProcess && (attributes & ObjectAttributeFlags.OBJ_KERNEL_HANDLE) == 0)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>The access check of an open; <paramref name="granted"/> is what the handle gets.</summary>
    public static NtStatus CheckAccess(KernelCall call, KernelObject obj, uint desiredAccess, ObjectAttributeFlags attributes,
        AccessSubject subject, out uint granted)
    {
        ArgumentNullException.ThrowIfNull(obj);
        granted = 0;
        var mapping = obj.Type.GenericMapping;
        uint wanted = mapping.Map(desiredAccess);
        var (token, level) = call.Subject(subject == AccessSubject.ProcessSelf);
        bool check = call.IsUserMode || (attributes & ObjectAttributeFlags.OBJ_FORCE_ACCESS_CHECK) != 0;
        if (!check)
        {
            if ((wanted & AccessMask.AccessSystemSecurity) != 0 && !token.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
            {
                return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            }

            granted = (wanted & AccessMask.MaximumAllowed) != 0 ? (wanted & ~AccessMask.MaximumAllowed) | mapping.GenericAll : wanted;
            return NtStatus.STATUS_SUCCESS;
        }

        if (level is { } l && l < SecurityImpersonationLevel.SecurityImpersonation)
        {
            return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
        }

        var result = AccessChecker.Check(obj.Security, token, wanted, mapping);
        if (result.Status != NtStatus.STATUS_SUCCESS)
        {
            return result.Status;
        }

        if (!result.IsGranted)
        {
            return result.AccessStatus;
        }

        granted = result.GrantedAccess;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>NtClose / ZwClose.</summary>
    public static NtStatus Close(KernelCall call, NtHandle handle)
    {
        if (handle.IsPseudo)
        {
            return NtStatus.STATUS_SUCCESS; // closing a pseudo-handle is a no-op (CloseHandle(GetCurrentProcess()) succeeds)
        }

        if (handle.IsKernel)
        {
            return call.IsUserMode ? NtStatus.STATUS_INVALID_HANDLE : call.Machine.KernelHandles.Close(handle);
        }

        return call.Process.Handles.Close(handle);
    }

    private static NtStatus Resolve(KernelCall call, NtHandle handle, out KernelObject? obj, out uint granted)
    {
        obj = null;
        granted = 0;
        switch (handle.Value)
        {
            case -1:
                obj = call.Process;
                granted = call.Process.Type.GenericMapping.GenericAll;
                return NtStatus.STATUS_SUCCESS;
            case -2:
                obj = call.Thread;
                granted = call.Thread.Type.GenericMapping.GenericAll;
                return NtStatus.STATUS_SUCCESS;
            case -4:
                obj = call.Process.PrimaryToken;
                granted = PseudoTokenAccess;
                return NtStatus.STATUS_SUCCESS;
            case -5:
                obj = call.Thread.Impersonation?.Token;
                granted = PseudoTokenAccess;
                return obj is null ? NtStatus.STATUS_NO_TOKEN : NtStatus.STATUS_SUCCESS;
            case -6:
                obj = call.EffectiveToken;
                granted = PseudoTokenAccess;
                return NtStatus.STATUS_SUCCESS;
        }

        HandleEntry? entry = null;
        NtStatus status;
        if (handle.IsKernel)
        {
            status = call.IsUserMode ? NtStatus.STATUS_INVALID_HANDLE : call.Machine.KernelHandles.Lookup(handle, out entry);
        }
        else
        {
            status = call.Process.Handles.Lookup(handle, out entry);
        }

        if (status != NtStatus.STATUS_SUCCESS || entry is null)
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        obj = entry.Object;
        granted = entry.GrantedAccess;
        return NtStatus.STATUS_SUCCESS;
    }
}
