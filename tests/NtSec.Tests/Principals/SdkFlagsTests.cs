using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class SdkFlagsTests
{
    [Theory]
    // TOKEN_GROUPS page (SE_GROUP_*), also wine.md appendix B.
    [InlineData(GroupAttributes.SE_GROUP_MANDATORY, 0x1u)]
    [InlineData(GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT, 0x2u)]
    [InlineData(GroupAttributes.SE_GROUP_ENABLED, 0x4u)]
    [InlineData(GroupAttributes.SE_GROUP_OWNER, 0x8u)]
    [InlineData(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, 0x10u)]
    [InlineData(GroupAttributes.SE_GROUP_INTEGRITY, 0x20u)]
    [InlineData(GroupAttributes.SE_GROUP_INTEGRITY_ENABLED, 0x40u)]
    [InlineData(GroupAttributes.SE_GROUP_RESOURCE, 0x20000000u)]
    [InlineData(GroupAttributes.SE_GROUP_LOGON_ID, 0xC0000000u)]
    public void Group_attributes_have_the_sdk_values(GroupAttributes flag, uint value)
    {
        Assert.Equal(value, (uint)flag);
        Assert.Equal(flag.ToString(), SdkFlags.Format(flag));
        Assert.Equal(flag, SdkFlags.Parse<GroupAttributes>(flag.ToString()));
    }

    [Theory]
    // winnt.h SE_PRIVILEGE_* (as in phnt), also wine.md appendix B.
    [InlineData(PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT, 0x1u)]
    [InlineData(PrivilegeAttributes.SE_PRIVILEGE_ENABLED, 0x2u)]
    [InlineData(PrivilegeAttributes.SE_PRIVILEGE_REMOVED, 0x4u)]
    [InlineData(PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS, 0x80000000u)]
    public void Privilege_attributes_have_the_sdk_values(PrivilegeAttributes flag, uint value)
    {
        Assert.Equal(value, (uint)flag);
        Assert.Equal(flag.ToString(), SdkFlags.Format(flag));
        Assert.Equal(flag, SdkFlags.Parse<PrivilegeAttributes>(flag.ToString()));
    }

    [Theory]
    [InlineData(0x7u, "SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED")]
    [InlineData(0xC0000007u, "SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED|SE_GROUP_LOGON_ID")]
    [InlineData(0xFu, "SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED|SE_GROUP_OWNER")]
    [InlineData(0x60u, "SE_GROUP_INTEGRITY|SE_GROUP_INTEGRITY_ENABLED")]
    [InlineData(0x10u, "SE_GROUP_USE_FOR_DENY_ONLY")]
    [InlineData(0x40000000u, "0x40000000")]
    [InlineData(0x40000004u, "SE_GROUP_ENABLED|0x40000000")]
    [InlineData(0x20000104u, "SE_GROUP_ENABLED|SE_GROUP_RESOURCE|0x100")]
    [InlineData(0u, "0")]
    public void Group_attributes_format_as_names_in_value_order(uint value, string text)
    {
        // Whoami-style attribute lists; LOGON_ID is two bits and is named only when both are set.
        Assert.Equal(text, SdkFlags.Format((GroupAttributes)value));
        Assert.Equal((GroupAttributes)value, SdkFlags.Parse<GroupAttributes>(text));
    }

    [Theory]
    [InlineData(0x3u, "SE_PRIVILEGE_ENABLED_BY_DEFAULT|SE_PRIVILEGE_ENABLED")]
    [InlineData(0x80000002u, "SE_PRIVILEGE_ENABLED|SE_PRIVILEGE_USED_FOR_ACCESS")]
    [InlineData(0u, "0")]
    public void Privilege_attributes_format_as_names_in_value_order(uint value, string text)
    {
        Assert.Equal(text, SdkFlags.Format((PrivilegeAttributes)value));
        Assert.Equal((PrivilegeAttributes)value, SdkFlags.Parse<PrivilegeAttributes>(text));
    }

    [Theory]
    [InlineData("se_group_enabled", 0x4u)]
    [InlineData(" SE_GROUP_MANDATORY | SE_GROUP_ENABLED ", 0x5u)]
    [InlineData("7", 0x7u)]
    [InlineData("0xC0000000", 0xC0000000u)]
    [InlineData("0XC0000000", 0xC0000000u)]
    [InlineData("SE_GROUP_ENABLED|0x40000000|1", 0x40000005u)]
    [InlineData("None", 0u)]
    [InlineData("4294967295", 0xFFFFFFFFu)]
    public void Group_attributes_parse_names_and_numbers(string text, uint value)
    {
        Assert.True(SdkFlags.TryParse<GroupAttributes>(text, out var parsed));
        Assert.Equal((GroupAttributes)value, parsed);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    [InlineData("SE_GROUP_ENABLED|", 17)]
    [InlineData("|SE_GROUP_ENABLED", 0)]
    [InlineData("SE_GROUP_ENABLED||1", 17)]
    [InlineData("SE_GROUP_BOGUS", 0)]
    [InlineData("1|SE_PRIVILEGE_ENABLED", 2)]
    [InlineData("4294967296", 0)]
    [InlineData("0x", 0)]
    [InlineData("-1", 0)]
    [InlineData("0x1G", 0)]
    public void Group_attributes_reject_bad_text_and_name_the_offset(string? text, int offset)
    {
        Assert.False(SdkFlags.TryParse<GroupAttributes>(text, out var value, out var error));
        Assert.Equal(default, value);
        Assert.Equal(offset, error.Offset);
        if (text is not null)
        {
            Assert.Equal(offset, Assert.Throws<FormatErrorException>(() => SdkFlags.Parse<GroupAttributes>(text)).Offset);
        }
    }

    [Fact]
    public void Signed_enums_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SdkFlags.Format(DayOfWeek.Monday));
    }
}
