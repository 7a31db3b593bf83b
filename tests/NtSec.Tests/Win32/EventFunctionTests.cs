using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class EventFunctionTests
{
    private const uint EventModifyState = 0x0002;
    private const uint Synchronize = 0x0010_0000;

    [Fact]
    public void CreateEventW_sets_ERROR_SUCCESS_for_a_new_event_and_ERROR_ALREADY_EXISTS_for_an_existing_one()
    {
        // CreateEventW page: "If the named event object existed before the function call, the function returns a handle to the
        // existing object and GetLastError returns ERROR_ALREADY_EXISTS."
        var call = new Win32Fixture().AliceCall;
        Poison(call);
        var first = Kernel32Events.CreateEventW(call, null, true, false, "Ready");
        Assert.False(first.IsNull);
        Assert.Equal(Win32Error.ERROR_SUCCESS, LastError(call));
        Assert.Equal(Kernel32Events.EventAllAccess, GrantedAccess(call, first));
        var second = Kernel32Events.CreateEventW(call, null, true, false, "Ready");
        Assert.False(second.IsNull);
        Assert.Equal(Win32Error.ERROR_ALREADY_EXISTS, LastError(call));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Global_Local_and_bare_names_are_one_namespace()
    {
        // Kernel object namespaces page: "Global\" and "Local\" prefixes; the model has one \BaseNamedObjects directory.
        var f = new Win32Fixture();
        Assert.False(Kernel32Events.CreateEventW(f.AliceCall, null, false, false, "Global\\Shared").IsNull);
        Assert.NotNull(f.Machine.FindNamed("\\BaseNamedObjects\\Shared"));
        Assert.False(Kernel32Events.OpenEventW(f.AliceCall, Synchronize, false, "Local\\Shared").IsNull);
        Assert.False(Kernel32Events.OpenEventW(f.AliceCall, Synchronize, false, "Shared").IsNull);
        Assert.Equal("\\BaseNamedObjects\\global\\x", Kernel32Events.ObjectName("global\\x"));
    }

    [Fact]
    public void OpenEventW_errors()
    {
        // OpenEventW: NULL name ERROR_INVALID_PARAMETER; an unknown name ERROR_FILE_NOT_FOUND (STATUS_OBJECT_NAME_NOT_FOUND);
        // a name in a missing directory ERROR_PATH_NOT_FOUND; a refused access ERROR_ACCESS_DENIED (CRT-09).
        var f = new Win32Fixture();
        var call = f.AliceCall;
        Assert.True(Kernel32Events.OpenEventW(call, Synchronize, false, null).IsNull);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(Kernel32Events.OpenEventW(call, Synchronize, false, "Missing").IsNull);
        Assert.Equal(Win32Error.ERROR_FILE_NOT_FOUND, LastError(call));
        Assert.True(Kernel32Events.OpenEventW(call, Synchronize, false, "NoSuchDir\\Missing").IsNull);
        Assert.Equal(Win32Error.ERROR_PATH_NOT_FOUND, LastError(call));
        var sd = SecurityDescriptor.ParseSddl("D:(A;;0x100000;;;WD)");
        Assert.False(Kernel32Events.CreateEventW(f.ServiceCall, new SecurityAttributes(sd), true, false, "Guarded").IsNull);
        Assert.True(Kernel32Events.OpenEventW(call, EventModifyState, false, "Guarded").IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Poison(call);
        Assert.False(Kernel32Events.OpenEventW(call, Synchronize, false, "Guarded").IsNull);
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void CreateEventW_of_an_existing_event_that_refuses_EVENT_ALL_ACCESS_is_ERROR_ACCESS_DENIED()
    {
        // CreateEventW page: an existing event is opened with EVENT_ALL_ACCESS, which the event's DACL must grant.
        var f = new Win32Fixture();
        var sd = SecurityDescriptor.ParseSddl("D:(A;;0x100000;;;WD)");
        Assert.False(Kernel32Events.CreateEventW(f.ServiceCall, new SecurityAttributes(sd), true, false, "Guarded").IsNull);
        Assert.True(Kernel32Events.CreateEventW(f.AliceCall, null, true, false, "Guarded").IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(f.AliceCall));
    }

    [Fact]
    public void Opening_an_event_while_impersonating_at_identification_is_ERROR_BAD_IMPERSONATION_LEVEL()
    {
        // IMP-03 [W-todo], research/users.md 4.3: object opens fail below SecurityImpersonation.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Kernel32Events.CreateEventW(call, null, true, false, "Mine").IsNull);
        Assert.True(Advapi32Impersonation.ImpersonateSelf(call, SecurityImpersonationLevel.SecurityIdentification));
        Assert.True(Kernel32Events.OpenEventW(call, Synchronize, false, "Mine").IsNull);
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
    }

    [Fact]
    public void CreateEventW_security_attributes()
    {
        // SECURITY_ATTRIBUTES: the descriptor becomes the event's DACL; bInheritHandle gives an inheritable handle; an unnamed event.
        var call = new Win32Fixture().AliceCall;
        var sd = SecurityDescriptor.ParseSddl("D:(A;;GA;;;WD)");
        var handle = Kernel32Events.CreateEventW(call, new SecurityAttributes(sd, BInheritHandle: true), false, true, null);
        Assert.False(handle.IsNull);
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(handle, out var entry));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, entry!.Attributes);
        var ev = Assert.IsType<EventObject>(entry.Object);
        Assert.Null(ev.Name);
        Assert.Equal(NtSec.Principals.WellKnownSids.Everyone, Assert.Single(ev.Security.Dacl!.Aces).Sid);
    }
}
