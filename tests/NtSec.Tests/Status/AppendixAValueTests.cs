using NtSec.Status;

namespace NtSec.Tests.Status;

// Every status and error named in research/wine.md Appendix A, with the pairs it lists. Values
// come from the SDK headers (ntstatus.h, winerror.h; [MS-ERREF] 2.2 and 2.3.1); each mapping
// row is a cmp() row of Wine's dlls/ntdll/tests/error.c, which passes on Windows.
public sealed class AppendixAValueTests
{
    public static TheoryData<string, uint> Statuses { get; } = new()
    {
        { "STATUS_NOT_IMPLEMENTED", 0xC0000002 },
        { "STATUS_ACCESS_DENIED", 0xC0000022 },
        { "STATUS_INVALID_HANDLE", 0xC0000008 },
        { "STATUS_INFO_LENGTH_MISMATCH", 0xC0000004 },
        { "STATUS_INVALID_PARAMETER", 0xC000000D },
        { "STATUS_BUFFER_TOO_SMALL", 0xC0000023 },
        { "STATUS_ACCESS_VIOLATION", 0xC0000005 },
        { "STATUS_NO_TOKEN", 0xC000007C },
        { "STATUS_NOT_ALL_ASSIGNED", 0x00000106 },
        { "STATUS_NO_IMPERSONATION_TOKEN", 0xC000005C },
        { "STATUS_CANT_DISABLE_MANDATORY", 0xC000005D },
        { "STATUS_PRIVILEGE_NOT_HELD", 0xC0000061 },
        { "STATUS_INVALID_SECURITY_DESCR", 0xC0000079 },
        { "STATUS_BAD_IMPERSONATION_LEVEL", 0xC00000A5 },
        { "STATUS_CANT_OPEN_ANONYMOUS", 0xC00000A6 },
        { "STATUS_BAD_TOKEN_TYPE", 0xC00000A8 },
        { "STATUS_GENERIC_NOT_MAPPED", 0xC00000E6 },
        { "STATUS_UNKNOWN_REVISION", 0xC0000058 },
        { "STATUS_INVALID_INFO_CLASS", 0xC0000003 },
        { "STATUS_REVISION_MISMATCH", 0xC0000059 },
        { "STATUS_INVALID_OWNER", 0xC000005A },
        { "STATUS_INVALID_PRIMARY_GROUP", 0xC000005B },
        { "STATUS_BUFFER_OVERFLOW", 0x80000005 },
        // Named in the brief beside Appendix A.
        { "STATUS_INVALID_SID", 0xC0000078 },
        { "STATUS_INVALID_ACL", 0xC0000077 },
        { "STATUS_INVALID_ACE_CONDITION", 0xC00001A2 },
        { "STATUS_CANNOT_IMPERSONATE", 0xC000010D },
    };

    public static TheoryData<string, uint> Errors { get; } = new()
    {
        { "ERROR_INVALID_FUNCTION", 1 },
        { "ERROR_ACCESS_DENIED", 5 },
        { "ERROR_INVALID_HANDLE", 6 },
        { "ERROR_BAD_LENGTH", 24 },
        { "ERROR_INVALID_PARAMETER", 87 },
        { "ERROR_INSUFFICIENT_BUFFER", 122 },
        { "ERROR_NOACCESS", 998 },
        { "ERROR_NO_TOKEN", 1008 },
        { "ERROR_NOT_ALL_ASSIGNED", 1300 },
        { "ERROR_NO_IMPERSONATION_TOKEN", 1309 },
        { "ERROR_CANT_DISABLE_MANDATORY", 1310 },
        { "ERROR_PRIVILEGE_NOT_HELD", 1314 },
        { "ERROR_INVALID_SECURITY_DESCR", 1338 },
        { "ERROR_BAD_IMPERSONATION_LEVEL", 1346 },
        { "ERROR_CANT_OPEN_ANONYMOUS", 1347 },
        { "ERROR_BAD_TOKEN_TYPE", 1349 },
        { "ERROR_GENERIC_NOT_MAPPED", 1360 },
        { "ERROR_CANNOT_IMPERSONATE", 1368 },
        { "ERROR_UNKNOWN_REVISION", 1305 },
        // Named in the brief.
        { "ERROR_INVALID_SID", 1337 },
        { "ERROR_INVALID_ACL", 1336 },
        { "ERROR_NO_SUCH_PRIVILEGE", 1313 },
        { "ERROR_NOT_ENOUGH_MEMORY", 8 },
        { "ERROR_OUTOFMEMORY", 14 },
        { "ERROR_NOT_ENOUGH_QUOTA", 1816 },
        { "ERROR_CALL_NOT_IMPLEMENTED", 120 },
        { "ERROR_MR_MID_NOT_FOUND", 317 },
    };

    // Appendix A pairs, plus the statuses it lists alone (their cmp() rows in Wine's test).
    public static TheoryData<NtStatus, Win32Error> Pairs { get; } = new()
    {
        { NtStatus.STATUS_NOT_IMPLEMENTED, Win32Error.ERROR_INVALID_FUNCTION },
        { NtStatus.STATUS_ACCESS_DENIED, Win32Error.ERROR_ACCESS_DENIED },
        { NtStatus.STATUS_INVALID_HANDLE, Win32Error.ERROR_INVALID_HANDLE },
        { NtStatus.STATUS_INFO_LENGTH_MISMATCH, Win32Error.ERROR_BAD_LENGTH },
        { NtStatus.STATUS_INVALID_PARAMETER, Win32Error.ERROR_INVALID_PARAMETER },
        { NtStatus.STATUS_BUFFER_TOO_SMALL, Win32Error.ERROR_INSUFFICIENT_BUFFER },
        { NtStatus.STATUS_ACCESS_VIOLATION, Win32Error.ERROR_NOACCESS },
        { NtStatus.STATUS_NO_TOKEN, Win32Error.ERROR_NO_TOKEN },
        { NtStatus.STATUS_NOT_ALL_ASSIGNED, Win32Error.ERROR_NOT_ALL_ASSIGNED },
        { NtStatus.STATUS_NO_IMPERSONATION_TOKEN, Win32Error.ERROR_NO_IMPERSONATION_TOKEN },
        { NtStatus.STATUS_CANT_DISABLE_MANDATORY, Win32Error.ERROR_CANT_DISABLE_MANDATORY },
        { NtStatus.STATUS_PRIVILEGE_NOT_HELD, Win32Error.ERROR_PRIVILEGE_NOT_HELD },
        { NtStatus.STATUS_INVALID_SECURITY_DESCR, Win32Error.ERROR_INVALID_SECURITY_DESCR },
        { NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, Win32Error.ERROR_BAD_IMPERSONATION_LEVEL },
        { NtStatus.STATUS_CANT_OPEN_ANONYMOUS, Win32Error.ERROR_CANT_OPEN_ANONYMOUS },
        { NtStatus.STATUS_BAD_TOKEN_TYPE, Win32Error.ERROR_BAD_TOKEN_TYPE },
        { NtStatus.STATUS_GENERIC_NOT_MAPPED, Win32Error.ERROR_GENERIC_NOT_MAPPED },
        { NtStatus.STATUS_CANNOT_IMPERSONATE, Win32Error.ERROR_CANNOT_IMPERSONATE },
        { NtStatus.STATUS_UNKNOWN_REVISION, Win32Error.ERROR_UNKNOWN_REVISION },
        { NtStatus.STATUS_INVALID_INFO_CLASS, Win32Error.ERROR_INVALID_PARAMETER },
        { NtStatus.STATUS_REVISION_MISMATCH, Win32Error.ERROR_REVISION_MISMATCH },
        { NtStatus.STATUS_INVALID_OWNER, Win32Error.ERROR_INVALID_OWNER },
        { NtStatus.STATUS_INVALID_PRIMARY_GROUP, Win32Error.ERROR_INVALID_PRIMARY_GROUP },
        { NtStatus.STATUS_BUFFER_OVERFLOW, Win32Error.ERROR_MORE_DATA },
        // Pairs named in the brief: the non-obvious ones.
        { NtStatus.STATUS_NO_MEMORY, Win32Error.ERROR_NOT_ENOUGH_MEMORY },
        { NtStatus.STATUS_INSUFFICIENT_RESOURCES, Win32Error.ERROR_NO_SYSTEM_RESOURCES },
        { NtStatus.STATUS_QUOTA_EXCEEDED, Win32Error.ERROR_NOT_ENOUGH_QUOTA },
        { NtStatus.STATUS_OBJECT_TYPE_MISMATCH, Win32Error.ERROR_INVALID_HANDLE },
        { NtStatus.STATUS_HANDLE_NOT_CLOSABLE, Win32Error.ERROR_INVALID_HANDLE },
        { NtStatus.STATUS_SUCCESS, Win32Error.ERROR_SUCCESS },
        // Wine error.h row (no Windows-run test calls it).
        { NtStatus.STATUS_INVALID_ACE_CONDITION, Win32Error.ERROR_INVALID_ACE_CONDITION },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_has_the_sdk_value(string name, uint value)
    {
        Assert.Equal(value, (uint)Enum.Parse<NtStatus>(name));
        Assert.True(NtStatusNames.TryParse(name, out var parsed));
        Assert.Equal(value, (uint)parsed);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Win32_error_has_the_sdk_value(string name, uint value)
    {
        Assert.Equal(value, (uint)Enum.Parse<Win32Error>(name));
        Assert.True(Win32ErrorNames.TryParse(name, out var parsed));
        Assert.Equal(value, (uint)parsed);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void RtlNtStatusToDosError_maps_the_pair(NtStatus status, Win32Error error) =>
        Assert.Equal(error, NtStatusMapping.ToDosError(status));

    [Fact]
    public void Invalid_ace_condition_is_error_805() =>
        Assert.Equal(805u, (uint)NtStatusMapping.ToDosError(NtStatus.STATUS_INVALID_ACE_CONDITION));
}
