using System.Globalization;

namespace NtSec.AccessControl.Rights;

/// <summary>
/// A GENERIC_MAPPING (winnt.h): the specific and standard rights each generic right stands for
/// on one object type. Immutable; <see cref="Map(uint)"/> is RtlMapGenericMask.
/// </summary>
/// <remarks>
/// The static instances are the mappings Windows 10/11 uses. For kernel object types they are
/// the object type's GenericMapping as NtQueryObject(ObjectTypesInformation) reports it on real
/// Windows — asserted by Wine's conformance test dlls/ntdll/tests/om.c test_object_types, which
/// runs on Windows 7-11 (research/wine.md OPT-07 and HDL-05). Where that differs from the
/// SDK's *_READ/*_WRITE/*_EXECUTE macros (Key, Token) the object type wins: it is what the
/// object manager applies.
/// </remarks>
/// <param name="GenericRead">The rights GENERIC_READ maps to.</param>
/// <param name="GenericWrite">The rights GENERIC_WRITE maps to.</param>
/// <param name="GenericExecute">The rights GENERIC_EXECUTE maps to.</param>
/// <param name="GenericAll">The rights GENERIC_ALL maps to.</param>
public readonly record struct GenericMapping(uint GenericRead, uint GenericWrite, uint GenericExecute, uint GenericAll)
{
    /// <summary>
    /// File objects: FILE_GENERIC_READ 0x00120089, FILE_GENERIC_WRITE 0x00120116,
    /// FILE_GENERIC_EXECUTE 0x001200A0, FILE_ALL_ACCESS 0x001F01FF (winnt.h; "File Security and
    /// Access Rights"; om.c test_object_types entries "File" and "Device").
    /// </summary>
    public static GenericMapping File { get; } = new(0x0012_0089, 0x0012_0116, 0x0012_00A0, 0x001F_01FF);

    /// <summary>
    /// File-system directories: the same as <see cref="File"/>, because a directory opened by
    /// NtCreateFile is an object of the "File" type and the I/O manager maps with that type's
    /// mapping (om.c test_object_types has no separate type for directories; the object manager's
    /// own "Directory" type, DIRECTORY_QUERY etc., is a different thing and not modelled here).
    /// </summary>
    public static GenericMapping Directory { get; } = File;

    /// <summary>
    /// Registry keys: read 0x00020019 (KEY_READ), write 0x00020006 (KEY_WRITE), execute
    /// 0x00020039 = STANDARD_RIGHTS_EXECUTE|KEY_CREATE_LINK|KEY_NOTIFY|KEY_ENUMERATE_SUB_KEYS|
    /// KEY_QUERY_VALUE, all 0x000F003F (KEY_ALL_ACCESS). The Key type's execute mapping includes
    /// KEY_CREATE_LINK and so is wider than the KEY_EXECUTE macro (0x00020019) that older kernels
    /// (WRK, ReactOS) used: om.c test_object_types "Key", no allowance for other values.
    /// </summary>
    public static GenericMapping Key { get; } = new(0x0002_0019, 0x0002_0006, 0x0002_0039, 0x000F_003F);

    /// <summary>
    /// Processes: read 0x00020410 = STANDARD_RIGHTS_READ|PROCESS_VM_READ|PROCESS_QUERY_INFORMATION;
    /// write 0x00020BEA = STANDARD_RIGHTS_WRITE|PROCESS_CREATE_THREAD|PROCESS_VM_OPERATION|
    /// PROCESS_VM_WRITE|PROCESS_DUP_HANDLE|PROCESS_CREATE_PROCESS|PROCESS_SET_QUOTA|
    /// PROCESS_SET_INFORMATION|PROCESS_SUSPEND_RESUME; execute 0x00121001 =
    /// STANDARD_RIGHTS_EXECUTE|SYNCHRONIZE|PROCESS_QUERY_LIMITED_INFORMATION|PROCESS_TERMINATE;
    /// all 0x001FFFFF (PROCESS_ALL_ACCESS). om.c test_object_types "Process"; Wine server/process.c.
    /// </summary>
    public static GenericMapping Process { get; } = new(0x0002_0410, 0x0002_0BEA, 0x0012_1001, 0x001F_FFFF);

    /// <summary>
    /// Threads: read 0x00020048 = STANDARD_RIGHTS_READ|THREAD_QUERY_INFORMATION|THREAD_GET_CONTEXT;
    /// write 0x00020437 = STANDARD_RIGHTS_WRITE|THREAD_SET_LIMITED_INFORMATION|
    /// THREAD_SET_INFORMATION|THREAD_SET_CONTEXT|THREAD_SUSPEND_RESUME|THREAD_TERMINATE|THREAD_ALERT;
    /// execute 0x00121800 = STANDARD_RIGHTS_EXECUTE|SYNCHRONIZE|THREAD_RESUME|
    /// THREAD_QUERY_LIMITED_INFORMATION; all 0x001FFFFF (THREAD_ALL_ACCESS). om.c
    /// test_object_types "Thread" (Windows before 8 lacks THREAD_RESUME); Wine server/thread.c.
    /// </summary>
    public static GenericMapping Thread { get; } = new(0x0002_0048, 0x0002_0437, 0x0012_1800, 0x001F_FFFF);

    /// <summary>
    /// Access tokens: read 0x0002001A = STANDARD_RIGHTS_READ|TOKEN_QUERY_SOURCE|TOKEN_QUERY|
    /// TOKEN_DUPLICATE; write 0x000201E0 = STANDARD_RIGHTS_WRITE|TOKEN_ADJUST_SESSIONID|
    /// TOKEN_ADJUST_DEFAULT|TOKEN_ADJUST_GROUPS|TOKEN_ADJUST_PRIVILEGES; execute 0x00020005 =
    /// STANDARD_RIGHTS_EXECUTE|TOKEN_IMPERSONATE|TOKEN_ASSIGN_PRIMARY; all 0x000F01FF
    /// (TOKEN_ALL_ACCESS). This is the Token object type's mapping (om.c test_object_types
    /// "Token", research/wine.md OPT-07; ReactOS changed to it too), not the SDK macros
    /// TOKEN_READ 0x00020008 / TOKEN_WRITE 0x000200E0 / TOKEN_EXECUTE 0x00020000 that the WRK used.
    /// </summary>
    public static GenericMapping Token { get; } = new(0x0002_001A, 0x0002_01E0, 0x0002_0005, 0x000F_01FF);

    /// <summary>
    /// Events: read 0x00020001 (STANDARD_RIGHTS_READ|EVENT_QUERY_STATE), write 0x00020002
    /// (STANDARD_RIGHTS_WRITE|EVENT_MODIFY_STATE), execute 0x00120000
    /// (STANDARD_RIGHTS_EXECUTE|SYNCHRONIZE), all 0x001F0003 (EVENT_ALL_ACCESS). om.c
    /// test_object_types "Event"; research/wine.md HDL-05 (DuplicateHandle with GENERIC_ALL).
    /// </summary>
    public static GenericMapping Event { get; } = new(0x0002_0001, 0x0002_0002, 0x0012_0000, 0x001F_0003);

    /// <summary>
    /// Mutants: read 0x00020001 (STANDARD_RIGHTS_READ|MUTANT_QUERY_STATE), write 0x00020000
    /// (STANDARD_RIGHTS_WRITE), execute 0x00120000 (STANDARD_RIGHTS_EXECUTE|SYNCHRONIZE), all
    /// 0x001F0001 (MUTANT_ALL_ACCESS). om.c test_object_types "Mutant"; WRK ExpMutantMapping.
    /// </summary>
    public static GenericMapping Mutant { get; } = new(0x0002_0001, 0x0002_0000, 0x0012_0000, 0x001F_0001);

    /// <summary>
    /// Semaphores: read 0x00020001 (STANDARD_RIGHTS_READ|SEMAPHORE_QUERY_STATE), write 0x00020002
    /// (STANDARD_RIGHTS_WRITE|SEMAPHORE_MODIFY_STATE), execute 0x00120000, all 0x001F0003
    /// (SEMAPHORE_ALL_ACCESS). om.c test_object_types "Semaphore".
    /// </summary>
    public static GenericMapping Semaphore { get; } = new(0x0002_0001, 0x0002_0002, 0x0012_0000, 0x001F_0003);

    /// <summary>
    /// Sections: read 0x00020005 (STANDARD_RIGHTS_READ|SECTION_QUERY|SECTION_MAP_READ), write
    /// 0x00020002 (STANDARD_RIGHTS_WRITE|SECTION_MAP_WRITE), execute 0x00020008
    /// (STANDARD_RIGHTS_EXECUTE|SECTION_MAP_EXECUTE), all 0x000F001F (SECTION_ALL_ACCESS). om.c
    /// test_object_types "Section"; Wine test_filemap_security (DuplicateHandle with each generic right).
    /// </summary>
    public static GenericMapping Section { get; } = new(0x0002_0005, 0x0002_0002, 0x0002_0008, 0x000F_001F);

    /// <summary>
    /// Named pipes: the same as <see cref="File"/>; a pipe handle is an object of the "File" type
    /// ("Named Pipe Security and Access Rights": GENERIC_READ/WRITE give the FILE_GENERIC_* rights).
    /// </summary>
    public static GenericMapping NamedPipe { get; } = File;

    /// <summary>
    /// Service objects of the SCM: read 0x0002008D = STANDARD_RIGHTS_READ|SERVICE_QUERY_CONFIG|
    /// SERVICE_QUERY_STATUS|SERVICE_INTERROGATE|SERVICE_ENUMERATE_DEPENDENTS; write 0x00020002 =
    /// STANDARD_RIGHTS_WRITE|SERVICE_CHANGE_CONFIG; execute 0x00020170 = STANDARD_RIGHTS_EXECUTE|
    /// SERVICE_START|SERVICE_STOP|SERVICE_PAUSE_CONTINUE|SERVICE_USER_DEFINED_CONTROL; all
    /// 0x000F01FF (SERVICE_ALL_ACCESS). "Service Security and Access Rights"; the same in
    /// NtApiDotNet ServiceUtils.GetServiceGenericMapping. (The 1992 Win32 docs put
    /// SERVICE_INTERROGATE under execute; current documentation is followed.)
    /// </summary>
    public static GenericMapping Service { get; } = new(0x0002_008D, 0x0002_0002, 0x0002_0170, 0x000F_01FF);

    /// <summary>
    /// Desktops: read 0x00020041 = STANDARD_RIGHTS_READ|DESKTOP_ENUMERATE|DESKTOP_READOBJECTS;
    /// write 0x000200BE = STANDARD_RIGHTS_WRITE|DESKTOP_WRITEOBJECTS|DESKTOP_JOURNALPLAYBACK|
    /// DESKTOP_JOURNALRECORD|DESKTOP_HOOKCONTROL|DESKTOP_CREATEMENU|DESKTOP_CREATEWINDOW; execute
    /// 0x00020100 = STANDARD_RIGHTS_EXECUTE|DESKTOP_SWITCHDESKTOP; all 0x000F01FF. om.c
    /// test_object_types "Desktop". (The current "Desktop Security and Access Rights" page gives
    /// a narrower table for desktops of the interactive window station; the object type wins.)
    /// </summary>
    public static GenericMapping Desktop { get; } = new(0x0002_0041, 0x0002_00BE, 0x0002_0100, 0x000F_01FF);

    /// <summary>
    /// Window stations: read 0x00020303 = STANDARD_RIGHTS_READ|WINSTA_READSCREEN|WINSTA_ENUMERATE|
    /// WINSTA_READATTRIBUTES|WINSTA_ENUMDESKTOPS; write 0x0002001C = STANDARD_RIGHTS_WRITE|
    /// WINSTA_WRITEATTRIBUTES|WINSTA_CREATEDESKTOP|WINSTA_ACCESSCLIPBOARD; execute 0x00020060 =
    /// STANDARD_RIGHTS_EXECUTE|WINSTA_EXITWINDOWS|WINSTA_ACCESSGLOBALATOMS; all 0x000F037F =
    /// STANDARD_RIGHTS_REQUIRED|WINSTA_ALL_ACCESS. om.c test_object_types "WindowStation";
    /// "Window Station Security and Access Rights".
    /// </summary>
    public static GenericMapping WindowStation { get; } = new(0x0002_0303, 0x0002_001C, 0x0002_0060, 0x000F_037F);

    /// <summary>
    /// Active Directory objects: read 0x00020094 (DS_GENERIC_READ), write 0x00020028
    /// (DS_GENERIC_WRITE), execute 0x00020004 (DS_GENERIC_EXECUTE), all 0x000F01FF
    /// (DS_GENERIC_ALL). ntdsapi.h; the ADS_RIGHT_GENERIC_* descriptions in iads.h ADS_RIGHTS_ENUM.
    /// </summary>
    public static GenericMapping DirectoryService { get; } = new(0x0002_0094, 0x0002_0028, 0x0002_0004, 0x000F_01FF);

    /// <summary>
    /// A type-neutral mapping for descriptors whose object type is unknown. An identity mapping
    /// is impossible (RtlMapGenericMask clears the generic bits), so this is the nearest thing:
    /// the standard-rights part that every Windows type shares — GENERIC_READ, GENERIC_WRITE and
    /// GENERIC_EXECUTE each map to READ_CONTROL (STANDARD_RIGHTS_READ/WRITE/EXECUTE) — and
    /// GENERIC_ALL maps to every standard and specific right, 0x001FFFFF
    /// (STANDARD_RIGHTS_ALL|SPECIFIC_RIGHTS_ALL). A project decision, not a Windows type.
    /// </summary>
    public static GenericMapping Generic { get; } = new(0x0002_0000, 0x0002_0000, 0x0002_0000, 0x001F_FFFF);

    /// <summary>
    /// Maps the generic bits of <paramref name="mask"/> as RtlMapGenericMask does: for
    /// GENERIC_READ, GENERIC_WRITE, GENERIC_EXECUTE and GENERIC_ALL in that order, if the bit is
    /// set in the mask as updated so far, OR in that field of the mapping; then clear the four
    /// generic bits. Every other bit (specific, standard, ACCESS_SYSTEM_SECURITY,
    /// MAXIMUM_ALLOWED, reserved) is kept. Testing the updated mask, as Windows does, only
    /// matters for a mapping whose fields themselves contain generic bits (RtlMapGenericMask in
    /// the WRK and in ReactOS).
    /// </summary>
    public uint Map(uint mask)
    {
        if ((mask & AccessMask.GenericRead) != 0)
        {
            mask |= GenericRead;
        }

        if ((mask & AccessMask.GenericWrite) != 0)
        {
            mask |= GenericWrite;
        }

        if ((mask & AccessMask.GenericExecute) != 0)
        {
            mask |= GenericExecute;
        }

        if ((mask & AccessMask.GenericAll) != 0)
        {
            mask |= GenericAll;
        }

        return mask & ~AccessMask.GenericBits;
    }

    /// <summary>Maps the generic bits of <paramref name="mask"/>; see <see cref="Map(uint)"/>.</summary>
    public AccessMask Map(AccessMask mask) => new(Map(mask.Value));

    /// <summary>The four fields as hex: "R:0x00120089 W:0x00120116 E:0x001200A0 A:0x001F01FF".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"R:0x{GenericRead:X8} W:0x{GenericWrite:X8} E:0x{GenericExecute:X8} A:0x{GenericAll:X8}");
}
