using NtSec.Principals;
using NtSec.Status;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class PrivilegeLookupFunctionTests
{
    [Fact]
    public void LookupPrivilegeValueW_is_case_insensitive()
    {
        // LUID-05 [W]: "sEcREATEtOKENpRIVILEGE" works; SeCreateToken is LowPart 2, SeCreateGlobal 30.
        var call = new Win32Fixture().AliceCall;
        Poison(call);
        Assert.True(Advapi32Privileges.LookupPrivilegeValueW(call, null, "sEcREATEtOKENpRIVILEGE", out var luid));
        Assert.Equal(new Luid(2, 0), luid);
        Assert.True(Advapi32Privileges.LookupPrivilegeValueW(call, "", "SeCreateGlobalPrivilege", out luid));
        Assert.Equal(new Luid(30, 0), luid);
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void LookupPrivilegeValueW_of_an_unknown_or_NULL_name_is_ERROR_NO_SUCH_PRIVILEGE()
    {
        // LUID-05 [W].
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Privileges.LookupPrivilegeValueW(call, null, "SeBogusPrivilege", out _));
        Assert.Equal(Win32Error.ERROR_NO_SUCH_PRIVILEGE, LastError(call));
        Assert.False(Advapi32Privileges.LookupPrivilegeValueW(call, null, null, out _));
        Assert.Equal(Win32Error.ERROR_NO_SUCH_PRIVILEGE, LastError(call));
    }

    [Fact]
    public void A_remote_system_name_is_RPC_S_SERVER_UNAVAILABLE()
    {
        // LUID-04 [W]: a bogus system name gives RPC_S_SERVER_UNAVAILABLE or RPC_S_INVALID_NET_ADDR.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Privileges.LookupPrivilegeValueW(call, "\\\\bogus", "SeDebugPrivilege", out _));
        Assert.Equal(1722u, call.Thread.LastError);
        uint size = 100;
        Assert.False(Advapi32Privileges.LookupPrivilegeNameW(call, "\\\\bogus", new Luid(2, 0), out _, ref size));
        Assert.Equal(Advapi32Privileges.RPC_S_SERVER_UNAVAILABLE, LastError(call));
    }

    [Fact]
    public void LookupPrivilegeNameW_reports_the_size_with_the_terminator()
    {
        // LUID-03 [W]: size 0 gives ERROR_INSUFFICIENT_BUFFER and strlen("SeCreateTokenPrivilege")+1; with a buffer TRUE and the
        // length without the terminator.
        var call = new Win32Fixture().AliceCall;
        uint size = 0;
        Assert.False(Advapi32Privileges.LookupPrivilegeNameW(call, null, new Luid(2, 0), out var name, ref size));
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
        Assert.Equal((uint)"SeCreateTokenPrivilege".Length + 1, size);
        Assert.Null(name);
        uint exact = (uint)"SeCreateTokenPrivilege".Length;
        size = exact;
        Assert.False(Advapi32Privileges.LookupPrivilegeNameW(call, null, new Luid(2, 0), out _, ref size));
        Assert.Equal(exact + 1, size);
        Assert.True(Advapi32Privileges.LookupPrivilegeNameW(call, null, new Luid(2, 0), out name, ref size));
        Assert.Equal("SeCreateTokenPrivilege", name);
        Assert.Equal(exact, size);
    }

    [Fact]
    public void LookupPrivilegeNameW_of_an_unknown_LUID_is_ERROR_NO_SUCH_PRIVILEGE()
    {
        // LUID-04 [W]: LowPart 0xdeadbeef.
        var call = new Win32Fixture().AliceCall;
        uint size = 100;
        Assert.False(Advapi32Privileges.LookupPrivilegeNameW(call, null, new Luid(0xDEADBEEF, 0), out _, ref size));
        Assert.Equal(Win32Error.ERROR_NO_SUCH_PRIVILEGE, LastError(call));
        Assert.Equal(100u, size);
    }
}
