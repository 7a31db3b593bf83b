using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;

namespace NtSec.Win32;

/// <summary>
/// CreateEventW and OpenEventW (synchapi.h, kernel32.dll) over NtCreateEvent and NtOpenEvent.
/// </summary>
/// <remarks>
/// <para>Names. Windows resolves a name relative to the caller's session directory
/// (\Sessions\N\BaseNamedObjects, or \BaseNamedObjects in session 0), where "Global\" and "Local\" are
/// symbolic links to \BaseNamedObjects and to the session's own directory ("Kernel object namespaces" page).
/// The model has one object directory, \BaseNamedObjects, so "Global\X", "Local\X" and "X" all name
/// \BaseNamedObjects\X: objects of different sessions share one namespace here. The prefixes are matched as
/// Windows spells them (case-sensitively). A name with a further backslash ("a\b") names a directory that
/// does not exist: ERROR_PATH_NOT_FOUND, as on Windows.</para>
/// <para>Access: CreateEventW asks for EVENT_ALL_ACCESS; the name is opened with OBJ_OPENIF, so an existing
/// event of that name is opened (checked against its descriptor) rather than created.</para>
/// </remarks>
public static class Kernel32Events
{
    /// <summary>EVENT_ALL_ACCESS: STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3.</summary>
    public const uint EventAllAccess = 0x001F_0003;

    private const string Directory = "\\BaseNamedObjects\\";

    /// <summary>
    /// CreateEventW: NtCreateEvent(EVENT_ALL_ACCESS, OBJ_OPENIF when named, OBJ_INHERIT when
    /// <c>lpEventAttributes.bInheritHandle</c>), a notification event when <paramref name="bManualReset"/>,
    /// else a synchronization event. On success the last error is ERROR_SUCCESS for a new event and
    /// ERROR_ALREADY_EXISTS for an existing one (CreateEventW page: "If the named event object existed before
    /// the function call, the function returns a handle to the existing object and GetLastError returns
    /// ERROR_ALREADY_EXISTS"; kernelbase writes the last error on both successes). On failure NULL with the
    /// status's error: ERROR_INVALID_HANDLE for a name taken by another object type (STATUS_OBJECT_TYPE_MISMATCH),
    /// ERROR_ACCESS_DENIED when an existing event refuses EVENT_ALL_ACCESS, ERROR_BAD_IMPERSONATION_LEVEL while
    /// impersonating below SecurityImpersonation. An empty name is an unnamed event, as a NULL one.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="lpEventAttributes">lpEventAttributes: the descriptor and inheritability, or null (NULL).</param>
    /// <param name="bManualReset">bManualReset.</param>
    /// <param name="bInitialState">bInitialState: signalled at creation.</param>
    /// <param name="lpName">lpName, or null for an unnamed event.</param>
    public static NtHandle CreateEventW(KernelCall call, SecurityAttributes? lpEventAttributes, bool bManualReset, bool bInitialState, string? lpName)
    {
        Win32Call.Enter(call);
        var attributes = lpEventAttributes?.BInheritHandle == true ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        string? objectName = string.IsNullOrEmpty(lpName) ? null : ObjectName(lpName);
        if (objectName is not null)
        {
            attributes |= ObjectAttributeFlags.OBJ_OPENIF;
        }

        var status = EventObjects.NtCreateEvent(call, EventAllAccess, objectName, attributes, lpEventAttributes?.LpSecurityDescriptor,
            bManualReset ? EventType.NotificationEvent : EventType.SynchronizationEvent, bInitialState, out var handle);
        if (!status.IsSuccess())
        {
            Win32Call.Fail(call, status);
            return NtHandle.Null;
        }

        call.Thread.LastError = (uint)(status == NtStatus.STATUS_OBJECT_NAME_EXISTS ? Win32Error.ERROR_ALREADY_EXISTS : Win32Error.ERROR_SUCCESS);
        return handle;
    }

    /// <summary>
    /// OpenEventW: NtOpenEvent(<paramref name="dwDesiredAccess"/>, OBJ_INHERIT when <paramref name="bInheritHandle"/>).
    /// A NULL name is ERROR_INVALID_PARAMETER before any native call (kernelbase); an unknown name
    /// ERROR_FILE_NOT_FOUND; a refused access ERROR_ACCESS_DENIED (CRT-09); another object type
    /// ERROR_INVALID_HANDLE; ERROR_BAD_IMPERSONATION_LEVEL while impersonating below SecurityImpersonation
    /// (IMP-03). On success the last error is left alone.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess: checked against the event's descriptor.</param>
    /// <param name="bInheritHandle">bInheritHandle.</param>
    /// <param name="lpName">lpName.</param>
    public static NtHandle OpenEventW(KernelCall call, uint dwDesiredAccess, bool bInheritHandle, string? lpName)
    {
        Win32Call.Enter(call);
        if (lpName is null)
        {
            Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
            return NtHandle.Null;
        }

        var attributes = bInheritHandle ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
        var status = EventObjects.NtOpenEvent(call, dwDesiredAccess, ObjectName(lpName), attributes, out var handle);
        return Win32Call.HandleOrNull(call, status, handle);
    }

    /// <summary>The object name a Win32 event name stands for: "Global\X", "Local\X" and "X" are \BaseNamedObjects\X (see the class remarks).</summary>
    internal static string ObjectName(string lpName)
    {
        string name = lpName.StartsWith("Global\\", StringComparison.Ordinal) ? lpName["Global\\".Length..]
            : lpName.StartsWith("Local\\", StringComparison.Ordinal) ? lpName["Local\\".Length..]
            : lpName;
        return Directory + name;
    }
}
