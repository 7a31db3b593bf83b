using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using static NtSec.Tests.Kernel.ObjectRoutines.ObjectRoutinesFixture;

namespace NtSec.Tests.Kernel.ObjectRoutines;

/// <summary>NtQueryObject (basic and handle-flag information) and NtSetInformationObject (handle flags).</summary>
public class ObjectInformationTests
{
    [Fact]
    public void Basic_information_reports_attributes_access_and_handle_count()
    {
        // om.c test_query_object / test_object_permanence: ObjectBasicInformation with sizeof(OBJECT_BASIC_INFORMATION).
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, "\\BaseNamedObjects\\q", ObjectAttributeFlags.OBJ_INHERIT,
            null, EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtOpenEvent(k.AliceCall, Synchronize, "\\BaseNamedObjects\\q", ObjectAttributeFlags.None, out var h2));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.AliceCall, h, ObjectInformationClass.ObjectBasicInformation,
            ObjectBasicInformation.Size, out var info, out int length));
        Assert.Equal(56, length);
        Assert.Equal(new ObjectBasicInformation(ObjectAttributeFlags.OBJ_INHERIT, EventAllAccess, 2), info);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.AliceCall, h2, ObjectInformationClass.ObjectBasicInformation,
            100, out info, out _));
        Assert.Equal(new ObjectBasicInformation(ObjectAttributeFlags.None, Synchronize, 2), info);
    }

    [Fact]
    public void Short_buffers_are_an_info_length_mismatch()
    {
        // om.c test_query_object: length 0 -> STATUS_INFO_LENGTH_MISMATCH.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectBasicInformation, 0, out var info, out int length));
        Assert.Null(info);
        Assert.Equal(56, length);
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectBasicInformation, 55, out _, out _));
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectHandleFlagInformation, 1, out _, out length));
        Assert.Equal(2, length);
    }

    [Fact]
    public void Pseudo_handles_report_their_implicit_access()
    {
        // ACC-28: GetCurrentProcess() carries full access.
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess, ObjectInformationClass.ObjectBasicInformation,
            56, out var info, out _));
        var basic = Assert.IsType<ObjectBasicInformation>(info);
        Assert.Equal(ProcessAllAccess, basic.GrantedAccess);
        Assert.Equal(ObjectAttributeFlags.None, basic.Attributes);
    }

    [Fact]
    public void Handle_flags_can_be_set_and_protect_from_close_blocks_NtClose()
    {
        // SetHandleInformation(HANDLE_FLAG_PROTECT_FROM_CLOSE) -> NtClose gives STATUS_HANDLE_NOT_CLOSABLE (brief; ReactOS apitest NtDuplicateObject).
        var k = new ObjectRoutinesFixture();
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.NtCreateEvent(k.AliceCall, EventAllAccess, null, ObjectAttributeFlags.None, null,
            EventType.NotificationEvent, false, out var h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtSetInformationObject(k.AliceCall, h, ObjectInformationClass.ObjectHandleFlagInformation,
            new ObjectHandleFlagInformation(Inherit: true, ProtectFromClose: true)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.AliceCall, h, ObjectInformationClass.ObjectHandleFlagInformation,
            2, out var flags, out _));
        Assert.Equal(new ObjectHandleFlagInformation(true, true), flags);
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.AliceCall, h, ObjectInformationClass.ObjectBasicInformation,
            56, out var info, out _));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT | (ObjectAttributeFlags)0x1, ((ObjectBasicInformation)info!).Attributes);
        Assert.Equal(NtStatus.STATUS_HANDLE_NOT_CLOSABLE, ObjectHandles.NtClose(k.AliceCall, h));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtSetInformationObject(k.AliceCall, h, ObjectInformationClass.ObjectHandleFlagInformation,
            new ObjectHandleFlagInformation(Inherit: false, ProtectFromClose: false)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectHandles.NtClose(k.AliceCall, h));
    }

    [Fact]
    public void Bad_handles_and_classes_are_reported()
    {
        var k = new ObjectRoutinesFixture();
        var flags = new ObjectHandleFlagInformation(false, false);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectQueries.NtQueryObject(k.AliceCall, new NtHandle(0xdead0),
            ObjectInformationClass.ObjectBasicInformation, 56, out _, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectQueries.NtSetInformationObject(k.AliceCall, new NtHandle(0xdead0),
            ObjectInformationClass.ObjectHandleFlagInformation, flags));
        // Pseudo-handles have no table entry whose flags could change (unverified).
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectQueries.NtSetInformationObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectHandleFlagInformation, flags));
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, ObjectQueries.NtSetInformationObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectBasicInformation, flags));
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess,
            (ObjectInformationClass)0x42, 56, out _, out _));
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, ObjectQueries.NtQueryObject(k.AliceCall, NtHandle.CurrentProcess,
            ObjectInformationClass.ObjectNameInformation, 1024, out _, out _));
        // Kernel handles: invalid from user mode, usable from kernel mode.
        Assert.Equal(NtStatus.STATUS_SUCCESS, EventObjects.ZwCreateEvent(k.SystemCall, EventAllAccess, null, ObjectAttributeFlags.OBJ_KERNEL_HANDLE, null,
            EventType.NotificationEvent, false, out var kernel));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, ObjectQueries.NtQueryObject(k.SystemCall, kernel, ObjectInformationClass.ObjectBasicInformation,
            56, out _, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtQueryObject(k.SystemCall.AsKernel(), kernel, ObjectInformationClass.ObjectBasicInformation,
            56, out _, out _));
        Assert.Equal(NtStatus.STATUS_SUCCESS, ObjectQueries.NtSetInformationObject(k.SystemCall.AsKernel(), kernel,
            ObjectInformationClass.ObjectHandleFlagInformation, new ObjectHandleFlagInformation(false, true)));
        Assert.Equal(NtStatus.STATUS_HANDLE_NOT_CLOSABLE, ObjectHandles.ZwClose(k.SystemCall, kernel));
    }
}
