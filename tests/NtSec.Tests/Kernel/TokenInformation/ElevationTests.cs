using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;
using static NtSec.Tests.Kernel.TokenInformation.TokenInfoFixture;

namespace NtSec.Tests.Kernel.TokenInformation;

/// <summary>TokenElevationType, TokenElevation and TokenLinkedToken: wine.md 1.12 (ELV-*), GTI-14.</summary>
public class ElevationTests
{
    private static TokenObject LinkedObject(KernelCall call, NtHandle linked)
    {
        var table = linked.IsKernel ? call.Machine.KernelHandles : call.Process.Handles;
        Assert.Equal(NtStatus.STATUS_SUCCESS, table.Lookup(linked, out var entry));
        Assert.Equal(TokenAllAccess, entry!.GrantedAccess); // ELV-02: the linked token handle has TOKEN_ALL_ACCESS
        return Assert.IsType<TokenObject>(entry.Object);
    }

    private static NtHandle Linked(KernelCall call, NtHandle token) =>
        Query<TokenLinkedTokenInformation>(call, token, TokenInformationClass.TokenLinkedToken).LinkedToken;

    [Fact]
    public void A_standard_user_is_default_not_elevated_and_has_no_linked_token()
    {
        // [W] ELV-01: TokenElevationTypeDefault, TokenIsElevated FALSE. TokenLinkedToken: current Windows fails to
        // reference the (absent) linked logon session: STATUS_NO_SUCH_LOGON_SESSION (ERROR_NO_SUCH_LOGON_SESSION,
        // the error test_elevation skips on; Wine answers a NULL handle). ReturnLength 8 is written first.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AliceCall, TokenQuery);
        Assert.Equal(TokenElevationType.TokenElevationTypeDefault,
            Query<TokenElevationTypeInformation>(k.AliceCall, h, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.False(Query<TokenElevationInformation>(k.AliceCall, h, TokenInformationClass.TokenElevation).TokenIsElevated);
        Assert.Equal(NtStatus.STATUS_NO_SUCH_LOGON_SESSION,
            TokenInformationRoutines.NtQueryInformationToken(k.AliceCall, h, TokenInformationClass.TokenLinkedToken, 8, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(8, needed);
        Assert.Equal(Win32Error.ERROR_NO_SUCH_LOGON_SESSION, NtStatusMapping.ToDosError(NtStatus.STATUS_NO_SUCH_LOGON_SESSION));
    }

    [Fact]
    public void A_default_token_with_an_enabled_administrators_group_is_elevated()
    {
        // [W] ELV-01 / test_admin_elevation: a TokenElevationTypeDefault token holding an enabled
        // BUILTIN\Administrators reports TokenIsElevated TRUE (UAC off).
        var k = new TokenInfoFixture();
        var b = TokenPresets.Admin.ToBuilder();
        b.ElevationType = TokenElevationType.TokenElevationTypeDefault;
        b.Privileges = TokenPresets.User.Privileges; // no administrative privilege: the group alone decides
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.True(Query<TokenElevationInformation>(k.AliceCall, h, TokenInformationClass.TokenElevation).TokenIsElevated);
    }

    [Theory]
    [InlineData(WellKnownPrivilege.SeDebugPrivilege, true)]
    [InlineData(WellKnownPrivilege.SeImpersonatePrivilege, true)]
    [InlineData(WellKnownPrivilege.SeBackupPrivilege, true)]
    [InlineData(WellKnownPrivilege.SeRelabelPrivilege, true)]
    [InlineData(WellKnownPrivilege.SeShutdownPrivilege, false)]
    [InlineData(WellKnownPrivilege.SeSecurityPrivilege, false)]
    public void Holding_an_administrative_privilege_even_disabled_makes_a_token_elevated(WellKnownPrivilege privilege, bool elevated)
    {
        // Windows 11 SepGetTokenElevation: present privileges & 0x1120160684 (SeCreateToken, SeTcb, SeTakeOwnership,
        // SeLoadDriver, SeBackup, SeRestore, SeDebug, SeImpersonate, SeRelabel, SeDelegateSessionUserImpersonate).
        var k = new TokenInfoFixture();
        var b = TokenPresets.User.ToBuilder();
        b.Privileges = [new LuidAndAttributes(PrivilegeTable.ToLuid(privilege), 0)];
        var (_, h) = NewToken(k.AliceCall, b.Build());
        Assert.Equal(elevated, Query<TokenElevationInformation>(k.AliceCall, h, TokenInformationClass.TokenElevation).TokenIsElevated);
    }

    [Fact]
    public void Deny_only_administrators_and_service_accounts_follow_the_same_rule()
    {
        // RtlIsElevatedRid ignores deny-only groups: a Limited admin token is not elevated (ELV-02). SYSTEM is
        // elevated (SeTcbPrivilege, Administrators); so is NETWORK SERVICE, which holds SeImpersonatePrivilege.
        var k = new TokenInfoFixture();
        Assert.False(Query<TokenElevationInformation>(k.AdminLimitedCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenElevation).TokenIsElevated);
        Assert.True(Query<TokenElevationInformation>(k.SystemCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenElevation).TokenIsElevated);
        Assert.True(Query<TokenElevationInformation>(k.ServiceCall, NtHandle.CurrentProcessToken, TokenInformationClass.TokenElevation).TokenIsElevated);
    }

    [Fact]
    public void A_limited_token_links_to_a_full_identification_copy()
    {
        // [W] ELV-02: Limited, not elevated; the linked token handle has TOKEN_ALL_ACCESS, type Full, TokenIsElevated
        // TRUE, TokenType TokenImpersonation, level SecurityIdentification.
        var k = new TokenInfoFixture();
        var call = k.AdminLimitedCall;
        var h = OpenOwnToken(call, TokenQuery);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, Query<TokenElevationTypeInformation>(call, h, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.False(Query<TokenElevationInformation>(call, h, TokenInformationClass.TokenElevation).TokenIsElevated);
        var linked = Linked(call, h);
        Assert.True(linked.Value > 0);
        LinkedObject(call, linked);
        Assert.Equal(TokenElevationType.TokenElevationTypeFull, Query<TokenElevationTypeInformation>(call, linked, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.True(Query<TokenElevationInformation>(call, linked, TokenInformationClass.TokenElevation).TokenIsElevated);
        Assert.Equal(TokenType.TokenImpersonation, Query<TokenTypeInformation>(call, linked, TokenInformationClass.TokenType).TokenType);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification,
            Query<TokenImpersonationLevelInformation>(call, linked, TokenInformationClass.TokenImpersonationLevel).ImpersonationLevel);
    }

    [Fact]
    public void A_full_token_links_to_a_limited_identification_copy()
    {
        // [W] ELV-03: Full, elevated; linked token Limited, not elevated, TokenImpersonation, SecurityIdentification.
        var k = new TokenInfoFixture();
        var call = k.AdminFullCall;
        var h = OpenOwnToken(call, TokenQuery);
        Assert.True(Query<TokenElevationInformation>(call, h, TokenInformationClass.TokenElevation).TokenIsElevated);
        var linked = Linked(call, h);
        LinkedObject(call, linked);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, Query<TokenElevationTypeInformation>(call, linked, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.False(Query<TokenElevationInformation>(call, linked, TokenInformationClass.TokenElevation).TokenIsElevated);
        Assert.Equal(TokenType.TokenImpersonation, Query<TokenTypeInformation>(call, linked, TokenInformationClass.TokenType).TokenType);
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification,
            Query<TokenImpersonationLevelInformation>(call, linked, TokenInformationClass.TokenImpersonationLevel).ImpersonationLevel);
    }

    [Fact]
    public void Every_query_makes_a_new_token_and_the_linked_tokens_link_back_to_a_new_one()
    {
        // [W] ELV-04: each TokenLinkedToken query returns a new token object (different TokenId); the linked
        // token's linked token is a new token of the original elevation type with a TokenId of its own.
        var k = new TokenInfoFixture();
        var call = k.AdminLimitedCall;
        var h = OpenOwnToken(call, TokenQuery);
        var first = Linked(call, h);
        var second = Linked(call, h);
        Assert.NotEqual(first, second);
        Assert.NotSame(LinkedObject(call, first), LinkedObject(call, second));
        var id1 = Query<TokenStatisticsInformation>(call, first, TokenInformationClass.TokenStatistics).TokenId;
        var id2 = Query<TokenStatisticsInformation>(call, second, TokenInformationClass.TokenStatistics).TokenId;
        Assert.NotEqual(id1, id2);
        var back = Linked(call, first);
        Assert.Equal(TokenElevationType.TokenElevationTypeLimited, Query<TokenElevationTypeInformation>(call, back, TokenInformationClass.TokenElevationType).ElevationType);
        Assert.False(Query<TokenElevationInformation>(call, back, TokenInformationClass.TokenElevation).TokenIsElevated);
        var original = Query<TokenStatisticsInformation>(call, h, TokenInformationClass.TokenStatistics).TokenId;
        Assert.NotEqual(original, Query<TokenStatisticsInformation>(call, back, TokenInformationClass.TokenStatistics).TokenId);
    }

    [Theory]
    [InlineData(TokenInformationClass.TokenElevationType)]
    [InlineData(TokenInformationClass.TokenElevation)]
    public void Elevation_classes_cannot_be_set(TokenInformationClass c)
    {
        // [W-todo] ELV-05 / STI-05: SetTokenInformation(TokenElevationType | TokenElevation) fails with
        // ERROR_INVALID_PARAMETER: STATUS_INVALID_INFO_CLASS (Windows 11's settable-class mask) maps to it.
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AdminLimitedCall, TokenAllAccess);
        Assert.Equal(NtStatus.STATUS_INVALID_INFO_CLASS, TokenInformationRoutines.NtSetInformationToken(k.AdminLimitedCall, h, c,
            new TokenDwordInformation(c, 0), 4));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, NtStatusMapping.ToDosError(NtStatus.STATUS_INVALID_INFO_CLASS));
    }

    [Fact]
    public void A_primary_copy_keeps_the_elevation_type_and_elevation_follows_it()
    {
        // [W] ELV-06: DuplicateTokenEx(token, ..., TokenPrimary) keeps the elevation type; TokenIsElevated ==
        // (type == Full). (The linked token of such a copy belongs to NtDuplicateToken, not to this module.)
        var k = new TokenInfoFixture();
        foreach (var state in new[] { TokenPresets.User, TokenPresets.AdminFiltered, TokenPresets.Admin })
        {
            var (_, h) = NewToken(k.AliceCall, Duplicate(state, TokenType.TokenPrimary, SecurityImpersonationLevel.SecurityAnonymous));
            var type = Query<TokenElevationTypeInformation>(k.AliceCall, h, TokenInformationClass.TokenElevationType).ElevationType;
            Assert.Equal(state.ElevationType, type);
            Assert.Equal(type == TokenElevationType.TokenElevationTypeFull,
                Query<TokenElevationInformation>(k.AliceCall, h, TokenInformationClass.TokenElevation).TokenIsElevated);
        }
    }

    [Fact]
    public void The_linked_token_does_not_see_changes_made_to_this_token()
    {
        // [W] ELV-07: after removing SeChangeNotifyPrivilege from the token the fresh linked token still holds it;
        // after setting an empty default DACL the linked token still has a non-empty one.
        var k = new TokenInfoFixture();
        var call = k.AdminLimitedCall;
        var h = OpenOwnToken(call, TokenQuery | TokenAdjustDefault);
        var changeNotify = PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege);
        k.AdminLimited.PrimaryToken.Update(s =>
        {
            var b = s.ToBuilder();
            b.Privileges = [.. s.Privileges.Where(p => p.Luid != changeNotify)];
            return (true, b.Build());
        });
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenInformationRoutines.NtSetInformationToken(call, h, TokenInformationClass.TokenDefaultDacl,
            new TokenDefaultDaclInformation(NtSec.AccessControl.Acl.Empty)));
        Assert.Empty(Query<TokenDefaultDaclInformation>(call, h, TokenInformationClass.TokenDefaultDacl).DefaultDacl!);

        var linked = Linked(call, h);
        Assert.Contains(Query<TokenPrivilegesInformation>(call, linked, TokenInformationClass.TokenPrivileges).Privileges, p => p.Luid == changeNotify);
        Assert.NotEmpty(Query<TokenDefaultDaclInformation>(call, linked, TokenInformationClass.TokenDefaultDacl).DefaultDacl!);
    }

    [Fact]
    public void The_linked_token_object_is_labelled_at_the_callers_level()
    {
        // [W] ELV-08 / test_token_label: the linked token object's mandatory label has the querying token's level
        // (Medium for the Limited token, although the linked token itself is High), NO_WRITE_UP.
        var k = new TokenInfoFixture();
        var obj = LinkedObject(k.AdminLimitedCall, Linked(k.AdminLimitedCall, OpenOwnToken(k.AdminLimitedCall, TokenQuery)));
        var label = Assert.Single(obj.Security.Sacl!);
        Assert.Equal(WellKnownSids.MediumMandatoryLevel, label.Sid);
        Assert.Equal(1u, label.Mask.Value);
        Assert.Equal(WellKnownSids.HighMandatoryLevel, obj.State.IntegrityLevel);
    }

    [Fact]
    public void A_caller_with_tcb_privilege_gets_a_primary_token()
    {
        // Windows 11 NtQueryInformationToken: the copy's type is TokenPrimary when SeSinglePrivilegeCheck(SeTcbPrivilege)
        // passes (services use this to start elevated processes), TokenImpersonation otherwise.
        var k = new TokenInfoFixture();
        var h = HandleTo(k.SystemCall, k.AdminLimited.PrimaryToken, TokenQuery);
        var linked = Linked(k.SystemCall, h);
        Assert.Equal(TokenType.TokenPrimary, Query<TokenTypeInformation>(k.SystemCall, linked, TokenInformationClass.TokenType).TokenType);
        Assert.Equal(TokenElevationType.TokenElevationTypeFull, Query<TokenElevationTypeInformation>(k.SystemCall, linked, TokenInformationClass.TokenElevationType).ElevationType);
    }

    [Fact]
    public void A_kernel_caller_gets_a_primary_token_through_a_kernel_handle()
    {
        // ZwQueryInformationToken: kernel mode passes the privilege check and the handle goes in the kernel table
        // (OBJ_KERNEL_HANDLE).
        var k = new TokenInfoFixture();
        var h = OpenOwnToken(k.AdminFullCall, TokenQuery);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenInformationRoutines.ZwQueryInformationToken(k.AdminFullCall, h, TokenInformationClass.TokenLinkedToken, 8,
            out var info, out _));
        var linked = Assert.IsType<TokenLinkedTokenInformation>(info).LinkedToken;
        Assert.True(linked.IsKernel);
        Assert.Equal(TokenType.TokenPrimary, LinkedObject(k.AdminFullCall.AsKernel(), linked).State.Type);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(16)]
    public void The_linked_token_needs_exactly_a_handle_sized_buffer(int length)
    {
        // Windows 11 kernel: ReturnLength 8, then STATUS_INFO_LENGTH_MISMATCH for any other length (no handle made).
        var k = new TokenInfoFixture();
        var before = k.AdminLimited.Handles.Count;
        Assert.Equal(NtStatus.STATUS_INFO_LENGTH_MISMATCH, TokenInformationRoutines.NtQueryInformationToken(k.AdminLimitedCall,
            NtHandle.CurrentProcessToken, TokenInformationClass.TokenLinkedToken, length, out var info, out int needed));
        Assert.Null(info);
        Assert.Equal(8, needed);
        Assert.Equal(before, k.AdminLimited.Handles.Count);
    }
}
