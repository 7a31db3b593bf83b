using NtSec.AccessControl;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class SddlFunctionTests
{
    /// <summary>
    /// Wine's test_ConvertStringSecurityDescriptor table (dlls/advapi32/tests/security.c), which passes on Windows. Where the
    /// table accepts two errors (Vista+ and earlier), the model gives the second.
    /// </summary>
    public static TheoryData<string, uint, uint> ConversionCases => new()
    {
        { "D:(A;;GA;;;WD)", 0xDEADBEEF, (uint)Win32Error.ERROR_UNKNOWN_REVISION },
        { "D:(A;;GA;;;WD)", 1, 0 },
        { "D:(D;;GA;;;WD)", 1, 0 },
        { "ERROR:(D;;GA;;;WD)", 1, (uint)Win32Error.ERROR_INVALID_PARAMETER },
        { " D:(D;;GA;;;WD)", 1, 0 },
        { "D: (D;;GA;;;WD)", 1, 0 },
        { "D:( D;;GA;;;WD)", 1, 0 },
        { "D:(D ;;GA;;;WD)", 1, (uint)Win32Error.ERROR_INVALID_ACL }, // Vista+: RPC_S_INVALID_STRING_UUID; earlier ERROR_INVALID_ACL
        { "D:(D; ;GA;;;WD)", 1, 0 },
        { "D:(D;; GA;;;WD)", 1, 0 },
        { "D:(D;;GA ;;;WD)", 1, (uint)Win32Error.ERROR_INVALID_ACL },
        { "D:(D;;GA; ;;WD)", 1, 0 },
        { "D:(D;;GA;; ;WD)", 1, 0 },
        { "D:(D;;GA;;; WD)", 1, 0 },
        { "D:(D;;GA;;;WD )", 1, 0 },
        { "D:(A;;GRGWGX;;;WD)", 1, 0 },
        { "D:(A;;RCSDWDWO;;;WD)", 1, 0 },
        { "D:(A;;RPWPCCDCLCSWLODTCR;;;WD)", 1, 0 },
        { "D:(A;;FAFRFWFX;;;WD)", 1, 0 },
        { "D:(A;;KAKRKWKX;;;WD)", 1, 0 },
        { "D:(A;;0xFFFFFFFF;;;WD)", 1, 0 },
        { "S:(AU;;0xFFFFFFFF;;;WD)", 1, 0 },
        { "D:(A;;ROB;;;WD)", 1, (uint)Win32Error.ERROR_INVALID_ACL },
        { "", 1, 0 },
        { "D:(D;;GA;;;S-1-0-0)", 1, 0 },
        { "D:(D;;GA;;;Nonexistent account)", 1, (uint)Win32Error.ERROR_INVALID_ACL },
        { "D:P(A;;GRGW;;;BA)(A;;GRGW;;;S-1-5-21-0-0-0-1000)S:(ML;;NWNR;;;S-1-16-12288)", 1, 0 },
    };

    [Theory]
    [MemberData(nameof(ConversionCases))]
    public void ConvertStringSecurityDescriptorToSecurityDescriptorW_as_Windows(string text, uint revision, uint error)
    {
        // wine.md / Wine test_ConvertStringSecurityDescriptor [W].
        var call = new Win32Fixture().AliceCall;
        Poison(call);
        bool ok = Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, text, revision, out var sd, out uint size);
        if (error == 0)
        {
            Assert.True(ok);
            Assert.NotNull(sd);
            Assert.Equal((uint)sd!.BinaryLength, size);
            Assert.Equal(Sentinel, call.Thread.LastError);
        }
        else
        {
            Assert.False(ok);
            Assert.Null(sd);
            Assert.Equal(error, call.Thread.LastError);
        }
    }

    [Fact]
    public void ConvertStringSecurityDescriptorToSecurityDescriptorW_NULL_string_is_ERROR_INVALID_PARAMETER_before_the_revision()
    {
        // Wine test [W]: (NULL, 0xdeadbeef) gives ERROR_INVALID_PARAMETER.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, null, 0xDEADBEEF, out _, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void Empty_ACLs_have_the_self_relative_size_of_a_header_and_an_ACL()
    {
        // Wine test [W]: "D:" and "S:" give sizeof(SECURITY_DESCRIPTOR_RELATIVE) + sizeof(ACL) = 28.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "D:", 1, out _, out uint size));
        Assert.Equal(28u, size);
        Assert.True(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "S:", 1, out _, out size));
        Assert.Equal(28u, size);
    }

    [Fact]
    public void Bad_owner_or_group_SIDs_are_ERROR_INVALID_SID_and_repeated_sections_ERROR_INVALID_PARAMETER()
    {
        // Decision (class remarks of Advapi32Sddl): an O:/G: SID that does not parse is ERROR_INVALID_SID.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "O:XYZ", 1, out _, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_SID, LastError(call));
        Assert.False(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "O:BAG:S-1-5-x", 1, out _, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_SID, LastError(call));
        Assert.False(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "O:BAO:SY", 1, out _, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(Advapi32Sddl.ConvertStringSecurityDescriptorToSecurityDescriptorW(call, "O:DUG:LA", 1, out var sd, out _));
        Assert.Equal("S-1-5-21-1-2-3-513", sd!.Owner!.ToString());
    }

    [Fact]
    public void ConvertStringSidToSidW_parses_strings_and_aliases()
    {
        // ConvertStringSidToSid page: a SID string or an SDDL SID alias; "WDandmorejunk" is ERROR_INVALID_SID; NULL is
        // ERROR_INVALID_PARAMETER (Wine test_sid [W]).
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Sddl.ConvertStringSidToSidW(call, "S-1-5-32-544", out var sid));
        Assert.Equal(WellKnownSids.Administrators, sid);
        Assert.True(Advapi32Sddl.ConvertStringSidToSidW(call, "wD", out sid));
        Assert.Equal(WellKnownSids.Everyone, sid);
        Assert.False(Advapi32Sddl.ConvertStringSidToSidW(call, "WDandmorejunk", out sid));
        Assert.Equal(Win32Error.ERROR_INVALID_SID, LastError(call));
        Assert.Null(sid);
        Assert.False(Advapi32Sddl.ConvertStringSidToSidW(call, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void ConvertSidToStringSidW_writes_the_numeric_form()
    {
        // ConvertSidToStringSid page: "S-R-I-S-S..."; never an alias.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Sddl.ConvertSidToStringSidW(call, WellKnownSids.Everyone, out var text));
        Assert.Equal("S-1-1-0", text);
        Assert.False(Advapi32Sddl.ConvertSidToStringSidW(call, null, out text));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.Null(text);
    }

    [Fact]
    public void ConvertSecurityDescriptorToStringSecurityDescriptorW_selects_the_parts()
    {
        // Wine test_ConvertSecurityDescriptorToString [W]: the requested parts in O, G, D, S order; the length counts the
        // terminator; an empty descriptor is "".
        var call = new Win32Fixture().AliceCall;
        var sd = SecurityDescriptor.ParseSddl("O:SYG:S-1-5-21-93476-23408-4576D:(A;NP;GA;;;SU)S:(ML;;NW;;;LW)");
        var all = SecurityInformation.OWNER_SECURITY_INFORMATION | SecurityInformation.GROUP_SECURITY_INFORMATION
            | SecurityInformation.DACL_SECURITY_INFORMATION | SecurityInformation.SACL_SECURITY_INFORMATION;
        Assert.True(Advapi32Sddl.ConvertSecurityDescriptorToStringSecurityDescriptorW(call, sd, 1, all, out var text, out uint length));
        Assert.Equal("O:SYG:S-1-5-21-93476-23408-4576D:(A;NP;GA;;;SU)S:(ML;;NW;;;LW)", text);
        Assert.Equal((uint)text!.Length + 1, length);
        Assert.True(Advapi32Sddl.ConvertSecurityDescriptorToStringSecurityDescriptorW(call, sd, 1, SecurityInformation.GROUP_SECURITY_INFORMATION,
            out text, out _));
        Assert.Equal("G:S-1-5-21-93476-23408-4576", text);
        Assert.True(Advapi32Sddl.ConvertSecurityDescriptorToStringSecurityDescriptorW(call, sd, 1, SecurityInformation.None, out text, out length));
        Assert.Equal("", text);
        Assert.Equal(1u, length);
    }

    [Fact]
    public void ConvertSecurityDescriptorToStringSecurityDescriptorW_errors()
    {
        // sddl.h: SDDL_REVISION_1 only (ERROR_UNKNOWN_REVISION); a NULL descriptor ERROR_INVALID_PARAMETER.
        var call = new Win32Fixture().AliceCall;
        var sd = SecurityDescriptor.ParseSddl("O:SY");
        Assert.False(Advapi32Sddl.ConvertSecurityDescriptorToStringSecurityDescriptorW(call, sd, 2, SecurityInformation.OWNER_SECURITY_INFORMATION,
            out var text, out _));
        Assert.Equal(Win32Error.ERROR_UNKNOWN_REVISION, LastError(call));
        Assert.Null(text);
        Assert.False(Advapi32Sddl.ConvertSecurityDescriptorToStringSecurityDescriptorW(call, null, 1, SecurityInformation.OWNER_SECURITY_INFORMATION,
            out _, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }
}
