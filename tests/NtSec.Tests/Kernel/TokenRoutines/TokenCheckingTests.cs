using System.Runtime.CompilerServices;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using static NtSec.Tests.Kernel.TokenRoutines.KernelScenario;

namespace NtSec.Tests.Kernel.TokenRoutines;

public class TokenCheckingTests
{
    private static LuidAndAttributes Entry(WellKnownPrivilege privilege) => new(PrivilegeTable.ToLuid(privilege), PrivilegeAttributes.None);

    private static StrongBox<PrivilegeSet> Set(uint control, params WellKnownPrivilege[] privileges) =>
        new(new PrivilegeSet(control, [.. privileges.Select(Entry)]));

    [Fact]
    public void An_anonymous_level_token_cannot_be_privilege_checked()
    {
        // PRV-01 [W]: anonymous-level impersonation token, its privileges with PRIVILEGE_SET_ALL_NECESSARY ->
        // ERROR_BAD_IMPERSONATION_LEVEL.
        var s = For();
        var anonymous = s.Impersonation(SecurityImpersonationLevel.SecurityAnonymous);
        var set = Set(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY, WellKnownPrivilege.SeChangeNotifyPrivilege, WellKnownPrivilege.SeShutdownPrivilege);
        Assert.Equal(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, TokenChecking.NtPrivilegeCheck(s.Call, anonymous, set, out bool result));
        Assert.False(result);
    }

    [Fact]
    public void Identification_and_impersonation_level_tokens_can_be_privilege_checked()
    {
        // PRV-02 [W].
        var s = For();
        foreach (var level in new[] { SecurityImpersonationLevel.SecurityIdentification, SecurityImpersonationLevel.SecurityImpersonation })
        {
            var set = Set(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY, WellKnownPrivilege.SeChangeNotifyPrivilege, WellKnownPrivilege.SeShutdownPrivilege);
            Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, s.Impersonation(level), set, out _));
        }
    }

    [Fact]
    public void Primary_tokens_are_accepted()
    {
        // PRV-03 [W]: PrivilegeCheck(primary, {SeChangeNotify}, Control 0) -> TRUE with result TRUE; FALSE once removed.
        var s = For();
        var token = s.OpenProcessToken(TokenQuery | TokenAdjustPrivileges);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, token, Set(0, WellKnownPrivilege.SeChangeNotifyPrivilege), out bool held));
        Assert.True(held);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, token, false,
            [new LuidAndAttributes(PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege), PrivilegeAttributes.SE_PRIVILEGE_REMOVED)], 0, null, null));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, token, Set(0, WellKnownPrivilege.SeChangeNotifyPrivilege), out held));
        Assert.False(held);
    }

    [Fact]
    public void Held_privileges_are_marked_used_for_access()
    {
        // wine.md probe 33 [W]: PrivilegeCheck(imp, {SeChangeNotify}, ALL_NECESSARY) -> result TRUE, attributes out
        // SE_PRIVILEGE_USED_FOR_ACCESS. A privilege not held (or held disabled) is left as it was.
        var s = For();
        var set = Set(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY, WellKnownPrivilege.SeChangeNotifyPrivilege, WellKnownPrivilege.SeShutdownPrivilege);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation),
            set, out bool all));
        Assert.False(all);
        Assert.Equal(PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS, set.Value!.Privileges[0].Attributes);
        Assert.Equal(PrivilegeAttributes.None, set.Value.Privileges[1].Attributes);
        Assert.Equal(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY, set.Value.Control);
    }

    [Fact]
    public void Without_all_necessary_one_enabled_privilege_is_enough()
    {
        // NtPrivilegeCheck page: Control 0 -> "it is sufficient that any one of the privileges be enabled"; only enabled ones count.
        var s = For();
        var imp = s.Impersonation(SecurityImpersonationLevel.SecurityImpersonation);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, imp,
            Set(0, WellKnownPrivilege.SeShutdownPrivilege, WellKnownPrivilege.SeChangeNotifyPrivilege), out bool any));
        Assert.True(any);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, imp, Set(0, WellKnownPrivilege.SeShutdownPrivilege), out bool disabled));
        Assert.False(disabled);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, imp, Set(0), out bool none));
        Assert.False(none);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtPrivilegeCheck(s.Call, imp, Set(PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY), out bool vacuous));
        Assert.True(vacuous);
    }

    [Fact]
    public void Privilege_check_needs_token_query_and_a_set()
    {
        var s = For();
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenChecking.NtPrivilegeCheck(s.Call, s.OpenProcessToken(TokenDuplicate),
            Set(0, WellKnownPrivilege.SeChangeNotifyPrivilege), out _));
        Assert.Equal(NtStatus.STATUS_ACCESS_VIOLATION, TokenChecking.NtPrivilegeCheck(s.Call, NtHandle.Null, null, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenChecking.NtPrivilegeCheck(s.Call, NtHandle.Null, Set(0), out _));
    }

    [Fact]
    public void A_token_equals_itself_and_its_identification_duplicate()
    {
        // ReactOS NtCompareTokens.c [R]: a token vs itself -> equal; process token vs DuplicateToken(SecurityIdentification) -> equal
        // (type and level are not compared).
        var s = For();
        var token = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, token, token, out bool same));
        Assert.True(same);
        var identification = s.Impersonation(SecurityImpersonationLevel.SecurityIdentification);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, token, identification, out bool duplicate));
        Assert.True(duplicate);
    }

    [Fact]
    public void Disabling_all_privileges_of_one_token_makes_them_unequal()
    {
        // ReactOS NtCompareTokens.c [R]: after AdjustTokenPrivileges(disable all) on one -> not equal.
        var s = For();
        var first = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtDuplicateToken(s.Call, first, TokenQuery | TokenAdjustPrivileges, null, false,
            TokenType.TokenPrimary, out var second));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, first, second, out bool before));
        Assert.True(before);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenAdjusting.NtAdjustPrivilegesToken(s.Call, second, true, null, 0, null, null));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, first, second, out bool after));
        Assert.False(after);
    }

    [Fact]
    public void Sids_restriction_and_group_states_are_compared()
    {
        // NtCompareTokens page: every SID in either token in the other; neither or both restricted; the same restricting SIDs.
        var s = For();
        var token = s.OpenProcessToken(TokenQuery | TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], out var restricted));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, token, restricted, out bool restrictedEqual));
        Assert.False(restrictedEqual);

        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenCopying.NtFilterToken(s.Call, token, FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var denyOnly));
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, token, denyOnly, out bool denyOnlyEqual));
        Assert.False(denyOnlyEqual);

        var admin = StandardMachine.CreateProcess(s.Machine, "other", "admin");
        var adminToken = s.HandleTo(admin.PrimaryToken, TokenQuery);
        Assert.Equal(NtStatus.STATUS_SUCCESS, TokenChecking.NtCompareTokens(s.Call, token, adminToken, out bool otherUser));
        Assert.False(otherUser);
    }

    [Fact]
    public void Both_handles_need_token_query()
    {
        var s = For();
        var query = s.OpenProcessToken(TokenQuery);
        var duplicate = s.OpenProcessToken(TokenDuplicate);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenChecking.NtCompareTokens(s.Call, query, duplicate, out bool equal));
        Assert.False(equal);
        Assert.Equal(NtStatus.STATUS_ACCESS_DENIED, TokenChecking.NtCompareTokens(s.Call, duplicate, query, out _));
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenChecking.NtCompareTokens(s.Call, NtHandle.Null, query, out _));

        // ntdoc (System Informer): NtCompareTokens does not take the token pseudo-handles.
        Assert.Equal(NtStatus.STATUS_INVALID_HANDLE, TokenChecking.NtCompareTokens(s.Call, NtHandle.CurrentProcessToken, query, out _));
    }
}
