using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Tests.AccessControl.Rights;

public class ObjectTypeInfoTests
{
    [Theory]
    // CONTRACT.md TYPE names, plus the ObjectTypeKind member names; case-insensitive.
    [InlineData("file", ObjectTypeKind.File)]
    [InlineData("directory", ObjectTypeKind.Directory)]
    [InlineData("key", ObjectTypeKind.Key)]
    [InlineData("process", ObjectTypeKind.Process)]
    [InlineData("thread", ObjectTypeKind.Thread)]
    [InlineData("token", ObjectTypeKind.Token)]
    [InlineData("event", ObjectTypeKind.Event)]
    [InlineData("mutant", ObjectTypeKind.Mutant)]
    [InlineData("semaphore", ObjectTypeKind.Semaphore)]
    [InlineData("section", ObjectTypeKind.Section)]
    [InlineData("pipe", ObjectTypeKind.NamedPipe)]
    [InlineData("service", ObjectTypeKind.Service)]
    [InlineData("desktop", ObjectTypeKind.Desktop)]
    [InlineData("winsta", ObjectTypeKind.WindowStation)]
    [InlineData("ds", ObjectTypeKind.DirectoryService)]
    [InlineData("generic", ObjectTypeKind.Generic)]
    [InlineData("FILE", ObjectTypeKind.File)]
    [InlineData("Token", ObjectTypeKind.Token)]
    [InlineData("NamedPipe", ObjectTypeKind.NamedPipe)]
    [InlineData("windowstation", ObjectTypeKind.WindowStation)]
    [InlineData("DirectoryService", ObjectTypeKind.DirectoryService)]
    public void Names_find_their_kind(string name, ObjectTypeKind kind)
    {
        Assert.True(ObjectTypeInfo.TryGetByName(name, out ObjectTypeInfo? info));
        Assert.Equal(kind, info.Kind);
        Assert.Same(info, ObjectTypeInfo.GetByName(name));
        Assert.Same(info, ObjectTypeInfo.Get(kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("files")]
    [InlineData("mutex")]
    [InlineData(" file")]
    public void Unknown_names_are_refused(string name)
    {
        Assert.False(ObjectTypeInfo.TryGetByName(name, out _));
        FormatErrorException ex = Assert.Throws<FormatErrorException>(() => ObjectTypeInfo.GetByName(name));
        Assert.Equal(0, ex.Offset);
        Assert.Contains("winsta", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_has_one_entry_in_order()
    {
        ObjectTypeKind[] kinds = Enum.GetValues<ObjectTypeKind>();
        Assert.Equal(kinds.Length, ObjectTypeInfo.All.Count);
        for (int i = 0; i < kinds.Length; i++)
        {
            Assert.Equal(kinds[i], ObjectTypeInfo.All[i].Kind);
            Assert.Equal(ObjectTypeInfo.All[i].Name, ObjectTypeInfo.All[i].ToString());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectTypeInfo.Get((ObjectTypeKind)16));
    }

    [Theory]
    [InlineData(ObjectTypeKind.File, typeof(FileAccessRights))]
    [InlineData(ObjectTypeKind.Directory, typeof(DirectoryAccessRights))]
    [InlineData(ObjectTypeKind.Key, typeof(KeyAccessRights))]
    [InlineData(ObjectTypeKind.Process, typeof(ProcessAccessRights))]
    [InlineData(ObjectTypeKind.Thread, typeof(ThreadAccessRights))]
    [InlineData(ObjectTypeKind.Token, typeof(TokenAccessRights))]
    [InlineData(ObjectTypeKind.Event, typeof(EventAccessRights))]
    [InlineData(ObjectTypeKind.Mutant, typeof(MutantAccessRights))]
    [InlineData(ObjectTypeKind.Semaphore, typeof(SemaphoreAccessRights))]
    [InlineData(ObjectTypeKind.Section, typeof(SectionAccessRights))]
    [InlineData(ObjectTypeKind.NamedPipe, typeof(NamedPipeAccessRights))]
    [InlineData(ObjectTypeKind.Service, typeof(ServiceAccessRights))]
    [InlineData(ObjectTypeKind.Desktop, typeof(DesktopAccessRights))]
    [InlineData(ObjectTypeKind.WindowStation, typeof(WindowStationAccessRights))]
    [InlineData(ObjectTypeKind.DirectoryService, typeof(DirectoryServiceAccessRights))]
    [InlineData(ObjectTypeKind.Generic, typeof(StandardRights))]
    public void Each_kind_names_its_rights_enum(ObjectTypeKind kind, Type rightsType)
    {
        Assert.Equal(rightsType, ObjectTypeInfo.Get(kind).RightsType);
    }

    [Theory]
    [InlineData(ObjectTypeKind.File, 0xF31F_01FFu)]
    [InlineData(ObjectTypeKind.Key, 0xF31F_033Fu)]
    [InlineData(ObjectTypeKind.Process, 0xF31F_FFFFu)]
    [InlineData(ObjectTypeKind.Token, 0xF31F_01FFu)]
    [InlineData(ObjectTypeKind.Event, 0xF31F_0003u)]
    [InlineData(ObjectTypeKind.Mutant, 0xF31F_0001u)]
    [InlineData(ObjectTypeKind.Section, 0xF31F_003Fu)]
    [InlineData(ObjectTypeKind.WindowStation, 0xF31F_037Fu)]
    [InlineData(ObjectTypeKind.Generic, 0xF31F_FFFFu)]
    public void Valid_mask_is_specific_plus_standard_sacl_maximum_and_generic(ObjectTypeKind kind, uint expected)
    {
        Assert.Equal(expected, ObjectTypeInfo.Get(kind).ValidAccessMask.Value);
    }

    [Theory]
    // Wine dlls/ntdll/tests/om.c test_object_types: ValidAccessMask per kernel type.
    [InlineData(ObjectTypeKind.File, "File", 0x001F_01FFu)]
    [InlineData(ObjectTypeKind.Directory, "File", 0x001F_01FFu)]
    [InlineData(ObjectTypeKind.NamedPipe, "File", 0x001F_01FFu)]
    [InlineData(ObjectTypeKind.Key, "Key", 0x001F_003Fu)]
    [InlineData(ObjectTypeKind.Process, "Process", 0x001F_FFFFu)]
    [InlineData(ObjectTypeKind.Thread, "Thread", 0x001F_FFFFu)]
    [InlineData(ObjectTypeKind.Token, "Token", 0x001F_01FFu)]
    [InlineData(ObjectTypeKind.Event, "Event", 0x001F_0003u)]
    [InlineData(ObjectTypeKind.Mutant, "Mutant", 0x001F_0001u)]
    [InlineData(ObjectTypeKind.Semaphore, "Semaphore", 0x001F_0003u)]
    [InlineData(ObjectTypeKind.Section, "Section", 0x001F_001Fu)]
    [InlineData(ObjectTypeKind.Desktop, "Desktop", 0x000F_01FFu)]
    [InlineData(ObjectTypeKind.WindowStation, "WindowStation", 0x000F_037Fu)]
    public void Kernel_types_carry_the_windows_type_name_and_valid_mask(ObjectTypeKind kind, string typeName, uint mask)
    {
        ObjectTypeInfo info = ObjectTypeInfo.Get(kind);
        Assert.Equal(typeName, info.KernelTypeName);
        Assert.Equal(new AccessMask(mask), info.KernelValidAccessMask);
    }

    [Theory]
    [InlineData(ObjectTypeKind.Service)]
    [InlineData(ObjectTypeKind.DirectoryService)]
    [InlineData(ObjectTypeKind.Generic)]
    public void Non_kernel_kinds_have_no_kernel_type(ObjectTypeKind kind)
    {
        ObjectTypeInfo info = ObjectTypeInfo.Get(kind);
        Assert.Null(info.KernelTypeName);
        Assert.Null(info.KernelValidAccessMask);
    }

    [Fact]
    public void Every_generic_all_lies_inside_the_valid_mask()
    {
        foreach (ObjectTypeInfo info in ObjectTypeInfo.All)
        {
            GenericMapping m = info.GenericMapping;
            uint mapped = m.GenericRead | m.GenericWrite | m.GenericExecute | m.GenericAll;
            Assert.Equal(0u, mapped & ~info.ValidAccessMask.Value);
            if (info.KernelValidAccessMask is AccessMask kernel)
            {
                Assert.Equal(0u, m.GenericAll & ~kernel.Value);
            }
        }
    }
}
