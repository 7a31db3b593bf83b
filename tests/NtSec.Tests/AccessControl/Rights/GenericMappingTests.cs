using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Tests.AccessControl.Rights;

public class GenericMappingTests
{
    private const uint GR = AccessMask.GenericRead;
    private const uint GW = AccessMask.GenericWrite;
    private const uint GX = AccessMask.GenericExecute;
    private const uint GA = AccessMask.GenericAll;

    // Kernel types: Wine dlls/ntdll/tests/om.c test_object_types (NtQueryObject(ObjectTypesInformation)
    // on Windows 7-11). Service: "Service Security and Access Rights". DS: ntdsapi.h DS_GENERIC_*.
    // Generic: the project's type-neutral mapping (GenericMapping.Generic docs).
    public static TheoryData<ObjectTypeKind, uint, uint, uint, uint> Windows => new()
    {
        { ObjectTypeKind.File, 0x0012_0089, 0x0012_0116, 0x0012_00A0, 0x001F_01FF },
        { ObjectTypeKind.Directory, 0x0012_0089, 0x0012_0116, 0x0012_00A0, 0x001F_01FF },
        { ObjectTypeKind.Key, 0x0002_0019, 0x0002_0006, 0x0002_0039, 0x000F_003F },
        { ObjectTypeKind.Process, 0x0002_0410, 0x0002_0BEA, 0x0012_1001, 0x001F_FFFF },
        { ObjectTypeKind.Thread, 0x0002_0048, 0x0002_0437, 0x0012_1800, 0x001F_FFFF },
        { ObjectTypeKind.Token, 0x0002_001A, 0x0002_01E0, 0x0002_0005, 0x000F_01FF },
        { ObjectTypeKind.Event, 0x0002_0001, 0x0002_0002, 0x0012_0000, 0x001F_0003 },
        { ObjectTypeKind.Mutant, 0x0002_0001, 0x0002_0000, 0x0012_0000, 0x001F_0001 },
        { ObjectTypeKind.Semaphore, 0x0002_0001, 0x0002_0002, 0x0012_0000, 0x001F_0003 },
        { ObjectTypeKind.Section, 0x0002_0005, 0x0002_0002, 0x0002_0008, 0x000F_001F },
        { ObjectTypeKind.NamedPipe, 0x0012_0089, 0x0012_0116, 0x0012_00A0, 0x001F_01FF },
        { ObjectTypeKind.Service, 0x0002_008D, 0x0002_0002, 0x0002_0170, 0x000F_01FF },
        { ObjectTypeKind.Desktop, 0x0002_0041, 0x0002_00BE, 0x0002_0100, 0x000F_01FF },
        { ObjectTypeKind.WindowStation, 0x0002_0303, 0x0002_001C, 0x0002_0060, 0x000F_037F },
        { ObjectTypeKind.DirectoryService, 0x0002_0094, 0x0002_0028, 0x0002_0004, 0x000F_01FF },
        { ObjectTypeKind.Generic, 0x0002_0000, 0x0002_0000, 0x0002_0000, 0x001F_FFFF },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Each_type_has_the_windows_mapping(ObjectTypeKind kind, uint read, uint write, uint execute, uint all)
    {
        GenericMapping mapping = ObjectTypeInfo.Get(kind).GenericMapping;
        Assert.Equal(new GenericMapping(read, write, execute, all), mapping);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void Each_generic_bit_maps_to_its_field(ObjectTypeKind kind, uint read, uint write, uint execute, uint all)
    {
        // RtlMapGenericMask: OR in the field, clear the generic bits.
        GenericMapping mapping = ObjectTypeInfo.Get(kind).GenericMapping;
        Assert.Equal(read, mapping.Map(GR));
        Assert.Equal(write, mapping.Map(GW));
        Assert.Equal(execute, mapping.Map(GX));
        Assert.Equal(all, mapping.Map(GA));
        Assert.Equal(read | write | execute, mapping.Map(GR | GW | GX));
        Assert.Equal(all | read, mapping.Map(GA | GR));
        Assert.Equal(all | read | write | execute, mapping.Map(GR | GW | GX | GA));
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void Generic_all_covers_the_other_three(ObjectTypeKind kind, uint read, uint write, uint execute, uint all)
    {
        // True of every Windows mapping above (om.c values): GENERIC_ALL includes read, write and execute.
        _ = kind;
        Assert.Equal(all, all | read | write | execute);
    }

    [Fact]
    public void File_generic_all_with_generic_read_is_file_all_access()
    {
        // "File Security and Access Rights": GENERIC_ALL -> FILE_ALL_ACCESS.
        Assert.Equal(0x001F_01FFu, GenericMapping.File.Map(GA | GR));
        Assert.Equal(0x0012_0089u, GenericMapping.File.Map(GR));
    }

    [Fact]
    public void Non_generic_bits_are_kept()
    {
        // RtlMapGenericMask only touches the four generic bits.
        const uint others = 0x0001_0000 | 0x0100_0000 | 0x0200_0000 | 0x00C0_0000 | 0x0C00_0000 | 0x8000;
        Assert.Equal(0x0012_0089u | others, GenericMapping.File.Map(GR | others));
        Assert.Equal(others, GenericMapping.File.Map(others));
        Assert.Equal(0u, GenericMapping.File.Map(0u));
        Assert.Equal(AccessMask.MaximumAllowed, GenericMapping.Token.Map(AccessMask.MaximumAllowed));
    }

    [Fact]
    public void A_mask_without_generic_bits_is_unchanged()
    {
        foreach (uint mask in new uint[] { 1, 0x0012_0089, 0x001F_FFFF, 0x0FFF_FFFF, 0x0200_0000 })
        {
            Assert.Equal(mask, GenericMapping.Process.Map(mask));
        }
    }

    [Fact]
    public void Generic_bits_inside_a_mapping_are_seen_by_later_tests_and_then_cleared()
    {
        // RtlMapGenericMask (WRK, ReactOS) tests the mask as updated so far, in the order R, W, X, A,
        // and clears all four generic bits at the end.
        var odd = new GenericMapping(GW | 0x1, 0x2, GR | 0x4, 0x8);
        Assert.Equal(0x3u, odd.Map(GR));
        Assert.Equal(0x2u, odd.Map(GW));
        Assert.Equal(0x4u, odd.Map(GX)); // GR added by execute comes after the read test.
        Assert.Equal(0x8u, odd.Map(GA));
    }

    [Fact]
    public void Map_of_an_AccessMask_is_the_same_as_map_of_its_value()
    {
        Assert.Equal(new AccessMask(0x0012_0089), GenericMapping.File.Map(new AccessMask(GR)));
    }

    [Fact]
    public void Key_execute_is_wider_than_the_key_execute_macro()
    {
        // om.c test_object_types "Key": execute includes KEY_CREATE_LINK (0x20); the SDK macro does not.
        Assert.Equal((uint)KeyAccessRights.KEY_EXECUTE | (uint)KeyAccessRights.KEY_CREATE_LINK, GenericMapping.Key.GenericExecute);
    }

    [Fact]
    public void Token_mapping_is_the_object_type_not_the_sdk_macros()
    {
        // research/wine.md OPT-07 (om.c test_object_types "Token").
        Assert.NotEqual((uint)TokenAccessRights.TOKEN_READ, GenericMapping.Token.GenericRead);
        Assert.Equal(0x0002_001Au, GenericMapping.Token.GenericRead);
        Assert.Equal((uint)TokenAccessRights.TOKEN_ALL_ACCESS, GenericMapping.Token.GenericAll);
    }

    [Fact]
    public void ToString_shows_the_four_fields_in_hex()
    {
        Assert.Equal("R:0x00120089 W:0x00120116 E:0x001200A0 A:0x001F01FF", GenericMapping.File.ToString());
    }

    [Fact]
    public void Mappings_have_value_equality()
    {
        Assert.Equal(GenericMapping.File, GenericMapping.Directory);
        Assert.Equal(GenericMapping.File, GenericMapping.NamedPipe);
        Assert.NotEqual(GenericMapping.File, GenericMapping.Key);
    }
}
