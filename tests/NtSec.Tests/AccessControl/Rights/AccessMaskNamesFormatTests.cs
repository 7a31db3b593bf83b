using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Tests.AccessControl.Rights;

public class AccessMaskNamesFormatTests
{
    private static string Format(uint mask, ObjectTypeKind type = ObjectTypeKind.File) =>
        AccessMaskNames.Format(new AccessMask(mask), type);

    [Theory]
    [InlineData(0u, "0")]
    [InlineData(0x0012_0089u, "FILE_GENERIC_READ")]
    [InlineData(0x0013_0089u, "FILE_GENERIC_READ|DELETE")]
    [InlineData(0x001F_01FFu, "FILE_ALL_ACCESS")]
    [InlineData(0x011F_01FFu, "FILE_ALL_ACCESS|ACCESS_SYSTEM_SECURITY")]
    [InlineData(0x0012_01BFu, "FILE_GENERIC_WRITE|FILE_GENERIC_READ|FILE_GENERIC_EXECUTE")]
    [InlineData(0x0012_00A9u, "FILE_GENERIC_READ|FILE_GENERIC_EXECUTE")]
    [InlineData(0x0012_008Bu, "FILE_GENERIC_READ|FILE_WRITE_DATA")]
    [InlineData(0x0000_0001u, "FILE_READ_DATA")]
    [InlineData(0x0000_0181u, "FILE_READ_DATA|FILE_READ_ATTRIBUTES|FILE_WRITE_ATTRIBUTES")]
    [InlineData(0x0010_0000u, "SYNCHRONIZE")]
    [InlineData(0x001F_0000u, "DELETE|READ_CONTROL|WRITE_DAC|WRITE_OWNER|SYNCHRONIZE")]
    [InlineData(0x0200_0000u, "MAXIMUM_ALLOWED")]
    [InlineData(0xF000_0000u, "GENERIC_ALL|GENERIC_EXECUTE|GENERIC_WRITE|GENERIC_READ")]
    [InlineData(0x0000_0200u, "0x00000200")]
    [InlineData(0x00C0_0001u, "FILE_READ_DATA|0x00C00000")]
    [InlineData(0x0C00_0000u, "0x0C000000")]
    public void File_masks_format_with_composites_first(uint mask, string expected)
    {
        Assert.Equal(expected, Format(mask));
    }

    [Theory]
    [InlineData(0x000F_01FFu, ObjectTypeKind.Token, "TOKEN_ALL_ACCESS")]
    [InlineData(0x0002_0008u, ObjectTypeKind.Token, "TOKEN_READ")]
    [InlineData(0x0000_000Au, ObjectTypeKind.Token, "TOKEN_DUPLICATE|TOKEN_QUERY")]
    [InlineData(0x0002_0000u, ObjectTypeKind.Token, "READ_CONTROL")] // TOKEN_EXECUTE is never printed
    [InlineData(0x0002_001Au, ObjectTypeKind.Token, "TOKEN_READ|TOKEN_DUPLICATE|TOKEN_QUERY_SOURCE")]
    [InlineData(0x001F_FFFFu, ObjectTypeKind.Process, "PROCESS_ALL_ACCESS")]
    [InlineData(0x0010_1000u, ObjectTypeKind.Process, "PROCESS_QUERY_LIMITED_INFORMATION|SYNCHRONIZE")]
    [InlineData(0x0002_0019u, ObjectTypeKind.Key, "KEY_READ")] // not KEY_EXECUTE
    [InlineData(0x0002_0039u, ObjectTypeKind.Key, "KEY_READ|KEY_CREATE_LINK")]
    [InlineData(0x000F_003Fu, ObjectTypeKind.Key, "KEY_ALL_ACCESS")]
    [InlineData(0x0000_0300u, ObjectTypeKind.Key, "KEY_WOW64_RES")]
    [InlineData(0x0000_0001u, ObjectTypeKind.Directory, "FILE_LIST_DIRECTORY")]
    [InlineData(0x0012_0089u, ObjectTypeKind.Directory, "FILE_GENERIC_READ")]
    [InlineData(0x0000_0024u, ObjectTypeKind.Directory, "FILE_ADD_SUBDIRECTORY|FILE_TRAVERSE")]
    [InlineData(0x0000_0004u, ObjectTypeKind.NamedPipe, "FILE_CREATE_PIPE_INSTANCE")]
    [InlineData(0x001F_0001u, ObjectTypeKind.Mutant, "MUTANT_ALL_ACCESS")]
    [InlineData(0x000F_001Fu, ObjectTypeKind.Section, "SECTION_ALL_ACCESS")]
    [InlineData(0x0000_0020u, ObjectTypeKind.Section, "SECTION_MAP_EXECUTE_EXPLICIT")]
    [InlineData(0x000F_037Fu, ObjectTypeKind.WindowStation, "WINSTA_ALL_ACCESS|DELETE|READ_CONTROL|WRITE_DAC|WRITE_OWNER")]
    [InlineData(0x0002_0094u, ObjectTypeKind.DirectoryService, "DS_GENERIC_READ")]
    [InlineData(0x0000_0030u, ObjectTypeKind.DirectoryService, "ADS_RIGHT_DS_READ_PROP|ADS_RIGHT_DS_WRITE_PROP")]
    [InlineData(0x000F_01FFu, ObjectTypeKind.Service, "SERVICE_ALL_ACCESS")]
    [InlineData(0x001F_0003u, ObjectTypeKind.Generic, "DELETE|READ_CONTROL|WRITE_DAC|WRITE_OWNER|SYNCHRONIZE|0x00000003")]
    public void Type_masks_use_the_types_names(uint mask, ObjectTypeKind type, string expected)
    {
        Assert.Equal(expected, Format(mask, type));
    }

    public static TheoryData<ObjectTypeKind> AllKinds()
    {
        var data = new TheoryData<ObjectTypeKind>();
        foreach (ObjectTypeKind kind in Enum.GetValues<ObjectTypeKind>())
        {
            data.Add(kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Format_output_parses_back_to_the_same_mask(ObjectTypeKind kind)
    {
        var masks = new List<uint> { 0, 1, 0xFFFF, 0xFFFF_FFFF, 0x8000_0000, 0x0200_0000, 0x0100_0000, 0x00E0_0000, 0x0C00_0000 };
        for (int bit = 0; bit < 32; bit++)
        {
            masks.Add(1u << bit);
        }

        GenericMapping mapping = ObjectTypeInfo.Get(kind).GenericMapping;
        masks.AddRange([mapping.GenericRead, mapping.GenericWrite, mapping.GenericExecute, mapping.GenericAll]);
        masks.Add(mapping.GenericRead | mapping.GenericExecute);
        masks.Add(mapping.GenericAll | AccessMask.AccessSystemSecurity);

        var random = new Random(20240611 + (int)kind);
        for (int i = 0; i < 2000; i++)
        {
            masks.Add((uint)random.NextInt64(0, 1L << 32));
            masks.Add((uint)random.Next(0, 0x20_0000)); // mostly specific + standard bits
        }

        foreach (uint mask in masks)
        {
            string text = AccessMaskNames.Format(new AccessMask(mask), kind);
            Assert.True(AccessMaskNames.TryParse(text, kind, out AccessMask parsed, out ParseError error), $"{kind} 0x{mask:X8} -> '{text}': {error}");
            Assert.Equal(mask, parsed.Value);
        }
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_name_of_a_type_parses_and_formats_back_to_its_value(ObjectTypeKind kind)
    {
        foreach (string name in Enum.GetNames(ObjectTypeInfo.Get(kind).RightsType))
        {
            AccessMask value = AccessMaskNames.Parse(name, kind);
            Assert.Equal(value, AccessMaskNames.Parse(AccessMaskNames.Format(value, kind), kind));
        }
    }
}
