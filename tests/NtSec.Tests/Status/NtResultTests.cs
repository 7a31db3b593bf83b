using NtSec.Status;

namespace NtSec.Tests.Status;

// NtResult<T> and NtStatusException: statuses are data (DESIGN.md, error model 2); only
// GetValueOrThrow turns a failure into an exception.
public sealed class NtResultTests
{
    [Fact]
    public void Success_gives_the_value()
    {
        var result = new NtResult<string>(NtStatus.STATUS_SUCCESS, "token");
        Assert.True(result.IsSuccess);
        Assert.Equal("token", result.Value);
        Assert.Equal("token", result.GetValueOrThrow());
    }

    [Fact]
    public void Informational_status_is_a_success()
    {
        var result = new NtResult<int>(NtStatus.STATUS_NOT_ALL_ASSIGNED, 3);
        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.GetValueOrThrow());
    }

    [Fact]
    public void Failure_has_a_default_value_and_reading_it_does_not_throw()
    {
        var result = new NtResult<string>(NtStatus.STATUS_ACCESS_DENIED);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, result.Status);
    }

    [Fact]
    public void GetValueOrThrow_throws_the_status_for_an_error()
    {
        var result = new NtResult<string>(NtStatus.STATUS_ACCESS_DENIED);
        var e = Assert.Throws<NtStatusException>(() => result.GetValueOrThrow());
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, e.Status);
        Assert.Equal("(0xC0000022) STATUS_ACCESS_DENIED", e.Message);
    }

    [Fact]
    public void GetValueOrThrow_throws_for_a_warning()
    {
        // STATUS_BUFFER_OVERFLOW: NT_SUCCESS is false even though partial data was written.
        var result = new NtResult<int>(NtStatus.STATUS_BUFFER_OVERFLOW, 16);
        Assert.Equal("(0x80000005) STATUS_BUFFER_OVERFLOW",
            Assert.Throws<NtStatusException>(() => result.GetValueOrThrow()).Message);
    }

    [Fact]
    public void Exception_message_for_an_unnamed_status_repeats_the_hex() =>
        Assert.Equal("(0xC0001234) 0xC0001234", new NtStatusException((NtStatus)0xC0001234u).Message);

    [Fact]
    public void Deconstructs_and_prints()
    {
        var (status, value) = new NtResult<int>(NtStatus.STATUS_SUCCESS, 7);
        Assert.Equal(NtStatus.STATUS_SUCCESS, status);
        Assert.Equal(7, value);
        Assert.Equal("STATUS_SUCCESS: 7", new NtResult<int>(NtStatus.STATUS_SUCCESS, 7).ToString());
        Assert.Equal("STATUS_NO_TOKEN", new NtResult<int>(NtStatus.STATUS_NO_TOKEN).ToString());
    }
}
