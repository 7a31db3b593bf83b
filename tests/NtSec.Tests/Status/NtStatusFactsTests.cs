using NtSec.Status;

namespace NtSec.Tests.Status;

// NT_SUCCESS / NT_INFORMATION / NT_WARNING / NT_ERROR and the field layout, [MS-ERREF] 2.3.
public sealed class NtStatusFactsTests
{
    [Theory]
    [InlineData(NtStatus.STATUS_SUCCESS, NtStatusSeverity.Success, true)]
    [InlineData(NtStatus.STATUS_NOT_ALL_ASSIGNED, NtStatusSeverity.Success, true)] // 0x106: AdjustTokenPrivileges partial success
    [InlineData(NtStatus.STATUS_PENDING, NtStatusSeverity.Success, true)]
    [InlineData(NtStatus.STATUS_TIMEOUT, NtStatusSeverity.Success, true)]
    [InlineData(NtStatus.STATUS_OBJECT_NAME_EXISTS, NtStatusSeverity.Informational, true)]
    [InlineData(NtStatus.STATUS_BUFFER_OVERFLOW, NtStatusSeverity.Warning, false)] // 0x80000005 is a warning
    [InlineData(NtStatus.STATUS_NO_MORE_ENTRIES, NtStatusSeverity.Warning, false)]
    [InlineData(NtStatus.STATUS_ACCESS_DENIED, NtStatusSeverity.Error, false)]
    [InlineData(NtStatus.STATUS_INVALID_ACE_CONDITION, NtStatusSeverity.Error, false)]
    public void Severity_and_success_follow_the_top_two_bits(NtStatus status, NtStatusSeverity severity, bool success)
    {
        Assert.Equal(severity, status.Severity());
        Assert.Equal(success, status.IsSuccess());
        Assert.Equal(severity == NtStatusSeverity.Informational, status.IsInformational());
        Assert.Equal(severity == NtStatusSeverity.Warning, status.IsWarning());
        Assert.Equal(severity == NtStatusSeverity.Error, status.IsError());
    }

    [Fact]
    public void Every_member_is_success_exactly_when_not_warning_or_error() =>
        Assert.All(Enum.GetValues<NtStatus>(), s => Assert.Equal(!s.IsWarning() && !s.IsError(), s.IsSuccess()));

    [Fact]
    public void Fields_split_as_documented()
    {
        var status = (NtStatus)0xC0070522u; // NTSTATUS_FROM_WIN32(ERROR_PRIVILEGE_NOT_HELD)
        Assert.Equal(NtStatusSeverity.Error, status.Severity());
        Assert.Equal((ushort)7, status.Facility());
        Assert.Equal((ushort)0x0522, status.Code());
        Assert.False(status.IsCustomerCode());
    }

    [Fact]
    public void Facility_is_twelve_bits_and_excludes_the_customer_and_reserved_bits()
    {
        var status = (NtStatus)0xFFFF1234u;
        Assert.Equal((ushort)0x0FFF, status.Facility());
        Assert.Equal((ushort)0x1234, status.Code());
        Assert.True(status.IsCustomerCode());
    }

    [Fact]
    public void Core_statuses_have_facility_zero()
    {
        Assert.Equal((ushort)0, NtStatus.STATUS_ACCESS_DENIED.Facility());
        Assert.Equal((ushort)0x22, NtStatus.STATUS_ACCESS_DENIED.Code());
    }
}
