using NtSec.Status;

namespace NtSec.Tests.Status;

// The rules around the table. The 317 fallback is Microsoft's documented contract
// ("RtlNtStatusToDosError function (winternl.h)"); the others follow Wine's
// RtlNtStatusToDosErrorNoTeb (dlls/ntdll/error.c) and are not checked by a Windows-run test.
public sealed class NtStatusMappingRuleTests
{
    [Theory]
    [InlineData(0xC000BEEFu)] // error in the core facility, no such status
    [InlineData(0xC0000109u)] // STATUS_MESSAGE_NOT_FOUND: Windows maps it to 317 (Wine test, cmp)
    [InlineData(0x8000FFFFu)]
    [InlineData(0x0000FFFFu)]
    [InlineData(0xC0FF0001u)] // unknown facility
    public void Status_without_a_mapping_gives_ERROR_MR_MID_NOT_FOUND(uint value) =>
        Assert.Equal(Win32Error.ERROR_MR_MID_NOT_FOUND, NtStatusMapping.ToDosError((NtStatus)value));

    [Fact]
    public void Unmapped_result_is_317() =>
        Assert.Equal(317u, (uint)NtStatusMapping.ToDosError((NtStatus)0xC000BEEFu));

    [Theory]
    [InlineData(0xC0070005u, 5u)] // NTSTATUS_FROM_WIN32(ERROR_ACCESS_DENIED), FACILITY_NTWIN32
    [InlineData(0x80070005u, 5u)] // HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)
    [InlineData(0xC0070522u, 1314u)]
    [InlineData(0xC0010002u, 2u)] // high word 0xC001 (Wine error.c special case)
    public void Win32_code_in_the_low_word_is_returned(uint value, uint expected) =>
        Assert.Equal(expected, (uint)NtStatusMapping.ToDosError((NtStatus)value));

    [Theory]
    [InlineData(0xE0001234u)]
    [InlineData(0x20000001u)]
    [InlineData(0xA0000005u)]
    public void Customer_status_is_returned_unchanged(uint value) =>
        Assert.Equal(value, (uint)NtStatusMapping.ToDosError((NtStatus)value));

    [Fact]
    public void D_severity_is_read_as_C() =>
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, NtStatusMapping.ToDosError((NtStatus)0xD0000022u));
}
