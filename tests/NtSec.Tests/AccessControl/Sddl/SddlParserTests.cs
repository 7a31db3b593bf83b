using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.AccessControl.Sddl;

public class SddlParserTests
{
    private static readonly SddlContext Domain = new(Sid.Parse("S-1-5-21-1-2-3"));

    [Fact]
    public void Null_absent_and_empty_dacl_are_different()
    {
        // MS-DTYP 2.4.6: DACL_PRESENT with no ACL is a NULL DACL; "D:" is an empty ACL; no "D:" leaves it absent.
        var nullDacl = SecurityDescriptor.ParseSddl("D:NO_ACCESS_CONTROL");
        var empty = SecurityDescriptor.ParseSddl("D:");
        var absent = SecurityDescriptor.ParseSddl("O:SY");
        Assert.True(nullDacl.HasNullDacl);
        Assert.True(empty.DaclPresent);
        Assert.NotNull(empty.Dacl);
        Assert.Empty(empty.Dacl!);
        Assert.False(absent.DaclPresent);
        Assert.Equal("D:NO_ACCESS_CONTROL", nullDacl.ToSddl());
        Assert.Equal("D:", empty.ToSddl());
    }

    [Fact]
    public void Acl_flags_set_control_bits()
    {
        // MS-DTYP 2.5.1.1 acl-flags: P, AR, AI map to SE_DACL_PROTECTED, SE_DACL_AUTO_INHERIT_REQ, SE_DACL_AUTO_INHERITED.
        var sd = SecurityDescriptor.ParseSddl("D:PARAI(A;;GA;;;SY)S:PAI");
        Assert.Equal(
            SecurityDescriptorControl.SelfRelative | SecurityDescriptorControl.DaclPresent | SecurityDescriptorControl.DaclProtected
            | SecurityDescriptorControl.DaclAutoInheritRequired | SecurityDescriptorControl.DaclAutoInherited
            | SecurityDescriptorControl.SaclPresent | SecurityDescriptorControl.SaclProtected | SecurityDescriptorControl.SaclAutoInherited,
            sd.Control);
        Assert.Equal("D:PARAI(A;;GA;;;SY)S:PAI", sd.ToSddl());
    }

    [Fact]
    public void Mandatory_label_rights_use_label_codes()
    {
        // sddl.h SDDL_NO_WRITE_UP "NW" = SYSTEM_MANDATORY_LABEL_NO_WRITE_UP (1); "S:(ML;;NW;;;LW)" is the low-IL label.
        var sd = SecurityDescriptor.ParseSddl("S:(ML;;NWNR;;;LW)");
        var ace = sd.Sacl![0];
        Assert.Equal(AceType.SystemMandatoryLabel, ace.Type);
        Assert.Equal(3u, ace.Mask.Value);
        Assert.Equal(Sid.Parse("S-1-16-4096"), ace.Sid);
        Assert.Equal("S:(ML;;NWNR;;;LW)", sd.ToSddl());
    }

    [Fact]
    public void Domain_aliases_need_a_domain_sid()
    {
        // CONTRACT.md sd convert: without --domain-sid a domain-relative alias is an error that says so.
        Assert.False(SecurityDescriptor.TryParseSddl("O:DA", SddlContext.Default, out _, out var error));
        Assert.Equal(2, error.Offset);
        Assert.Contains("domain SID", error.Message, StringComparison.Ordinal);
        var sd = SecurityDescriptor.ParseSddl("O:DAG:DU", Domain);
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-512"), sd.Owner);
        Assert.Equal(Sid.Parse("S-1-5-21-1-2-3-513"), sd.Group);
        Assert.Equal("O:DAG:DU", sd.ToSddl(Domain));
        Assert.Equal("O:S-1-5-21-1-2-3-512G:S-1-5-21-1-2-3-513", sd.ToSddl());
    }

    [Theory]
    [InlineData("D:(A;;GA;;;XX)", 11, "SDDL SID alias")]
    [InlineData("D:(A;;ZZ;;;SY)", 6, "unknown access right 'ZZ'")]
    [InlineData("D:(B;;GA;;;SY)", 3, "unknown ACE type 'B'")]
    [InlineData("D:(A;QQ;GA;;;SY)", 5, "unknown ACE flag 'QQ'")]
    [InlineData("D:(A;;GA;;;SY", 13, "must end with ')'")]
    [InlineData("X:", 0, "expected a section")]
    [InlineData("D:(A;;GA;;;SY)D:", 14, "appears twice")]
    [InlineData("D:(AU;SA;GA;;;SY)", 2, "cannot hold a AU ACE")]
    [InlineData("D:(OA;;GA;nonsense;;SY)", 10, "is not a GUID")]
    [InlineData("D:(A;;GA;;;S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16)", 53, "more than 15 sub-authorities")]
    public void Malformed_sddl_names_offset_and_problem(string sddl, int offset, string fragment)
    {
        Assert.False(SecurityDescriptor.TryParseSddl(sddl, SddlContext.Default, out var sd, out var error));
        Assert.Null(sd);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        var ex = Assert.Throws<FormatErrorException>(() => SecurityDescriptor.ParseSddl(sddl));
        Assert.Equal(offset, ex.Offset);
    }

    [Fact]
    public void Too_many_aces_for_acl_size_is_rejected()
    {
        // AclSize is 16 bits (MS-DTYP 2.4.5): 4,000 20-byte ACEs need 80,008 bytes.
        string sddl = "D:" + string.Concat(Enumerable.Repeat("(A;;GA;;;SY)", 4000));
        Assert.False(SecurityDescriptor.TryParseSddl(sddl, SddlContext.Default, out _, out var error));
        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
    }
}
