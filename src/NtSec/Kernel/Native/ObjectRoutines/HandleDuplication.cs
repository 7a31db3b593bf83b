using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtDuplicateObject / ZwDuplicateObject (ObDuplicateObject). Sources: the ZwDuplicateObject and
/// DuplicateHandle pages; Wine's conformance tests (wine.md HDL-01..06, ACC-28; om.c
/// test_duplicate_object and test_zero_access); ReactOS's ObDuplicateObject and public decompilations
/// of ntoskrnl, read for behaviour only.
/// </summary>
public static class HandleDuplication
{
    /// <summary>PROCESS_DUP_HANDLE: what both process handles need (ZwDuplicateObject page).</summary>
    public const uint ProcessDupHandle = 0x0040;

    /// <summary>
    /// The access-mask bits no object type defines (0x0CE00000: bits 21-23, 26, 27). Asking for any of
    /// them without DUPLICATE_SAME_ACCESS is STATUS_ACCESS_DENIED before anything else happens
    /// (ObpValidateDesiredAccess in public decompilations; HDL-06: access ~0 on the current-process
    /// pseudo-handle gives STATUS_ACCESS_DENIED and a NULL handle).
    /// </summary>
    public const uint ReservedAccessBits = 0x0CE0_0000;

    /// <summary>ZwDuplicateObject: NtDuplicateObject with previous mode KernelMode (no access checks).</summary>
    public static NtStatus ZwDuplicateObject(KernelCall call, NtHandle sourceProcessHandle, NtHandle sourceHandle, NtHandle targetProcessHandle,
        out NtHandle targetHandle, uint desiredAccess, ObjectAttributeFlags handleAttributes, DuplicateOptions options) =>
        NtDuplicateObject(call.AsKernel(), sourceProcessHandle, sourceHandle, targetProcessHandle, out targetHandle, desiredAccess,
            handleAttributes, options);

    /// <summary>
    /// NtDuplicateObject: a new handle, in the target process's table, to the object
    /// <paramref name="sourceHandle"/> refers to in the source process.
    /// <list type="bullet">
    /// <item>Both process handles need PROCESS_DUP_HANDLE. <paramref name="targetProcessHandle"/> may be
    /// NULL only with DUPLICATE_CLOSE_SOURCE (the call then just closes the source handle), else
    /// STATUS_INVALID_PARAMETER.</item>
    /// <item>The source handle is read in the source process: NtCurrentProcess() there is the source
    /// process with PROCESS_ALL_ACCESS, so duplicating it gives a real handle with full access (ACC-28);
    /// the token pseudo-handles and, from user mode, kernel handles are STATUS_INVALID_HANDLE.</item>
    /// <item>Access: the source handle's with DUPLICATE_SAME_ACCESS, else <paramref name="desiredAccess"/>
    /// with generic rights mapped through the object's type (HDL-05) and limited to the type's valid
    /// access mask plus ACCESS_SYSTEM_SECURITY (so MAXIMUM_ALLOWED is dropped). Access within the source
    /// handle's is granted without a check (HDL-02). Access beyond it is checked against the object's
    /// descriptor, from user mode only, with the calling thread's impersonation token when it
    /// impersonates and otherwise with the *target* process's primary token -- the calling process's
    /// own token is never used (HDL-02, HDL-03, HDL-04: the kernel captures the subject while attached
    /// to the target process). A failed check is STATUS_ACCESS_DENIED (or STATUS_PRIVILEGE_NOT_HELD for
    /// ACCESS_SYSTEM_SECURITY, STATUS_BAD_IMPERSONATION_LEVEL below SecurityImpersonation).</item>
    /// <item>Attributes: the source handle's OBJ_INHERIT and protect-from-close with
    /// DUPLICATE_SAME_ATTRIBUTES, else OBJ_INHERIT and OBJ_PROTECT_CLOSE (0x1) from
    /// <paramref name="handleAttributes"/> (ReactOS apitest NtDuplicateObject: the handle then fails
    /// NtClose with STATUS_HANDLE_NOT_CLOSABLE). From kernel mode OBJ_KERNEL_HANDLE puts the handle in
    /// the kernel table.</item>
    /// <item>DUPLICATE_CLOSE_SOURCE closes the source handle whatever the outcome, once the source
    /// process and handle are known (DuplicateHandle page: "This occurs regardless of any error status
    /// returned"); the close's own status is not reported.</item>
    /// </list>
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_ACCESS_DENIED; STATUS_INVALID_HANDLE; STATUS_OBJECT_TYPE_MISMATCH (a process
    /// handle that is not one); STATUS_INVALID_PARAMETER; STATUS_PRIVILEGE_NOT_HELD;
    /// STATUS_BAD_IMPERSONATION_LEVEL; STATUS_QUOTA_EXCEEDED; STATUS_INSUFFICIENT_RESOURCES.
    /// <paramref name="targetHandle"/> is NULL on failure.
    /// </returns>
    public static NtStatus NtDuplicateObject(KernelCall call, NtHandle sourceProcessHandle, NtHandle sourceHandle, NtHandle targetProcessHandle,
        out NtHandle targetHandle, uint desiredAccess, ObjectAttributeFlags handleAttributes, DuplicateOptions options)
    {
        targetHandle = NtHandle.Null;
        bool sameAccess = (options & DuplicateOptions.DUPLICATE_SAME_ACCESS) != 0;
        if (!sameAccess && (desiredAccess & ReservedAccessBits) != 0)
        {
            return NtStatus.STATUS_ACCESS_DENIED; // HDL-06
        }

        var status = ObjectManager.ReferenceByHandle(call, sourceProcessHandle, ProcessDupHandle, ObjectTypeKind.Process, out var src, out _);
        if (status != NtStatus.STATUS_SUCCESS || src is not ProcessObject sourceProcess)
        {
            return status;
        }

        ProcessObject? targetProcess = null;
        var targetStatus = NtStatus.STATUS_SUCCESS;
        if (!targetProcessHandle.IsNull)
        {
            targetStatus = ObjectManager.ReferenceByHandle(call, targetProcessHandle, ProcessDupHandle, ObjectTypeKind.Process, out var tgt, out _);
            targetProcess = tgt as ProcessObject;
        }

        status = ResolveSource(call, sourceProcess, sourceHandle, out var obj, out uint sourceAccess, out var sourceEntry);
        if (status != NtStatus.STATUS_SUCCESS || obj is null)
        {
            return status;
        }

        bool closeSource = (options & DuplicateOptions.DUPLICATE_CLOSE_SOURCE) != 0;
        if (targetStatus != NtStatus.STATUS_SUCCESS || targetProcess is null)
        {
            if (closeSource)
            {
                CloseSource(call, sourceProcess, sourceHandle);
            }

            // No target process handle: only a close was asked for (ZwDuplicateObject page), else invalid.
            return targetStatus != NtStatus.STATUS_SUCCESS ? targetStatus
                : closeSource ? NtStatus.STATUS_SUCCESS : NtStatus.STATUS_INVALID_PARAMETER;
        }

        status = Duplicate(call, obj, sourceAccess, sourceEntry, targetProcess, desiredAccess, handleAttributes, options, out targetHandle);
        if (closeSource)
        {
            CloseSource(call, sourceProcess, sourceHandle);
        }

        return status;
    }

    private static NtStatus Duplicate(KernelCall call, KernelObject obj, uint sourceAccess, HandleEntry? sourceEntry, ProcessObject targetProcess,
        uint desiredAccess, ObjectAttributeFlags handleAttributes, DuplicateOptions options, out NtHandle targetHandle)
    {
        targetHandle = NtHandle.Null;
        var type = obj.Type;
        uint access;
        if ((options & DuplicateOptions.DUPLICATE_SAME_ACCESS) != 0)
        {
            access = sourceAccess;
        }
        else
        {
            uint valid = (type.KernelValidAccessMask?.Value ?? type.ValidAccessMask.Value) | AccessMask.AccessSystemSecurity;
            access = type.GenericMapping.Map(desiredAccess) & valid;
        }

        if ((access & ~sourceAccess) != 0 && call.IsUserMode)
        {
            var status = CheckBeyondSource(call, obj, targetProcess, access);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }
        }

        bool inherit, protect;
        if ((options & DuplicateOptions.DUPLICATE_SAME_ATTRIBUTES) != 0)
        {
            inherit = sourceEntry is not null && (sourceEntry.Attributes & ObjectAttributeFlags.OBJ_INHERIT) != 0;
            protect = sourceEntry?.ProtectFromClose ?? false;
        }
        else
        {
            inherit = (handleAttributes & ObjectAttributeFlags.OBJ_INHERIT) != 0;
            protect = (handleAttributes & HandleSlots.OBJ_PROTECT_CLOSE) != 0;
        }

        bool kernelTable = !call.IsUserMode && (handleAttributes & ObjectAttributeFlags.OBJ_KERNEL_HANDLE) != 0;
        var table = kernelTable ? call.Machine.KernelHandles : targetProcess.Handles;
        var entry = new HandleEntry(obj, ObjectManager.WithImpliedRights(type.Kind, access),
            inherit ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None, protect);
        return table.Insert(entry, out targetHandle);
    }

    /// <summary>
    /// The check for access beyond the source handle's: the calling thread's impersonation token if it
    /// impersonates, else the target process's primary token (HDL-02..04).
    /// </summary>
    private static NtStatus CheckBeyondSource(KernelCall call, KernelObject obj, ProcessObject targetProcess, uint access)
    {
        var impersonation = call.Thread.Impersonation;
        TokenState token;
        if (impersonation is not null)
        {
            if (impersonation.Level < SecurityImpersonationLevel.SecurityImpersonation)
            {
                return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
            }

            token = impersonation.Token.State;
        }
        else
        {
            token = targetProcess.PrimaryToken.State;
        }

        var result = AccessChecker.Check(obj.Security, token, access, obj.Type.GenericMapping);
        if (result.Status != NtStatus.STATUS_SUCCESS)
        {
            return result.Status;
        }

        return result.IsGranted ? NtStatus.STATUS_SUCCESS : result.AccessStatus;
    }

    /// <summary>
    /// The source handle in the source process's context (ObpReferenceProcessObjectByHandle):
    /// NtCurrentProcess() is the source process and NtCurrentThread() the calling thread, each with full
    /// access; the token pseudo-handles are not handles here; kernel handles only from kernel mode.
    /// </summary>
    private static NtStatus ResolveSource(KernelCall call, ProcessObject sourceProcess, NtHandle sourceHandle, out KernelObject? obj,
        out uint access, out HandleEntry? entry)
    {
        obj = null;
        access = 0;
        entry = null;
        if (sourceHandle == NtHandle.CurrentProcess)
        {
            obj = sourceProcess;
        }
        else if (sourceHandle == NtHandle.CurrentThread)
        {
            obj = call.Thread;
        }

        if (obj is not null)
        {
            access = obj.Type.GenericMapping.GenericAll;
            return NtStatus.STATUS_SUCCESS;
        }

        var status = HandleSlots.Find(call, sourceProcess, sourceHandle, out _, out entry);
        if (status != NtStatus.STATUS_SUCCESS || entry is null)
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        obj = entry.Object;
        access = entry.GrantedAccess;
        return NtStatus.STATUS_SUCCESS;
    }

    private static void CloseSource(KernelCall call, ProcessObject sourceProcess, NtHandle sourceHandle)
    {
        if (HandleSlots.Find(call, sourceProcess, sourceHandle, out var table, out _) == NtStatus.STATUS_SUCCESS)
        {
            table!.Close(sourceHandle);
        }
    }
}
