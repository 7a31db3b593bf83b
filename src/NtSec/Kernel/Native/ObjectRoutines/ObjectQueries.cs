using NtSec.Status;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtQueryObject (ObjectBasicInformation, ObjectHandleFlagInformation) and NtSetInformationObject
/// (ObjectHandleFlagInformation): enough to observe OBJ_INHERIT, protect-from-close, OBJ_PERMANENT,
/// a handle's granted access and an object's handle count. Neither needs any access on the handle.
/// </summary>
public static class ObjectQueries
{
    /// <summary>
    /// NtQueryObject. ObjectBasicInformation: the handle's attributes (OBJ_INHERIT, OBJ_PROTECT_CLOSE 0x1)
    /// plus OBJ_PERMANENT for a permanent object (om.c test_object_permanence), its granted access and
    /// the object's handle count; a pseudo-handle reports its implicit access and no attributes.
    /// ObjectHandleFlagInformation: the handle's two flags.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_HANDLE; STATUS_INFO_LENGTH_MISMATCH when
    /// <paramref name="objectInformationLength"/> is below the class's size (56 and 2 bytes; om.c
    /// test_query_object), with <paramref name="returnLength"/> set to the size;
    /// STATUS_NOT_IMPLEMENTED for the name and type classes, which are not modelled;
    /// STATUS_INVALID_INFO_CLASS for other values.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objectInformationLength"/> is negative.</exception>
    public static NtStatus NtQueryObject(KernelCall call, NtHandle handle, ObjectInformationClass objectInformationClass, int objectInformationLength,
        out ObjectInformation? objectInformation, out int returnLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(objectInformationLength);
        objectInformation = null;
        returnLength = 0;
        int size;
        switch (objectInformationClass)
        {
            case ObjectInformationClass.ObjectBasicInformation:
                size = ObjectBasicInformation.Size;
                break;
            case ObjectInformationClass.ObjectHandleFlagInformation:
                size = ObjectHandleFlagInformation.Size;
                break;
            case ObjectInformationClass.ObjectNameInformation or ObjectInformationClass.ObjectTypeInformation
                or ObjectInformationClass.ObjectTypesInformation:
                return NtStatus.STATUS_NOT_IMPLEMENTED;
            default:
                return NtStatus.STATUS_INVALID_INFO_CLASS;
        }

        KernelObject? obj;
        uint granted;
        HandleEntry? entry = null;
        if (handle.IsPseudo)
        {
            var status = ObjectManager.ReferenceByHandle(call, handle, 0, null, out obj, out granted);
            if (status != NtStatus.STATUS_SUCCESS || obj is null)
            {
                return status;
            }
        }
        else
        {
            var status = HandleSlots.Find(call, call.Process, handle, out _, out entry);
            if (status != NtStatus.STATUS_SUCCESS || entry is null)
            {
                return NtStatus.STATUS_INVALID_HANDLE;
            }

            obj = entry.Object;
            granted = entry.GrantedAccess;
        }

        if (objectInformationLength < size)
        {
            returnLength = size;
            return NtStatus.STATUS_INFO_LENGTH_MISMATCH;
        }

        returnLength = size;
        if (objectInformationClass == ObjectInformationClass.ObjectHandleFlagInformation)
        {
            objectInformation = new ObjectHandleFlagInformation(
                entry is not null && (entry.Attributes & ObjectAttributeFlags.OBJ_INHERIT) != 0, entry?.ProtectFromClose ?? false);
            return NtStatus.STATUS_SUCCESS;
        }

        var attributes = entry is null ? ObjectAttributeFlags.None : HandleSlots.AttributesOf(entry);
        if (ObjectHeaderFlags.IsPermanent(obj))
        {
            attributes |= ObjectAttributeFlags.OBJ_PERMANENT;
        }

        objectInformation = new ObjectBasicInformation(attributes, granted, obj.HandleCount);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// NtSetInformationObject(ObjectHandleFlagInformation): SetHandleInformation's native half. Replaces the
    /// handle's OBJ_INHERIT and protect-from-close flags; a protected handle then fails NtClose with
    /// STATUS_HANDLE_NOT_CLOSABLE.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_HANDLE (also for pseudo-handles, which have no table entry, and for
    /// kernel handles from user mode); STATUS_INVALID_INFO_CLASS for any other class.
    /// </returns>
    public static NtStatus NtSetInformationObject(KernelCall call, NtHandle handle, ObjectInformationClass objectInformationClass,
        ObjectHandleFlagInformation objectInformation)
    {
        ArgumentNullException.ThrowIfNull(objectInformation);
        if (objectInformationClass != ObjectInformationClass.ObjectHandleFlagInformation)
        {
            return NtStatus.STATUS_INVALID_INFO_CLASS;
        }

        var status = HandleSlots.Find(call, call.Process, handle, out var table, out _);
        return status != NtStatus.STATUS_SUCCESS
            ? NtStatus.STATUS_INVALID_HANDLE
            : table!.SetFlags(handle, objectInformation.Inherit, objectInformation.ProtectFromClose);
    }
}
