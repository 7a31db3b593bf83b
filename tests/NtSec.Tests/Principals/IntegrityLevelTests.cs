using NtSec.AccessControl.Sddl;
using NtSec.Principals;

namespace NtSec.Tests.Principals;

public class IntegrityLevelTests
{
    [Theory]
    // Well-known SIDs page, SECURITY_MANDATORY_*_RID; SecureProcess 0x7000 from community tables.
    [InlineData(IntegrityLevel.Untrusted, 0x0000u, "S-1-16-0")]
    [InlineData(IntegrityLevel.Low, 0x1000u, "S-1-16-4096")]
    [InlineData(IntegrityLevel.Medium, 0x2000u, "S-1-16-8192")]
    [InlineData(IntegrityLevel.MediumPlus, 0x2100u, "S-1-16-8448")]
    [InlineData(IntegrityLevel.High, 0x3000u, "S-1-16-12288")]
    [InlineData(IntegrityLevel.System, 0x4000u, "S-1-16-16384")]
    [InlineData(IntegrityLevel.ProtectedProcess, 0x5000u, "S-1-16-20480")]
    [InlineData(IntegrityLevel.SecureProcess, 0x7000u, "S-1-16-28672")]
    public void Level_has_its_rid_and_label_sid(IntegrityLevel level, uint rid, string sid)
    {
        Assert.Equal(rid, (uint)level);
        Assert.Equal(sid, level.ToSid().ToString());
        Assert.True(IntegrityLevels.TryFromSid(Sid.Parse(sid), out var back));
        Assert.Equal(level, back);
        Assert.True(back.IsNamed());
    }

    [Fact]
    public void Named_levels_return_the_well_known_instances()
    {
        Assert.Same(WellKnownSids.HighMandatoryLevel, IntegrityLevel.High.ToSid());
    }

    [Fact]
    public void Non_standard_rid_is_a_valid_label_sid()
    {
        // Labels are S-1-16-RID for any RID; comparisons use the RID (Well-known SIDs page).
        var sid = ((IntegrityLevel)0x1800).ToSid();
        Assert.Equal("S-1-16-6144", sid.ToString());
        Assert.True(IntegrityLevels.TryFromSid(sid, out var level));
        Assert.Equal(0x1800u, (uint)level);
        Assert.False(level.IsNamed());
        Assert.True(IntegrityLevels.TryParse("S-1-16-6144", out var parsed));
        Assert.Equal(sid, parsed);
    }

    [Theory]
    [InlineData("S-1-16")]
    [InlineData("S-1-16-4096-1")]
    [InlineData("S-1-5-18")]
    [InlineData("S-1-15-4096")]
    public void Other_sids_are_not_labels(string text)
    {
        // A label SID has authority 16 and one sub-authority (SECURITY_MANDATORY_LABEL_AUTHORITY).
        Assert.False(IntegrityLevels.TryFromSid(Sid.Parse(text), out _));
        Assert.False(IntegrityLevels.IsLabelSid(Sid.Parse(text)));
    }

    [Theory]
    [InlineData("Untrusted", "S-1-16-0")]
    [InlineData("low", "S-1-16-4096")]
    [InlineData("MEDIUM", "S-1-16-8192")]
    [InlineData("MediumPlus", "S-1-16-8448")]
    [InlineData("High", "S-1-16-12288")]
    [InlineData("system", "S-1-16-16384")]
    [InlineData("ProtectedProcess", "S-1-16-20480")]
    [InlineData("SecureProcess", "S-1-16-28672")]
    [InlineData("LW", "S-1-16-4096")]
    [InlineData("ME", "S-1-16-8192")]
    [InlineData("MP", "S-1-16-8448")]
    [InlineData("HI", "S-1-16-12288")]
    [InlineData("si", "S-1-16-16384")]
    [InlineData("S-1-16-8192", "S-1-16-8192")]
    public void Parses_names_sddl_aliases_and_sid_strings(string text, string sid)
    {
        // Level names (this API); SDDL LW/ME/MP/HI/SI (MS-DTYP 2.5.1.1, sddl.h; samba-msdtyp.md 2.2).
        Assert.True(IntegrityLevels.TryParse(text, out var parsed));
        Assert.Equal(Sid.Parse(sid), parsed);
        Assert.Equal(parsed, IntegrityLevels.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Medium Plus")]
    [InlineData("8192")]
    [InlineData("0x2000")]
    [InlineData("SY")]
    [InlineData("S-1-5-18")]
    [InlineData("Low,High")]
    public void Rejects_anything_else(string? text)
    {
        Assert.False(IntegrityLevels.TryParse(text, out var sid));
        Assert.Null(sid);
    }

    [Fact]
    public void Parse_throws_a_format_error_for_bad_text()
    {
        Assert.Throws<FormatErrorException>(() => IntegrityLevels.Parse("Highest"));
    }

    [Fact]
    public void Sddl_aliases_agree_with_the_sddl_alias_table()
    {
        // The label aliases repeated in IntegrityLevels must match AccessControl's SddlSidAliases.
        foreach (var alias in SddlSidAliases.All.Where(a => a.Sid is not null && a.Sid.StartsWith("S-1-16-", StringComparison.Ordinal)))
        {
            Assert.True(IntegrityLevels.TryParse(alias.Alias, out var sid), alias.Alias);
            Assert.Equal(alias.Sid, sid.ToString());
        }

        foreach (var alias in new[] { "LW", "ME", "MP", "HI", "SI" })
        {
            Assert.True(SddlSidAliases.TryGet(alias, out var entry));
            Assert.StartsWith("S-1-16-", entry.Sid, StringComparison.Ordinal);
        }
    }
}
