using NtSec.Status;

namespace NtSec.Kernel.Native;

/// <summary>
/// Finding the handle-table entry behind a handle value, for the routines that read or change a
/// handle's own attributes (NtQueryObject, NtSetInformationObject, NtDuplicateObject's source).
/// </summary>
internal static class HandleSlots
{
    /// <summary>OBJ_PROTECT_CLOSE (0x1): HandleAttributes bit for HANDLE_FLAG_PROTECT_FROM_CLOSE.</summary>
    public const ObjectAttributeFlags OBJ_PROTECT_CLOSE = (ObjectAttributeFlags)0x1;

    /// <summary>
    /// The table and entry of a real (non-pseudo) handle of <paramref name="process"/>: kernel handles
    /// only for kernel-mode callers (ObpIsKernelHandle), else STATUS_INVALID_HANDLE.
    /// </summary>
    public static NtStatus Find(KernelCall call, ProcessObject process, NtHandle handle, out HandleTable? table, out HandleEntry? entry)
    {
        entry = null;
        table = null;
        if (handle.IsNull || handle.IsPseudo)
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        if (handle.IsKernel)
        {
            if (call.IsUserMode)
            {
                return NtStatus.STATUS_INVALID_HANDLE;
            }

            table = call.Machine.KernelHandles;
        }
        else
        {
            table = process.Handles;
        }

        return table.Lookup(handle, out entry);
    }

    /// <summary>The attributes NtQueryObject reports for a handle entry: OBJ_INHERIT and OBJ_PROTECT_CLOSE.</summary>
    public static ObjectAttributeFlags AttributesOf(HandleEntry entry) =>
        (entry.Attributes & ObjectAttributeFlags.OBJ_INHERIT) | (entry.ProtectFromClose ? OBJ_PROTECT_CLOSE : ObjectAttributeFlags.None);
}
