using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// The event routines: NtCreateEvent / ZwCreateEvent, NtOpenEvent / ZwOpenEvent, NtSetEvent and
/// NtResetEvent, with the statuses of the ZwCreateEvent and ZwOpenEvent pages. Names are full paths
/// ("\BaseNamedObjects\Ready"); there is no RootDirectory. The output handle is NULL on failure.
/// </summary>
public static class EventObjects
{
    /// <summary>EVENT_MODIFY_STATE: what NtSetEvent and NtResetEvent need on the handle.</summary>
    public const uint EventModifyState = 0x0002;

    private const ObjectAttributeFlags HandleAttributeBits = ObjectAttributeFlags.OBJ_INHERIT | ObjectAttributeFlags.OBJ_KERNEL_HANDLE;

    /// <summary>ZwCreateEvent: NtCreateEvent with previous mode KernelMode.</summary>
    public static NtStatus ZwCreateEvent(KernelCall call, uint desiredAccess, string? objectName, ObjectAttributeFlags attributes,
        SecurityDescriptor? securityDescriptor, EventType eventType, bool initialState, out NtHandle eventHandle) =>
        NtCreateEvent(call.AsKernel(), desiredAccess, objectName, attributes, securityDescriptor, eventType, initialState, out eventHandle);

    /// <summary>
    /// NtCreateEvent. A new event's descriptor comes from the creator's effective token and
    /// <paramref name="securityDescriptor"/> (<see cref="ObjectSecurity.ForNewObject"/>); the creator's
    /// handle gets <paramref name="desiredAccess"/> (generic rights mapped, MAXIMUM_ALLOWED as
    /// EVENT_ALL_ACCESS) without a check against the new descriptor (ACC-27; zero access is allowed,
    /// om.c test_zero_access). A name in use by an event is STATUS_OBJECT_NAME_COLLISION, or with
    /// OBJ_OPENIF an open of that event checked like NtOpenEvent, returning STATUS_OBJECT_NAME_EXISTS
    /// (a success); a name in use by another type (or a directory) is STATUS_OBJECT_TYPE_MISMATCH
    /// (om.c test_case_sensitive, test_name_collisions: Vista and later).
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS, STATUS_OBJECT_NAME_EXISTS; STATUS_INVALID_PARAMETER (an EventType other than 0 or
    /// 1 -- om.c test_event on Windows, where the ZwCreateEvent page says STATUS_INVALID_PARAMETER_4 --
    /// or attribute bits outside OBJ_VALID_ATTRIBUTES, or a kernel caller outside the System process
    /// without OBJ_KERNEL_HANDLE); STATUS_OBJECT_NAME_INVALID, STATUS_OBJECT_PATH_SYNTAX_BAD,
    /// STATUS_OBJECT_PATH_NOT_FOUND (<see cref="NamedObjectDirectory"/>); STATUS_OBJECT_NAME_COLLISION;
    /// STATUS_OBJECT_TYPE_MISMATCH; STATUS_PRIVILEGE_NOT_HELD (OBJ_PERMANENT from user mode without
    /// SeCreatePermanentPrivilege, IMP-12; ACCESS_SYSTEM_SECURITY or a non-label SACL without
    /// SeSecurityPrivilege); STATUS_INVALID_OWNER, STATUS_INVALID_LABEL (the given descriptor);
    /// STATUS_BAD_IMPERSONATION_LEVEL (creating while impersonating below SecurityImpersonation);
    /// STATUS_ACCESS_DENIED (OBJ_OPENIF open refused); STATUS_QUOTA_EXCEEDED,
    /// STATUS_INSUFFICIENT_RESOURCES (the handle table).
    /// </returns>
    public static NtStatus NtCreateEvent(KernelCall call, uint desiredAccess, string? objectName, ObjectAttributeFlags attributes,
        SecurityDescriptor? securityDescriptor, EventType eventType, bool initialState, out NtHandle eventHandle)
    {
        eventHandle = NtHandle.Null;
        if (eventType is not (EventType.NotificationEvent or EventType.SynchronizationEvent))
        {
            return NtStatus.STATUS_INVALID_PARAMETER; // om.c test_event: EventType 2 (Windows 7-11)
        }

        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        var (creator, level) = call.Subject();
        bool permanent = (attributes & ObjectAttributeFlags.OBJ_PERMANENT) != 0;
        if (permanent && call.IsUserMode && !creator.HasEnabledPrivilege(WellKnownPrivilege.SeCreatePermanentPrivilege))
        {
            // IMP-12 (om.c test_object_permanence); kernel-mode callers hold the right inherently.
            return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
        }

        if (string.IsNullOrEmpty(objectName))
        {
            // No name (or an empty one, om.c test_directory ""): an unnamed event.
            return CreateNew(call, creator, level, null, desiredAccess, attributes, securityDescriptor, eventType, initialState, out eventHandle);
        }

        bool caseInsensitive = (attributes & ObjectAttributeFlags.OBJ_CASE_INSENSITIVE) != 0;
        while (true)
        {
            var lookup = NamedObjectDirectory.Find(call.Machine, objectName, caseInsensitive);
            if (lookup.Status != NtStatus.STATUS_SUCCESS)
            {
                return lookup.Status;
            }

            if (lookup.IsDirectory)
            {
                return NtStatus.STATUS_OBJECT_TYPE_MISMATCH; // om.c test_name_collisions: "\" with OBJ_OPENIF
            }

            if (lookup.Existing is { } existing)
            {
                if (existing is not EventObject)
                {
                    return NtStatus.STATUS_OBJECT_TYPE_MISMATCH;
                }

                if ((attributes & ObjectAttributeFlags.OBJ_OPENIF) == 0)
                {
                    return NtStatus.STATUS_OBJECT_NAME_COLLISION;
                }

                status = OpenExisting(call, existing, desiredAccess, attributes, out eventHandle);
                return status == NtStatus.STATUS_SUCCESS ? NtStatus.STATUS_OBJECT_NAME_EXISTS : status;
            }

            status = CheckNewObject(call, creator, level, desiredAccess, securityDescriptor);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }

            var security = ObjectSecurity.ForNewObject(creator, ObjectTypeInfo.Get(ObjectTypeKind.Event), securityDescriptor);
            var created = new EventObject(lookup.FullName, security, eventType == EventType.NotificationEvent, initialState);
            ObjectHeaderFlags.Register(created, permanent);
            switch (NamedObjectDirectory.TryInsert(call.Machine, created))
            {
                case NamedObjectDirectory.InsertResult.Taken:
                    continue; // another creator won the name: look again
                case NamedObjectDirectory.InsertResult.Unavailable:
                    return NtStatus.STATUS_OBJECT_NAME_COLLISION;
            }

            status = ObjectManager.CreateHandle(call, created, CreatorAccess(created, desiredAccess), attributes & HandleAttributeBits, out eventHandle);
            ObjectHeaderFlags.MarkCreated(created);
            return status;
        }
    }

    /// <summary>ZwOpenEvent: NtOpenEvent with previous mode KernelMode.</summary>
    public static NtStatus ZwOpenEvent(KernelCall call, uint desiredAccess, string? objectName, ObjectAttributeFlags attributes,
        out NtHandle eventHandle) =>
        NtOpenEvent(call.AsKernel(), desiredAccess, objectName, attributes, out eventHandle);

    /// <summary>
    /// NtOpenEvent: opens a named event, checking <paramref name="desiredAccess"/> against its descriptor
    /// as the caller's effective token (<see cref="ObjectManager.CheckAccess"/>: impersonation below
    /// SecurityImpersonation is STATUS_BAD_IMPERSONATION_LEVEL; zero access is STATUS_ACCESS_DENIED,
    /// om.c test_zero_access).
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_PARAMETER (attributes); STATUS_OBJECT_PATH_SYNTAX_BAD (no name, an
    /// empty name, or one not starting with '\'); STATUS_OBJECT_NAME_INVALID; STATUS_OBJECT_PATH_NOT_FOUND;
    /// STATUS_OBJECT_NAME_NOT_FOUND; STATUS_OBJECT_TYPE_MISMATCH; STATUS_ACCESS_DENIED;
    /// STATUS_PRIVILEGE_NOT_HELD (ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege);
    /// STATUS_BAD_IMPERSONATION_LEVEL; STATUS_QUOTA_EXCEEDED; STATUS_INSUFFICIENT_RESOURCES.
    /// </returns>
    public static NtStatus NtOpenEvent(KernelCall call, uint desiredAccess, string? objectName, ObjectAttributeFlags attributes,
        out NtHandle eventHandle)
    {
        eventHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (string.IsNullOrEmpty(objectName))
        {
            return NtStatus.STATUS_OBJECT_PATH_SYNTAX_BAD; // om.c test_name_limits / test_directory: NULL or "" name
        }

        var lookup = NamedObjectDirectory.Find(call.Machine, objectName, (attributes & ObjectAttributeFlags.OBJ_CASE_INSENSITIVE) != 0);
        if (lookup.Status != NtStatus.STATUS_SUCCESS)
        {
            return lookup.Status;
        }

        if (lookup.IsDirectory || lookup.Existing is { } and not EventObject)
        {
            return NtStatus.STATUS_OBJECT_TYPE_MISMATCH;
        }

        return lookup.Existing is null
            ? NtStatus.STATUS_OBJECT_NAME_NOT_FOUND
            : OpenExisting(call, lookup.Existing, desiredAccess, attributes, out eventHandle);
    }

    /// <summary>
    /// NtSetEvent: signals the event; <paramref name="previousState"/> is 1 when it was already
    /// signalled. STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (no
    /// EVENT_MODIFY_STATE on the handle).
    /// </summary>
    public static NtStatus NtSetEvent(KernelCall call, NtHandle eventHandle, out int previousState) =>
        Signal(call, eventHandle, true, out previousState);

    /// <summary>NtResetEvent: clears the event; otherwise as <see cref="NtSetEvent"/>.</summary>
    public static NtStatus NtResetEvent(KernelCall call, NtHandle eventHandle, out int previousState) =>
        Signal(call, eventHandle, false, out previousState);

    private static NtStatus Signal(KernelCall call, NtHandle eventHandle, bool signaled, out int previousState)
    {
        previousState = 0;
        var status = ObjectManager.ReferenceByHandle(call, eventHandle, EventModifyState, ObjectTypeKind.Event, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not EventObject ev)
        {
            return status;
        }

        previousState = ev.Set(signaled) ? 1 : 0;
        return NtStatus.STATUS_SUCCESS;
    }

    private static NtStatus OpenExisting(KernelCall call, KernelObject obj, uint desiredAccess, ObjectAttributeFlags attributes, out NtHandle handle)
    {
        handle = NtHandle.Null;
        var status = ObjectManager.CheckAccess(call, obj, desiredAccess, attributes, AccessSubject.Effective, out uint granted);
        return status != NtStatus.STATUS_SUCCESS ? status : ObjectManager.CreateHandle(call, obj, granted, attributes & HandleAttributeBits, out handle);
    }

    private static NtStatus CreateNew(KernelCall call, TokenState creator, SecurityImpersonationLevel? level, string? name, uint desiredAccess,
        ObjectAttributeFlags attributes, SecurityDescriptor? securityDescriptor, EventType eventType, bool initialState, out NtHandle handle)
    {
        handle = NtHandle.Null;
        var status = CheckNewObject(call, creator, level, desiredAccess, securityDescriptor);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        var security = ObjectSecurity.ForNewObject(creator, ObjectTypeInfo.Get(ObjectTypeKind.Event), securityDescriptor);
        var created = new EventObject(name, security, eventType == EventType.NotificationEvent, initialState);
        return ObjectManager.CreateHandle(call, created, CreatorAccess(created, desiredAccess), attributes & HandleAttributeBits, out handle);
    }

    /// <summary>
    /// What SeAssignSecurity refuses for a new object: a subject impersonating below
    /// SecurityImpersonation (unverified: by analogy with opens, IMP-03), ACCESS_SYSTEM_SECURITY without
    /// SeSecurityPrivilege (ZwCreateEvent page, STATUS_PRIVILEGE_NOT_HELD), and a given descriptor whose
    /// owner, SACL or label the creator may not set (<see cref="SecurityRules.CheckExplicitDescriptor"/>).
    /// Kernel-mode callers are not checked.
    /// </summary>
    private static NtStatus CheckNewObject(KernelCall call, TokenState creator, SecurityImpersonationLevel? level, uint desiredAccess,
        SecurityDescriptor? securityDescriptor)
    {
        if (!call.IsUserMode)
        {
            return NtStatus.STATUS_SUCCESS;
        }

        if (level is { } l && l < SecurityImpersonationLevel.SecurityImpersonation)
        {
            return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
        }

        if ((desiredAccess & AccessMask.AccessSystemSecurity) != 0 && !creator.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
        {
            return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
        }

        return securityDescriptor is null ? NtStatus.STATUS_SUCCESS : SecurityRules.CheckExplicitDescriptor(creator, securityDescriptor);
    }

    /// <summary>
    /// The creator's access: generic rights mapped, MAXIMUM_ALLOWED as the type's GenericAll, limited to
    /// the type's valid access mask plus ACCESS_SYSTEM_SECURITY (ACC-27: MAXIMUM_ALLOWED|0x4 on an event
    /// with an empty DACL gives exactly EVENT_ALL_ACCESS).
    /// </summary>
    private static uint CreatorAccess(KernelObject obj, uint desiredAccess)
    {
        var type = obj.Type;
        uint access = type.GenericMapping.Map(desiredAccess);
        if ((access & AccessMask.MaximumAllowed) != 0)
        {
            access = (access & ~AccessMask.MaximumAllowed) | type.GenericMapping.GenericAll;
        }

        uint valid = (type.KernelValidAccessMask?.Value ?? type.ValidAccessMask.Value) | AccessMask.AccessSystemSecurity;
        return access & valid;
    }
}
