using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.TokenInformation.TokenInfoFixture;

namespace NtSec.Tests.Kernel.TokenInformation;

/// <summary>NtQueryInformationToken: statuses, sizes on failure, handles and the GTI-* cases of wine.md 1.9.</summary>
public class QueryTests
{
    private static NtStatus Q(KernelCall call, NtHandle handle, TokenInformationClass c, int length,
        out NtSec.Kernel.Native.TokenInformation? info, out int returnLength) =>
        TokenInformationRoutines.NtQueryInformationToken(call, handle, c, length, out info, out returnLength);

    [Fact]
    public void Groups_with_no_buffer_and_with_one_byte_too_few_are_too_small_and_write_nothing()
    {
        // [W] GTI-01: TokenGroups with NULL,0 -> ERROR_INSUFFICIENT_BUFFER, needed > 1; needed-1 -> the same,
        // buffer untouched. [W] GTI-02: the right size succeeds.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenAllAccess);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, Q(k.AliceCall, h, TokenInformationClass.TokenGroups, 0, out var info, out int needed));
        Assert.Null(info);
        Assert.True(needed > 1);
        Assert.Equal(Win32Error.ERROR_INSUFFICIENT_BUFFER, NtStatusMapping.ToDosError(NtStatus.STATUS_BUFFER_TOO_SMALL));
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, Q(k.AliceCall, h, TokenInformationClass.TokenGroups, needed - 1, out info, out int again));
        Assert.Null(info);
        Assert.Equal(needed, again);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, TokenInformationClass.TokenGroups, needed, out info, out int returned));
        Assert.Equal(needed, returned);
        Assert.IsType<TokenGroupsInformation>(info);
        // A larger buffer succeeds too and still reports the exact size.
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, TokenInformationClass.TokenGroups, needed + 100, out _, out returned));
        Assert.Equal(needed, returned);
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenUser)]
    [InlineData(TokenInformationClass.TokenOwner)]
    [InlineData(TokenInformationClass.TokenPrimaryGroup)]
    [InlineData(TokenInformationClass.TokenPrivileges)]
    [InlineData(TokenInformationClass.TokenDefaultDacl)]
    [InlineData(TokenInformationClass.TokenStatistics)]
    [InlineData(TokenInformationClass.TokenSource)]
    [InlineData(TokenInformationClass.TokenRestrictedSids)]
    public void Variable_and_fixed_classes_report_the_needed_size_when_the_buffer_is_empty(TokenInformationClass c)
    {
        // [W] GTI-03 (User, Owner, PrimaryGroup, Privileges, DefaultDacl), [R] GTI-15 and the ReactOS apitest
        // (Statistics, Source, RestrictedSids): STATUS_BUFFER_TOO_SMALL with the needed length, never
        // STATUS_BUFFER_OVERFLOW.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery | TokenQuerySource);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, Q(k.AliceCall, h, c, 0, out var info, out int needed));
        Assert.Null(info);
        Assert.True(needed > 0);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, c, needed, out info, out _));
        Assert.Equal(needed, info!.Length);
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenType, 4)]
    [InlineData(TokenInformationClass.TokenSessionId, 4)]
    [InlineData(TokenInformationClass.TokenSandBoxInert, 4)]
    [InlineData(TokenInformationClass.TokenOrigin, 8)]
    [InlineData(TokenInformationClass.TokenElevationType, 4)]
    [InlineData(TokenInformationClass.TokenHasRestrictions, 1)]
    [InlineData(TokenInformationClass.TokenVirtualizationAllowed, 4)]
    [InlineData(TokenInformationClass.TokenVirtualizationEnabled, 4)]
    [InlineData(TokenInformationClass.TokenUIAccess, 4)]
    [InlineData(TokenInformationClass.TokenMandatoryPolicy, 4)]
    [InlineData(TokenInformationClass.TokenIsAppContainer, 4)]
    [InlineData(TokenInformationClass.TokenAppContainerNumber, 4)]
    [InlineData(TokenInformationClass.TokenIsRestricted, 4)]
    [InlineData(TokenInformationClass.TokenPrivateNameSpace, 4)]
    public void Fixed_size_classes_are_too_small_one_byte_short_and_fit_exactly(TokenInformationClass c, int size)
    {
        // Windows writes ReturnLength = the fixed size, then STATUS_BUFFER_TOO_SMALL when the buffer is shorter.
        // TokenHasRestrictions is documented as a DWORD but Windows writes one byte (ReturnLength 1).
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL, Q(k.AliceCall, h, c, size - 1, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(size, needed);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, c, size, out info, out int returned));
        Assert.Equal(size, returned);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, c, size + 4, out _, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    public void Elevation_needs_exactly_four_bytes_and_says_so_before_looking_at_the_handle(int length)
    {
        // Windows 11 NtQueryInformationToken: TokenElevation writes ReturnLength 4 and fails any other length with
        // STATUS_INFO_LENGTH_MISMATCH (Win32 ERROR_BAD_LENGTH), before referencing the handle.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, Q(k.AliceCall, new NtHandle(0xbad0), TokenInformationClass.TokenElevation, length, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(4, needed);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, Q(k.AliceCall, new NtHandle(0xbad0), TokenInformationClass.TokenElevation, 4, out _, out needed));
        Assert.Equal(4, needed);
    }

    [Fact]
    public void Impersonation_level_of_a_primary_token_is_an_invalid_class()
    {
        // [W] GTI-04: GetTokenInformation(primary token opened MAXIMUM_ALLOWED, TokenImpersonationLevel) fails with
        // ERROR_INVALID_PARAMETER; the NT status is STATUS_INVALID_INFO_CLASS (ReactOS NtQueryInformationToken
        // apitest on Windows; Windows 11 kernel), which maps to that error. ReturnLength is not written.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, 0x02000000);
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Q(k.AliceCall, h, TokenInformationClass.TokenImpersonationLevel, 4, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(0, needed);
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, NtStatusMapping.ToDosError(NtStatus.STATUS_INVALID_INFO_CLASS));
    }

    [Theory]
    [InlineData(SecurityImpersonationLevel.SecurityAnonymous)]
    [InlineData(SecurityImpersonationLevel.SecurityIdentification)]
    [InlineData(SecurityImpersonationLevel.SecurityImpersonation)]
    [InlineData(SecurityImpersonationLevel.SecurityDelegation)]
    public void Impersonation_tokens_report_their_level(SecurityImpersonationLevel level)
    {
        // [W] GTI-05: DuplicateToken(..., SecurityAnonymous) reports SecurityAnonymous; ReactOS apitest likewise.
        var k = new TokenInfoFixture();
        var (_, h) = NewToken(k.AliceCall, Duplicate(TokenPresets.User, TokenType.TokenImpersonation, level));
        Assert.Equal(level, Query<TokenImpersonationLevelInformation>(k.AliceCall, h, TokenInformationClass.TokenImpersonationLevel).ImpersonationLevel);
    }

    [Fact]
    public void An_anonymous_level_token_can_be_queried_for_anything()
    {
        // [W] GTI-06: an Anonymous-level impersonation token answers TokenUser and TokenPrivileges.
        var k = new TokenInfoFixture();
        var (_, h) = NewToken(k.AliceCall, Duplicate(TokenPresets.User, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityAnonymous));
        Assert.Equal(TokenPresets.AliceSid, Query<TokenUserInformation>(k.AliceCall, h, TokenInformationClass.TokenUser).User.Sid);
        Assert.Equal(5, Query<TokenPrivilegesInformation>(k.AliceCall, h, TokenInformationClass.TokenPrivileges).Privileges.Length);
    }

    [Fact]
    public void Token_type_is_primary_or_impersonation_in_four_bytes()
    {
        // [W] GTI-07: TokenType gives TokenPrimary / TokenImpersonation with ReturnLength sizeof(TOKEN_TYPE).
        var k = new TokenInfoFixture();
        Assert.Equal(TokenType.TokenPrimary, Query<TokenTypeInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenType).TokenType);
        var (_, imp) = NewToken(k.AliceCall, Duplicate(TokenPresets.User, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation));
        Assert.Equal(TokenType.TokenImpersonation, Query<TokenTypeInformation>(k.AliceCall, imp, TokenInformationClass.TokenType).TokenType);
    }

    [Fact]
    public void Logon_sid_is_one_group_with_the_logon_id_attributes()
    {
        // [W] GTI-08: TokenLogonSid: GroupCount 1, S-1-5-5-X-Y, attributes 0xC0000007.
        var k = new TokenInfoFixture();
        var info = Query<TokenGroupsInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenLogonSid);
        var g = Assert.Single(info.Groups);
        Assert.Equal(TokenPresets.AliceLogonSid, g.Sid);
        Assert.Equal(0xC0000007u, (uint)g.Attributes);
        Assert.Equal(TokenInformationClass.TokenLogonSid, info.InformationClass);
    }

    [Fact]
    public void Logon_sid_of_a_token_without_one_is_not_found()
    {
        // Windows 11 kernel: STATUS_NOT_FOUND when no entry carries SE_GROUP_LOGON_ID; ReturnLength is not written.
        // The service presets carry no logon SID.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_NOT_FOUND,
            Q(k.ServiceCall, OpenOwnToken(k.ServiceCall, TokenQuery), TokenInformationClass.TokenLogonSid, 100, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(0, needed);
    }

    [Fact]
    public void Is_app_container_is_zero_in_four_bytes()
    {
        // [W] GTI-09: TokenIsAppContainer succeeds with ReturnLength 4, value 0.
        var k = new TokenInfoFixture();
        var info = Query<TokenDwordInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenIsAppContainer);
        Assert.Equal(0u, info.Value);
    }

    [Theory]
    [InlineData("alice", "S-1-16-8192")]
    [InlineData("admin-elevated", "S-1-16-12288")]
    public void Integrity_level_has_the_integrity_attributes(string process, string label)
    {
        // [W] GTI-10: TokenIntegrityLevel Label.Attributes = SE_GROUP_INTEGRITY|SE_GROUP_INTEGRITY_ENABLED (0x60),
        // SID S-1-16-8192 (medium) or S-1-16-12288 (high); a 64-byte buffer is enough.
        var k = new TokenInfoFixture();
        var call = process == "alice" ? k.AliceCall : k.AdminFullCall;
        var h = OpenOwnToken(call, TokenQuery);
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(call, h, TokenInformationClass.TokenIntegrityLevel, 64, out var info, out _));
        var label2 = Assert.IsType<TokenMandatoryLabelInformation>(info).Label;
        Assert.Equal(0x60u, (uint)label2.Attributes);
        Assert.Equal(Sid.Parse(label), label2.Sid);
    }

    [Fact]
    public void Groups_list_the_integrity_label_last()
    {
        // The label lives in UserAndGroups on Windows, so TokenGroups carries it (whoami /groups prints it last)
        // with the same 0x60 attributes TokenIntegrityLevel reports (GTI-10).
        var k = new TokenInfoFixture();
        var groups = Query<TokenGroupsInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenGroups).Groups;
        Assert.Equal(TokenPresets.User.Groups.Length + 1, groups.Length);
        Assert.Equal(TokenPresets.User.Groups.ToArray(), groups[..^1].ToArray());
        Assert.Equal(new SidAndAttributes(WellKnownSids.MediumMandatoryLevel, (GroupAttributes)0x60), groups[^1]);
    }

    [Fact]
    public void Pseudo_handles_answer_for_the_process_and_effective_token()
    {
        // [W] GTI-11: TokenStatistics via a handle, via GetCurrentProcessToken() (-4) and via
        // GetCurrentThreadEffectiveToken() (-6) are identical.
        var k = new TokenInfoFixture();
        var viaHandle = Query<TokenStatisticsInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenStatistics);
        Assert.Equal(viaHandle, Query<TokenStatisticsInformation>(k.AliceCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenStatistics));
        Assert.Equal(viaHandle, Query<TokenStatisticsInformation>(k.AliceCall, NtHandle.CurrentThreadEffectiveToken, TokenInformationClass.TokenStatistics));
        // The pseudo handles grant TOKEN_QUERY|TOKEN_QUERY_SOURCE: TokenSource works too.
        Assert.Equal("User32", Query<TokenSourceInformation>(k.AliceCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenSource).Source.Name);
    }

    [Fact]
    public void The_thread_token_pseudo_handle_of_a_thread_that_does_not_impersonate_has_no_token()
    {
        // [W-todo] OTT-11 / test_pseudo_tokens: GetTokenInformation(GetCurrentThreadToken(), ...) fails with ERROR_NO_TOKEN.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_NO_TOKEN, Q(k.AliceCall, NtHandle.CurrentThreadToken, TokenInformationClass.TokenStatistics, 56, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(0, needed);
    }

    [Fact]
    public void The_effective_token_pseudo_handle_follows_impersonation()
    {
        // -6 answers for the impersonation token while the thread impersonates, -4 still for the process token.
        var k = new TokenInfoFixture();
        var thread = k.Alice.FindThread("main")!;
        var imp = Machine.NewTokenObject(Duplicate(TokenPresets.User, TokenType.TokenImpersonation, SecurityImpersonationLevel.SecurityImpersonation));
        thread.Impersonation = new ImpersonationState(imp, SecurityImpersonationLevel.SecurityImpersonation, false, false);
        Assert.Equal(TokenType.TokenImpersonation, Query<TokenTypeInformation>(k.AliceCall, NtHandle.CurrentThreadEffectiveToken, TokenInformationClass.TokenType).TokenType);
        Assert.Equal(TokenType.TokenImpersonation, Query<TokenTypeInformation>(k.AliceCall, NtHandle.CurrentThreadToken, TokenInformationClass.TokenType).TokenType);
        Assert.Equal(TokenType.TokenPrimary, Query<TokenTypeInformation>(k.AliceCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenType).TokenType);
    }

    [Fact]
    public void Default_dacl_cleared_to_null_answers_a_null_pointer_in_eight_bytes()
    {
        // [W] GTI-12: after SetTokenInformation(TokenDefaultDacl, {NULL}) the query gives DefaultDacl NULL and
        // ReturnLength == sizeof(TOKEN_DEFAULT_DACL) (8 on x64). Microsoft's NtQueryInformationToken page says
        // ReturnLength is 0 in this case; the Windows-validated test and the kernel say 8.
        var k = new TokenInfoFixture();
        var (_, h) = NewToken(k.AliceCall, TokenPresets.User);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenInformationRoutines.NtSetInformationToken(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl,
            new TokenDefaultDaclInformation(null)));
        Assert.Equal(NtStatus.STATUS_SUCCESS, Q(k.AliceCall, h, TokenInformationClass.TokenDefaultDacl, 100, out var info, out int returned));
        Assert.Null(Assert.IsType<TokenDefaultDaclInformation>(info).DefaultDacl);
        Assert.Equal(8, returned);
    }

    [Fact]
    public void Restricted_sids_sandbox_inert_and_has_restrictions_follow_filtering()
    {
        // [D] GTI-16 and the ReactOS apitest: an unrestricted token has GroupCount 0 in TokenRestrictedSids
        // (8 bytes: the TOKEN_GROUPS header) and is not sandbox-inert; NtFilterToken with one restricting SID gives
        // GroupCount 1; SANDBOX_INERT makes TokenSandBoxInert TRUE. TokenHasRestrictions is non-zero for a filtered
        // token ("the token has ever been filtered") and TokenIsRestricted for a restricted one.
        var k = new TokenInfoFixture();
        var own = OpenOwnToken(k.AliceCall, TokenQuery);
        var none = Query<TokenGroupsInformation>(k.AliceCall, own, TokenInformationClass.TokenRestrictedSids);
        Assert.Empty(none.Groups);
        Assert.Equal(8, none.Length);
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AliceCall, own, TokenInformationClass.TokenSandBoxInert).Value);
        Assert.False(Query<TokenHasRestrictionsInformation>(k.AliceCall, own, TokenInformationClass.TokenHasRestrictions).HasRestrictions);
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AliceCall, own, TokenInformationClass.TokenIsRestricted).Value);

        var filtered = TokenFilter.Filter(TokenPresets.User, FilterTokenFlags.SANDBOX_INERT, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, 0)], new LuidAllocator()).Value!;
        var (_, h) = NewToken(k.AliceCall, filtered);
        var one = Query<TokenGroupsInformation>(k.AliceCall, h, TokenInformationClass.TokenRestrictedSids);
        Assert.Equal(WellKnownSids.Everyone, Assert.Single(one.Groups).Sid);
        Assert.Equal(8 + 16 + 12, one.Length); // header, one SID_AND_ATTRIBUTES, S-1-1-0 (12 bytes)
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenSandBoxInert).Value);
        Assert.True(Query<TokenHasRestrictionsInformation>(k.AliceCall, h, TokenInformationClass.TokenHasRestrictions).HasRestrictions);
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenIsRestricted).Value);
        // The UAC-filtered token has restrictions (TOKEN_IS_FILTERED) but no restricting SIDs.
        var limited = OpenOwnToken(k.AdminLimitedCall, TokenQuery);
        Assert.True(Query<TokenHasRestrictionsInformation>(k.AdminLimitedCall, limited, TokenInformationClass.TokenHasRestrictions).HasRestrictions);
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AdminLimitedCall, limited, TokenInformationClass.TokenIsRestricted).Value);
    }

    [Fact]
    public void Query_needs_token_query_access()
    {
        // NtQueryInformationToken page: STATUS_ACCESS_DENIED when TokenHandle lacks TOKEN_QUERY; ReturnLength untouched.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenDuplicate | TokenQuerySource);
        foreach (var c in new[] { TokenInformationClass.TokenUser, TokenInformationClass.TokenGroups, TokenInformationClass.TokenStatistics,
                     TokenInformationClass.TokenIntegrityLevel, TokenInformationClass.TokenLinkedToken, TokenInformationClass.TokenElevationType })
        {
            Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Q(k.AliceCall, h, c, 1000, out var info, out int needed));
            Assert.Null(info);
            Assert.Equal(0, needed);
        }
    }

    [Fact]
    public void Source_needs_token_query_source_and_nothing_else()
    {
        // NtQueryInformationToken page: TokenSource needs TOKEN_QUERY_SOURCE; TOKEN_QUERY is neither needed nor enough.
        var k = new TokenInfoFixture();
        var queryOnly = OpenOwnToken(k.AliceCall, TokenQuery);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Q(k.AliceCall, queryOnly, TokenInformationClass.TokenSource, 16, out _, out _));
        var sourceOnly = OpenOwnToken(k.AliceCall, TokenQuerySource);
        var info = Query<TokenSourceInformation>(k.AliceCall, sourceOnly, TokenInformationClass.TokenSource);
        Assert.Equal("User32", info.Source.Name); // ReactOS apitest: an interactive logon's source is "User32"
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, Q(k.AliceCall, sourceOnly, TokenInformationClass.TokenUser, 100, out _, out _));
    }

    [Fact]
    public void Kernel_mode_callers_are_not_access_checked()
    {
        // ZwQueryInformationToken: previous mode KernelMode skips the handle's granted-access check.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_BUFFER_TOO_SMALL,
            TokenInformationRoutines.ZwQueryInformationToken(k.AliceCall, h, TokenInformationClass.TokenUser, 0, out _, out int needed));
        Assert.Equal(NtStatus.STATUS_SUCCESS,
            TokenInformationRoutines.ZwQueryInformationToken(k.AliceCall, h, TokenInformationClass.TokenUser, needed, out var info, out _));
        Assert.IsType<TokenUserInformation>(info);
    }

    [Fact]
    public void Bad_handles_give_the_handle_statuses()
    {
        // NtQueryInformationToken page: STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH; ReactOS apitest: a NULL
        // handle is STATUS_INVALID_HANDLE.
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, Q(k.AliceCall, NtHandle.Null, TokenInformationClass.TokenUser, 0, out _, out int needed));
        Assert.Equal(0, needed);
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, Q(k.AliceCall, new NtHandle(0x7ff0), TokenInformationClass.TokenUser, 0, out _, out _));
        Assert.Equal(NtStatus.STATUS_OBJECT_TYPE_MISMATCH, Q(k.AliceCall, NtHandle.CurrentProcess, TokenInformationClass.TokenUser, 0, out _, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)] // TokenSessionReference: set-only
    [InlineData(35)]
    [InlineData(36)]
    [InlineData(38)]
    [InlineData(45)]
    [InlineData(46)]
    [InlineData(49)]
    [InlineData(50)]
    [InlineData(51)]
    [InlineData(0xa0a)]
    [InlineData(-2)]
    public void Classes_the_kernel_does_not_answer_are_invalid_before_the_handle_is_looked_at(int c)
    {
        // ReactOS apitest: class 0 and 0xa0a give STATUS_INVALID_INFO_CLASS. Windows 11 kernel: so do the classes it
        // has no case for, before referencing the handle (a bad handle does not change the status).
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Q(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), (TokenInformationClass)c, 100, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(0, needed);
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, Q(k.AliceCall, NtHandle.Null, (TokenInformationClass)c, 100, out _, out _));
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenAuditPolicy)]
    [InlineData(TokenInformationClass.TokenAccessInformation)]
    [InlineData(TokenInformationClass.TokenUserClaimAttributes)]
    [InlineData(TokenInformationClass.TokenDeviceClaimAttributes)]
    [InlineData(TokenInformationClass.TokenDeviceGroups)]
    [InlineData(TokenInformationClass.TokenSecurityAttributes)]
    [InlineData(TokenInformationClass.TokenSingletonAttributes)]
    [InlineData(TokenInformationClass.TokenBnoIsolation)]
    [InlineData(TokenInformationClass.TokenIsSandboxed)]
    [InlineData(TokenInformationClass.TokenIsAppSilo)]
    public void Classes_windows_answers_but_the_model_does_not_hold_are_not_implemented(TokenInformationClass c)
    {
        var k = new TokenInfoFixture();
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, Q(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), c, 4096, out var info, out _));
        Assert.Null(info);
    }

    [Fact]
    public void A_negative_length_is_a_programming_error()
    {
        var k = new TokenInfoFixture();
        Assert.Throws<ArgumentOutOfRangeException>(() => Q(k.AliceCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenUser, -1, out _, out _));
    }

    [Fact]
    public void Statistics_report_ids_counts_and_the_dynamic_charge()
    {
        // TOKEN_STATISTICS: GroupCount counts the integrity label (UserAndGroupCount - 1); DynamicCharged is the
        // Windows 10/11 default 0x1000 (!token on Windows 10 shows DynamicCharged 0x1000) and DynamicAvailable what
        // the primary group (28 bytes) and default DACL (92 bytes) leave of it; ExpirationTime is "never".
        var k = new TokenInfoFixture();
        var s = Query<TokenStatisticsInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenStatistics);
        var state = k.Alice.PrimaryToken.State;
        Assert.Equal(state.TokenId, s.TokenId);
        Assert.Equal(state.AuthenticationId, s.AuthenticationId);
        Assert.Equal(state.ModifiedId, s.ModifiedId);
        Assert.Equal(long.MaxValue, s.ExpirationTime);
        Assert.Equal(TokenType.TokenPrimary, s.TokenType);
        Assert.Equal(12u, s.GroupCount); // 11 groups + the label
        Assert.Equal(5u, s.PrivilegeCount);
        Assert.Equal(4096u, s.DynamicCharged);
        Assert.Equal(4096u - 28 - 92, s.DynamicAvailable);
    }

    [Fact]
    public void Privileges_are_reported_in_luid_order_with_only_the_enabled_bits()
    {
        // Windows keeps privileges as bitmaps: TokenPrivileges lists them by LUID with ENABLED/ENABLED_BY_DEFAULT only.
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.Privileges =
        [
            new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeTimeZonePrivilege), PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS),
            new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege),
                PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_ENABLED_BY_DEFAULT),
        ];
        var (_, h) = NewToken(k.AliceCall, b.Build());
        var privileges = Query<TokenPrivilegesInformation>(k.AliceCall, h, TokenInformationClass.TokenPrivileges).Privileges;
        Assert.Equal([(WellKnownPrivilege.SeChangeNotifyPrivilege, 3u), (WellKnownPrivilege.SeTimeZonePrivilege, 0u)],
            privileges.Select(p => ((WellKnownPrivilege)p.Luid.LowPart, (uint)p.Attributes)));
    }

    [Fact]
    public void Source_origin_session_policy_and_flags_come_from_the_token()
    {
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.Origin = Luid.SystemLogonId;
        b.SessionId = 3;
        b.Flags |= TokenFlags.TOKEN_VIRTUALIZE_ALLOWED | TokenFlags.TOKEN_UIACCESS;
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(Luid.SystemLogonId, Query<TokenOriginInformation>(k.AliceCall, h, TokenInformationClass.TokenOrigin).OriginatingLogonSession);
        Assert.Equal(3u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenSessionId).Value);
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenVirtualizationAllowed).Value);
        Assert.Equal(0u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenVirtualizationEnabled).Value);
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenUIAccess).Value);
        Assert.Equal(TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NO_WRITE_UP | TokenMandatoryPolicy.TOKEN_MANDATORY_POLICY_NEW_PROCESS_MIN,
            Query<TokenMandatoryPolicyInformation>(k.AliceCall, h, TokenInformationClass.TokenMandatoryPolicy).Policy);
        Assert.Null(Query<TokenAppContainerInformation>(k.AliceCall, h, TokenInformationClass.TokenAppContainerSid).TokenAppContainer);
        Assert.Empty(Query<TokenGroupsInformation>(k.AliceCall, h, TokenInformationClass.TokenCapabilities).Groups);
        Assert.Null(Query<TokenProcessTrustLevelInformation>(k.AliceCall, h, TokenInformationClass.TokenProcessTrustLevel).TrustLevelSid);
    }

    [Fact]
    public void Groups_and_privileges_put_the_user_first_and_null_restricted_sids_when_unrestricted()
    {
        var k = new TokenInfoFixture();
        var info = Query<TokenGroupsAndPrivilegesInformation>(k.AliceCall, OpenOwnToken(k.AliceCall, TokenQuery), TokenInformationClass.TokenGroupsAndPrivileges);
        Assert.Equal(TokenPresets.AliceSid, info.Sids[0].Sid);
        Assert.Equal(13, info.Sids.Length); // user + 11 groups + label (SidCount counts the user)
        Assert.Empty(info.RestrictedSids);
        Assert.Equal(0, info.RestrictedSidLength);
        Assert.Equal(5, info.Privileges.Length);
        Assert.Equal(k.Alice.PrimaryToken.State.AuthenticationId, info.AuthenticationId);
    }

    [Fact]
    public void App_container_number_of_an_app_container_token_is_not_modelled()
    {
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.Flags |= TokenFlags.TOKEN_LOWBOX;
        b.AppContainerSid = Sid.Parse("S-1-15-2-1-2-3-4-5-6-7");
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(1u, Query<TokenDwordInformation>(k.AliceCall, h, TokenInformationClass.TokenIsAppContainer).Value);
        Assert.Equal(NtStatus.STATUS_NOT_IMPLEMENTED, Q(k.AliceCall, h, TokenInformationClass.TokenAppContainerNumber, 4, out _, out int needed));
        Assert.Equal(4, needed);
    }
}
