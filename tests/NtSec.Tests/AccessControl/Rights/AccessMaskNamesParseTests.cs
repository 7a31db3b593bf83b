using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Tests.AccessControl.Rights;

public class AccessMaskNamesParseTests
{
    private static uint Parse(string text, ObjectTypeKind type = ObjectTypeKind.File) =>
        AccessMaskNames.Parse(text, type).Value;

    private static ParseError Fail(string text, ObjectTypeKind type = ObjectTypeKind.File)
    {
        Assert.False(AccessMaskNames.TryParse(text, type, out AccessMask mask, out ParseError error));
        Assert.Equal(default, mask);
        return error;
    }

    [Theory]
    // CONTRACT.md MASK examples.
    [InlineData("0x120089", 0x0012_0089u)]
    [InlineData("FILE_GENERIC_READ|DELETE", 0x0013_0089u)]
    [InlineData("MAXIMUM_ALLOWED", 0x0200_0000u)]
    [InlineData("1179785", 0x0012_0089u)]
    // Hex spellings.
    [InlineData("0X120089", 0x0012_0089u)]
    [InlineData("0x001f01ff", 0x001F_01FFu)]
    [InlineData("0xFFFFFFFF", 0xFFFF_FFFFu)]
    [InlineData("0x0000000000000001", 1u)]
    [InlineData("0", 0u)]
    [InlineData("0x0", 0u)]
    // Decimal is decimal even with leading zeros (no octal).
    [InlineData("010", 10u)]
    [InlineData("4294967295", 0xFFFF_FFFFu)]
    // Names: case-insensitive, blanks around '|'.
    [InlineData("file_generic_read", 0x0012_0089u)]
    [InlineData("  FILE_READ_DATA | file_write_data\t|\tSYNCHRONIZE  ", 0x0010_0003u)]
    [InlineData("GENERIC_READ", 0x8000_0000u)]
    [InlineData("GENERIC_READ|GENERIC_WRITE|GENERIC_EXECUTE|GENERIC_ALL", 0xF000_0000u)]
    [InlineData("ACCESS_SYSTEM_SECURITY|READ_CONTROL|WRITE_DAC|WRITE_OWNER", 0x010E_0000u)]
    [InlineData("STANDARD_RIGHTS_REQUIRED|SPECIFIC_RIGHTS_ALL", 0x000F_FFFFu)]
    [InlineData("STANDARD_RIGHTS_ALL", 0x001F_0000u)]
    // Numbers and names mix (Format's leftover hex must parse back).
    [InlineData("FILE_READ_DATA|0x00400000", 0x0040_0001u)]
    [InlineData("FILE_ALL_ACCESS|FILE_GENERIC_READ", 0x001F_01FFu)]
    // Directory and pipe spellings are File aliases.
    [InlineData("FILE_LIST_DIRECTORY|FILE_TRAVERSE", 0x21u)]
    [InlineData("FILE_CREATE_PIPE_INSTANCE", 0x4u)]
    public void File_masks_parse(string text, uint expected)
    {
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData("TOKEN_QUERY|TOKEN_DUPLICATE", ObjectTypeKind.Token, 0xAu)]
    [InlineData("TOKEN_ALL_ACCESS", ObjectTypeKind.Token, 0x000F_01FFu)]
    [InlineData("token_read", ObjectTypeKind.Token, 0x0002_0008u)]
    [InlineData("PROCESS_QUERY_LIMITED_INFORMATION|SYNCHRONIZE", ObjectTypeKind.Process, 0x0010_1000u)]
    [InlineData("THREAD_IMPERSONATE|THREAD_DIRECT_IMPERSONATION", ObjectTypeKind.Thread, 0x300u)]
    [InlineData("KEY_READ|KEY_WOW64_64KEY", ObjectTypeKind.Key, 0x0002_0119u)]
    [InlineData("KEY_EXECUTE", ObjectTypeKind.Key, 0x0002_0019u)]
    [InlineData("EVENT_MODIFY_STATE|SYNCHRONIZE", ObjectTypeKind.Event, 0x0010_0002u)]
    [InlineData("MUTEX_ALL_ACCESS", ObjectTypeKind.Mutant, 0x001F_0001u)]
    [InlineData("SEMAPHORE_MODIFY_STATE", ObjectTypeKind.Semaphore, 0x2u)]
    [InlineData("FILE_MAP_READ|SECTION_QUERY", ObjectTypeKind.Section, 0x5u)]
    [InlineData("FILE_LIST_DIRECTORY|FILE_READ_DATA", ObjectTypeKind.Directory, 0x1u)]
    [InlineData("FILE_CREATE_PIPE_INSTANCE|FILE_APPEND_DATA", ObjectTypeKind.NamedPipe, 0x4u)]
    [InlineData("SERVICE_START|SERVICE_STOP", ObjectTypeKind.Service, 0x30u)]
    [InlineData("DESKTOP_SWITCHDESKTOP", ObjectTypeKind.Desktop, 0x100u)]
    [InlineData("WINSTA_ALL_ACCESS|DELETE", ObjectTypeKind.WindowStation, 0x0001_037Fu)]
    [InlineData("ADS_RIGHT_DS_READ_PROP|RIGHT_DS_WRITE_PROPERTY|ACTRL_DS_LIST", ObjectTypeKind.DirectoryService, 0x34u)]
    [InlineData("DS_GENERIC_READ", ObjectTypeKind.DirectoryService, 0x0002_0094u)]
    [InlineData("READ_CONTROL|0x3", ObjectTypeKind.Generic, 0x0002_0003u)]
    public void Type_specific_names_parse(string text, ObjectTypeKind type, uint expected)
    {
        Assert.Equal(expected, Parse(text, type));
    }

    [Fact]
    public void Generic_names_are_returned_unmapped()
    {
        // CONTRACT.md: the caller maps generic names with the type's mapping before the check.
        AccessMask mask = AccessMaskNames.Parse("GENERIC_READ|DELETE", ObjectTypeKind.File);
        Assert.Equal(0x8001_0000u, mask.Value);
        Assert.Equal(0x0013_0089u, GenericMapping.File.Map(mask).Value);
    }

    [Fact]
    public void Unknown_name_reports_the_word_and_its_offset()
    {
        ParseError error = Fail("FILE_READ_DATA|BOGUS_RIGHT");
        Assert.Equal(15, error.Offset);
        Assert.False(error.IsBinary);
        Assert.Contains("'BOGUS_RIGHT'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'file'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_types_name_is_refused_and_the_message_names_its_type()
    {
        ParseError error = Fail("FILE_READ_DATA | TOKEN_QUERY");
        Assert.Equal(17, error.Offset);
        Assert.Contains("'TOKEN_QUERY'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'token'", error.Message, StringComparison.Ordinal);

        ParseError error2 = Fail("FILE_READ_DATA", ObjectTypeKind.Token);
        Assert.Equal(0, error2.Offset);
        Assert.Contains("'file'", error2.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData("|DELETE", 0)]
    [InlineData("  |DELETE", 2)]
    [InlineData("DELETE|", 7)]
    [InlineData("DELETE| ", 8)]
    [InlineData("DELETE||READ_CONTROL", 7)]
    [InlineData("DELETE| |READ_CONTROL", 8)]
    public void Empty_segments_are_reported_where_a_right_was_expected(string text, int offset)
    {
        ParseError error = Fail(text);
        Assert.Equal(offset, error.Offset);
        Assert.Contains("expected", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x", 2)]              // no hex digits
    [InlineData("0x12G4", 4)]          // 'G' is not a hex digit
    [InlineData("12ab", 2)]            // decimal number with letters
    [InlineData("DELETE|0x1_0", 10)]   // '_' is not a digit
    [InlineData("0x100000000", 0)]     // too large: offset of the number
    [InlineData("DELETE|4294967296", 7)]
    [InlineData("-1", 0)]              // no sign
    [InlineData("DELETE READ_CONTROL", 7)] // missing '|'
    [InlineData("DELETE,READ_CONTROL", 6)]
    [InlineData("DELETE|(READ_CONTROL)", 7)]
    [InlineData("FILE_READ_DATA|DELETE\n", 21)]
    public void Malformed_segments_are_reported_at_the_offending_character(string text, int offset)
    {
        Assert.Equal(offset, Fail(text).Offset);
    }

    [Fact]
    public void Parse_throws_FormatErrorException_with_the_offset()
    {
        FormatErrorException ex = Assert.Throws<FormatErrorException>(() => AccessMaskNames.Parse("DELETE|NOPE", ObjectTypeKind.File));
        Assert.Equal(7, ex.Offset);
        Assert.Contains("character 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_unknown_name_is_clipped_in_the_message()
    {
        string name = new('A', 10_000);
        ParseError error = Fail("DELETE|" + name);
        Assert.Equal(7, error.Offset);
        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void Null_text_and_undefined_types_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => AccessMaskNames.TryParse(null!, ObjectTypeKind.File, out _, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessMaskNames.TryParse("DELETE", (ObjectTypeKind)99, out _, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessMaskNames.Format(new AccessMask(1), (ObjectTypeKind)(-1)));
    }

    [Fact]
    public void TryGetValue_looks_up_one_name()
    {
        Assert.True(AccessMaskNames.TryGetValue("token_query", ObjectTypeKind.Token, out AccessMask value));
        Assert.Equal(8u, value.Value);
        Assert.True(AccessMaskNames.TryGetValue("SYNCHRONIZE", ObjectTypeKind.Key, out value));
        Assert.Equal(0x0010_0000u, value.Value);
        Assert.False(AccessMaskNames.TryGetValue("TOKEN_QUERY", ObjectTypeKind.File, out _));
    }
}
