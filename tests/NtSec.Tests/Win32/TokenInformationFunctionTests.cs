using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class TokenInformationFunctionTests
{
    [Fact]
    public void GetTokenInformation_reports_the_length_needed_with_ERROR_INSUFFICIENT_BUFFER()
    {
        // GTI-01, GTI-03 [W]: NULL,0 and needed-1 both fail with ERROR_INSUFFICIENT_BUFFER and the required size.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call);
        Assert.False(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenGroups, out var info, 0, out int needed));
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
        Assert.Null(info);
        Assert.True(needed > 1);
        Assert.False(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenGroups, out info, needed - 1, out int again));
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
        Assert.Equal(needed, again);
        Assert.Null(info);
        foreach (var c in new[] { TokenInformationClass.TokenUser, TokenInformationClass.TokenOwner, TokenInformationClass.TokenPrimaryGroup,
                     TokenInformationClass.TokenPrivileges, TokenInformationClass.TokenDefaultDacl })
        {
            Assert.False(Advapi32Tokens.GetTokenInformation(call, token, c, out _, 0, out int length));
            Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
            Assert.True(length > 0);
        }
    }

    [Fact]
    public void GetTokenInformation_success_leaves_the_last_error()
    {
        // GTI-02 [W]: "TRUE and the last error is not modified".
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call);
        Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenGroups, out _, 0, out int needed);
        Poison(call);
        Assert.True(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenGroups, out var info, needed, out int length));
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.Equal(needed, length);
        Assert.IsType<TokenGroupsInformation>(info);
    }

    [Fact]
    public void GetTokenInformation_of_the_impersonation_level_of_a_primary_token_is_ERROR_INVALID_PARAMETER()
    {
        // GTI-04 [W].
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.GetTokenInformation(call, ProcessToken(call), TokenInformationClass.TokenImpersonationLevel, out _, 4, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void GetTokenInformation_of_TokenElevation_with_a_wrong_length_is_ERROR_BAD_LENGTH()
    {
        // STATUS_INFO_LENGTH_MISMATCH -> ERROR_BAD_LENGTH (Appendix A); TokenElevation takes exactly 4 bytes.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.GetTokenInformation(call, ProcessToken(call), TokenInformationClass.TokenElevation, out _, 8, out int length));
        Assert.Equal(Win32Error.ERROR_BAD_LENGTH, LastError(call));
        Assert.Equal(4, length);
    }

    [Fact]
    public void GetTokenInformation_needs_TOKEN_QUERY()
    {
        // GetTokenInformation page: TOKEN_QUERY (TOKEN_QUERY_SOURCE for TokenSource).
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call, TokenDuplicate);
        Assert.False(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenUser, out _, 100, out _));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Tokens.GetTokenInformation(call, new NtHandle(0x5550), TokenInformationClass.TokenUser, out _, 100, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void GetTokenInformation_through_the_pseudo_handles()
    {
        // OTT-10 [W]: -4 and -6 answer for the process token; OTT-11 [W]: -5 without impersonation is ERROR_NO_TOKEN.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Tokens.GetTokenInformation(call, Advapi32Tokens.GetCurrentProcessToken(call), TokenInformationClass.TokenStatistics,
            out var process, 56, out _));
        Assert.True(Advapi32Tokens.GetTokenInformation(call, Advapi32Tokens.GetCurrentThreadEffectiveToken(call), TokenInformationClass.TokenStatistics,
            out var effective, 56, out _));
        Assert.Equal(process, effective);
        Assert.False(Advapi32Tokens.GetTokenInformation(call, Advapi32Tokens.GetCurrentThreadToken(call), TokenInformationClass.TokenStatistics,
            out _, 56, out _));
        Assert.Equal(Win32Error.ERROR_NO_TOKEN, LastError(call));
    }

    [Fact]
    public void SetTokenInformation_length_and_buffer_errors()
    {
        // STI-01 [W]: TokenDefaultDacl with NULL,0 is ERROR_BAD_LENGTH; STI-02 [W]: NULL with the right size is ERROR_NOACCESS;
        // STI-03 [W]: a NULL DefaultDacl clears it.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call);
        Assert.False(Advapi32Tokens.SetTokenInformation(call, token, TokenInformationClass.TokenDefaultDacl, null, 0));
        Assert.Equal(Win32Error.ERROR_BAD_LENGTH, LastError(call));
        Assert.False(Advapi32Tokens.SetTokenInformation(call, token, TokenInformationClass.TokenDefaultDacl, null, 8));
        Assert.Equal(Win32Error.ERROR_NOACCESS, LastError(call));
        var clear = new TokenDefaultDaclInformation(null);
        Assert.True(Advapi32Tokens.SetTokenInformation(call, token, TokenInformationClass.TokenDefaultDacl, clear, clear.Length));
        Assert.Null(TokenObject(call, token).State.DefaultDacl);
    }

    [Fact]
    public void SetTokenInformation_of_a_read_only_class_is_ERROR_INVALID_PARAMETER()
    {
        // STI-05 / ELV-05 [W]: TokenElevationType and TokenElevation cannot be set.
        var call = new Win32Fixture().AliceCall;
        var value = new TokenElevationTypeInformation(TokenElevationType.TokenElevationTypeFull);
        Assert.False(Advapi32Tokens.SetTokenInformation(call, ProcessToken(call), TokenInformationClass.TokenElevationType, value, 4));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void SetTokenInformation_of_the_session_needs_SeTcbPrivilege()
    {
        // STI-08 [R]: TokenSessionId without SeTcbPrivilege is STATUS_PRIVILEGE_NOT_HELD.
        var call = new Win32Fixture().AliceCall;
        var value = new TokenDwordInformation(TokenInformationClass.TokenSessionId, 2);
        Assert.False(Advapi32Tokens.SetTokenInformation(call, ProcessToken(call), TokenInformationClass.TokenSessionId, value, 4));
        Assert.Equal(Win32Error.ERROR_PRIVILEGE_NOT_HELD, LastError(call));
    }

    [Fact]
    public void SetTokenInformation_needs_TOKEN_ADJUST_DEFAULT()
    {
        // SetTokenInformation page: TOKEN_ADJUST_DEFAULT for the owner, primary group and default DACL.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call, TokenQuery);
        var owner = new TokenOwnerInformation(TokenObject(call, token).State.User.Sid);
        Assert.False(Advapi32Tokens.SetTokenInformation(call, token, TokenInformationClass.TokenOwner, owner, owner.Length));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void SetTokenInformation_refuses_an_owner_the_token_may_not_assign()
    {
        // STI-09 [D]: the owner must be the user or a group with SE_GROUP_OWNER.
        var call = new Win32Fixture().AliceCall;
        var owner = new TokenOwnerInformation(WellKnownSids.Everyone);
        Assert.False(Advapi32Tokens.SetTokenInformation(call, ProcessToken(call), TokenInformationClass.TokenOwner, owner, owner.Length));
        Assert.Equal(Win32Error.ERROR_INVALID_OWNER, LastError(call));
    }

    [Fact]
    public void AdjustTokenPrivileges_sets_ERROR_SUCCESS_or_ERROR_NOT_ALL_ASSIGNED_on_success()
    {
        // PRV-08 [W], PRV-11 [D]: TRUE both times; the last error says whether every privilege was adjusted.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call, TokenAdjustPrivileges | TokenQuery);
        var shutdown = PrivilegeTable.ToLuid(WellKnownPrivilege.SeShutdownPrivilege);
        var backup = PrivilegeTable.ToLuid(WellKnownPrivilege.SeBackupPrivilege);
        Poison(call);
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, token, false,
            [new LuidAndAttributes(shutdown, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
        Assert.Equal(Win32Error.ERROR_SUCCESS, LastError(call));
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, token, false,
            [new LuidAndAttributes(backup, PrivilegeAttributes.SE_PRIVILEGE_ENABLED)], 0, null, null));
        Assert.Equal(Win32Error.ERROR_NOT_ALL_ASSIGNED, LastError(call));
    }

    [Fact]
    public void AdjustTokenPrivileges_failures()
    {
        // AdjustTokenPrivileges page: TOKEN_ADJUST_PRIVILEGES, TOKEN_QUERY with a PreviousState; a PreviousState buffer that
        // is too small changes nothing and reports the length needed (ERROR_INSUFFICIENT_BUFFER); PRV-05: ReturnLength
        // untouched without a PreviousState.
        var call = new Win32Fixture().AliceCall;
        var shutdown = new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeShutdownPrivilege), PrivilegeAttributes.SE_PRIVILEGE_ENABLED);
        var queryOnly = ProcessToken(call, TokenQuery);
        Assert.False(Advapi32Tokens.AdjustTokenPrivileges(call, queryOnly, false, [shutdown], 0, null, null));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));

        var adjustOnly = ProcessToken(call, TokenAdjustPrivileges);
        var previous = new StrongBox<ImmutableArray<LuidAndAttributes>>();
        var length = new StrongBox<uint>(0xDEADBEEF);
        Assert.False(Advapi32Tokens.AdjustTokenPrivileges(call, adjustOnly, false, [shutdown], 16, previous, length));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(Advapi32Tokens.AdjustTokenPrivileges(call, adjustOnly, false, [shutdown], 16, null, length));
        Assert.Equal(0xDEADBEEFu, length.Value);

        var both = ProcessToken(call, TokenAdjustPrivileges | TokenQuery);
        var off = shutdown with { Attributes = PrivilegeAttributes.None };
        Assert.False(Advapi32Tokens.AdjustTokenPrivileges(call, both, false, [off], 0, previous, length));
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, LastError(call));
        Assert.Equal(16u, length.Value);
        Assert.True(TokenObject(call, both).State.HasEnabledPrivilege(WellKnownPrivilege.SeShutdownPrivilege));

        Assert.False(Advapi32Tokens.AdjustTokenPrivileges(call, both, false, null, 0, null, null));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void AdjustTokenGroups_cannot_disable_a_mandatory_group()
    {
        // GRP-04 [D]: ERROR_CANT_DISABLE_MANDATORY; GRP-02 [R]: without TOKEN_ADJUST_GROUPS ERROR_ACCESS_DENIED;
        // GRP-03 [R]: NULL NewState without ResetToDefault is ERROR_INVALID_PARAMETER, with it TRUE.
        var call = new Win32Fixture().AliceCall;
        var everyone = new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None);
        Assert.False(Advapi32Tokens.AdjustTokenGroups(call, ProcessToken(call, TokenDuplicate), false, [everyone], 0, null, null));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        var token = ProcessToken(call, TokenAdjustGroups);
        Assert.False(Advapi32Tokens.AdjustTokenGroups(call, token, false, [everyone], 0, null, null));
        Assert.Equal(Win32Error.ERROR_CANT_DISABLE_MANDATORY, LastError(call));
        Assert.False(Advapi32Tokens.AdjustTokenGroups(call, token, false, null, 0, null, null));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Poison(call);
        Assert.True(Advapi32Tokens.AdjustTokenGroups(call, token, true, null, 0, null, null));
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void AdjustTokenGroups_of_an_absent_group_succeeds_without_setting_the_last_error()
    {
        // Decision (ReactOS advapi32): STATUS_NOT_ALL_ASSIGNED is a success and does not touch the last error.
        var call = new Win32Fixture().AliceCall;
        var token = ProcessToken(call, TokenAdjustGroups);
        Poison(call);
        Assert.True(Advapi32Tokens.AdjustTokenGroups(call, token, false,
            [new SidAndAttributes(WellKnownSids.Administrators, GroupAttributes.SE_GROUP_ENABLED)], 0, null, null));
        Assert.Equal(Sentinel, call.Thread.LastError);
    }
}
