using System.Collections.Frozen;

namespace NtSec.AccessControl.Rights;

/// <summary>
/// Facts about one <see cref="ObjectTypeKind"/>: its CLI name, its generic mapping, the masks
/// that are valid for it and its typed rights enum. Immutable; one shared instance per kind.
/// </summary>
public sealed class ObjectTypeInfo
{
    private static readonly ObjectTypeInfo[] ByKind =
    [
        new(ObjectTypeKind.File, "file", "File", GenericMapping.File, typeof(FileAccessRights), 0x001F_01FF),
        new(ObjectTypeKind.Directory, "directory", "File", GenericMapping.Directory, typeof(DirectoryAccessRights), 0x001F_01FF),
        new(ObjectTypeKind.Key, "key", "Key", GenericMapping.Key, typeof(KeyAccessRights), 0x001F_003F),
        new(ObjectTypeKind.Process, "process", "Process", GenericMapping.Process, typeof(ProcessAccessRights), 0x001F_FFFF),
        new(ObjectTypeKind.Thread, "thread", "Thread", GenericMapping.Thread, typeof(ThreadAccessRights), 0x001F_FFFF),
        new(ObjectTypeKind.Token, "token", "Token", GenericMapping.Token, typeof(TokenAccessRights), 0x001F_01FF),
        new(ObjectTypeKind.Event, "event", "Event", GenericMapping.Event, typeof(EventAccessRights), 0x001F_0003),
        new(ObjectTypeKind.Mutant, "mutant", "Mutant", GenericMapping.Mutant, typeof(MutantAccessRights), 0x001F_0001),
        new(ObjectTypeKind.Semaphore, "semaphore", "Semaphore", GenericMapping.Semaphore, typeof(SemaphoreAccessRights), 0x001F_0003),
        new(ObjectTypeKind.Section, "section", "Section", GenericMapping.Section, typeof(SectionAccessRights), 0x001F_001F),
        new(ObjectTypeKind.NamedPipe, "pipe", "File", GenericMapping.NamedPipe, typeof(NamedPipeAccessRights), 0x001F_01FF),
        new(ObjectTypeKind.Service, "service", null, GenericMapping.Service, typeof(ServiceAccessRights), null),
        new(ObjectTypeKind.Desktop, "desktop", "Desktop", GenericMapping.Desktop, typeof(DesktopAccessRights), 0x000F_01FF),
        new(ObjectTypeKind.WindowStation, "winsta", "WindowStation", GenericMapping.WindowStation, typeof(WindowStationAccessRights), 0x000F_037F),
        new(ObjectTypeKind.DirectoryService, "ds", null, GenericMapping.DirectoryService, typeof(DirectoryServiceAccessRights), null),
        new(ObjectTypeKind.Generic, "generic", null, GenericMapping.Generic, typeof(StandardRights), null),
    ];

    private static readonly FrozenDictionary<string, ObjectTypeInfo> ByName = BuildNameIndex();

    private ObjectTypeInfo(
        ObjectTypeKind kind,
        string name,
        string? kernelTypeName,
        GenericMapping genericMapping,
        Type rightsType,
        uint? kernelValidAccessMask)
    {
        Kind = kind;
        Name = name;
        KernelTypeName = kernelTypeName;
        GenericMapping = genericMapping;
        RightsType = rightsType;
        KernelValidAccessMask = kernelValidAccessMask is uint k ? new AccessMask(k) : null;

        uint specific = 0;
        foreach (object value in Enum.GetValuesAsUnderlyingType(rightsType))
        {
            specific |= (uint)value;
        }

        specific = (specific | genericMapping.GenericAll) & AccessMask.SpecificRightsAll;
        ValidAccessMask = new AccessMask(specific | AccessMask.StandardRightsAll | AccessMask.AccessSystemSecurity
            | AccessMask.MaximumAllowed | AccessMask.GenericBits);
    }

    /// <summary>Every kind, in <see cref="ObjectTypeKind"/> order.</summary>
    public static IReadOnlyList<ObjectTypeInfo> All => ByKind;

    /// <summary>The kind described.</summary>
    public ObjectTypeKind Kind { get; }

    /// <summary>The CLI name (CONTRACT.md TYPE): "file", "directory", "key", "process", "thread",
    /// "token", "event", "mutant", "semaphore", "section", "pipe", "service", "desktop", "winsta",
    /// "ds" or "generic".</summary>
    public string Name { get; }

    /// <summary>The Windows object-manager type name ("File", "Key", ...), or null for kinds that
    /// are not kernel objects (service, ds, generic). Directories and named pipes are "File".</summary>
    public string? KernelTypeName { get; }

    /// <summary>The generic mapping Windows applies to this kind (see <see cref="Rights.GenericMapping"/>).</summary>
    public GenericMapping GenericMapping { get; }

    /// <summary>The typed rights enum (for example <see cref="FileAccessRights"/>);
    /// <see cref="StandardRights"/> for <see cref="ObjectTypeKind.Generic"/>.</summary>
    public Type RightsType { get; }

    /// <summary>
    /// Every bit that means something in a requested mask for this kind: the specific bits of its
    /// rights enum and of its GENERIC_ALL mapping, STANDARD_RIGHTS_ALL, ACCESS_SYSTEM_SECURITY,
    /// MAXIMUM_ALLOWED and the four generic bits. The reserved bits 21-23 and 26-27 and unnamed
    /// specific bits are outside it. Windows does not reject such bits in a request; this mask is
    /// for callers that want to warn about them.
    /// </summary>
    public AccessMask ValidAccessMask { get; }

    /// <summary>
    /// The object type's ValidAccessMask as NtQueryObject(ObjectTypesInformation) reports it on
    /// Windows (Wine's om.c test_object_types: File 0x001F01FF, Key 0x001F003F, Process and Thread
    /// 0x001FFFFF, Token 0x001F01FF, Event and Semaphore 0x001F0003, Mutant 0x001F0001, Section
    /// 0x001F001F, Desktop 0x000F01FF, WindowStation 0x000F037F), or null for kinds that are not
    /// kernel objects.
    /// </summary>
    public AccessMask? KernelValidAccessMask { get; }

    /// <summary>The description of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static ObjectTypeInfo Get(ObjectTypeKind kind)
    {
        if ((uint)kind >= (uint)ByKind.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined ObjectTypeKind.");
        }

        return ByKind[(int)kind];
    }

    /// <summary>
    /// Looks a kind up by name, case-insensitively: the CLI names ("file", "pipe", "winsta", "ds",
    /// ...) and the <see cref="ObjectTypeKind"/> member names ("NamedPipe", "WindowStation",
    /// "DirectoryService", ...) are accepted.
    /// </summary>
    public static bool TryGetByName(ReadOnlySpan<char> name, [NotNullWhen(true)] out ObjectTypeInfo? info) =>
        ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out info);

    /// <summary>Looks a kind up by name as <see cref="TryGetByName"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="FormatErrorException">The name is not a known type; the message lists the CLI names.</exception>
    public static ObjectTypeInfo GetByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryGetByName(name, out ObjectTypeInfo? info))
        {
            return info;
        }

        throw new FormatErrorException(new ParseError(0, UnknownNameMessage(name)));
    }

    /// <summary>The CLI name.</summary>
    public override string ToString() => Name;

    internal static string UnknownNameMessage(ReadOnlySpan<char> name) =>
        $"unknown object type '{AccessMaskNames.Clip(name)}'; expected one of: {string.Join(", ", ByKind.Select(t => t.Name))}";

    private static FrozenDictionary<string, ObjectTypeInfo> BuildNameIndex()
    {
        var map = new Dictionary<string, ObjectTypeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (ObjectTypeInfo info in ByKind)
        {
            map[info.Name] = info;
            map[info.Kind.ToString()] = info;
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
