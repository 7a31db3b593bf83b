using NtSec.AccessControl;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;
using NtSec.Win32;
using static NtSec.Tests.Win32.Win32Fixture;

namespace NtSec.Tests.Win32;

public class TokenFunctionTests
{
    [Fact]
    public void OpenProcessToken_succeeds_without_touching_the_last_error()
    {
        // OPT-01 [W]: OpenProcessToken(GetCurrentProcess(), MAXIMUM_ALLOWED) is TRUE.
        var call = new Win32Fixture().AliceCall;
        Poison(call);
        Assert.True(Advapi32Tokens.OpenProcessToken(call, NtHandle.CurrentProcess, AccessMask.MaximumAllowed, out var token));
        Assert.False(token.IsNull);
        Assert.Equal(Sentinel, call.Thread.LastError);
    }

    [Fact]
    public void OpenProcessToken_with_zero_access_is_ERROR_ACCESS_DENIED()
    {
        // OPT-02 [W]: zero access is rejected.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.OpenProcessToken(call, NtHandle.CurrentProcess, 0, out var token));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(token.IsNull);
    }

    [Fact]
    public void OpenProcessToken_with_a_bad_or_wrong_type_handle_is_ERROR_INVALID_HANDLE()
    {
        // OPT-04 [W]: invalid handle, output NULL; a token handle where a process handle belongs is a type mismatch.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.OpenProcessToken(call, new NtHandle(0xDEAC), TokenQuery, out var token));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
        Assert.True(token.IsNull);
        var mine = ProcessToken(call);
        Assert.False(Advapi32Tokens.OpenProcessToken(call, mine, TokenQuery, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void OpenProcessToken_of_another_users_process_is_ERROR_ACCESS_DENIED()
    {
        // OpenProcess page: the process's DACL decides; alice has no access to the service process.
        var f = new Win32Fixture();
        var call = f.AliceCall;
        var process = Kernel32Processes.OpenProcess(call, 0x1000, false, f.Service.ProcessId);
        Assert.True(process.IsNull);
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
    }

    [Fact]
    public void OpenThreadToken_without_impersonation_is_ERROR_NO_TOKEN()
    {
        // OTT-01 [W].
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.OpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, true, out var token));
        Assert.Equal(Win32Error.ERROR_NO_TOKEN, LastError(call));
        Assert.True(token.IsNull);
    }

    [Fact]
    public void OpenThreadToken_at_anonymous_level_is_ERROR_CANT_OPEN_ANONYMOUS()
    {
        // OTT-04 [W]; IMP-01 [W]: ImpersonateSelf(SecurityAnonymous) is TRUE.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Impersonation.ImpersonateSelf(call, SecurityImpersonationLevel.SecurityAnonymous));
        Assert.False(Advapi32Tokens.OpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, true, out _));
        Assert.Equal(Win32Error.ERROR_CANT_OPEN_ANONYMOUS, LastError(call));
    }

    [Fact]
    public void OpenThreadToken_at_identification_level_needs_OpenAsSelf()
    {
        // OTT-03 [W] (OpenAsSelf TRUE works), OTT-12 / DESIGN.md (FALSE: ERROR_BAD_IMPERSONATION_LEVEL); CONTRACT.md example.
        var call = new Win32Fixture().AliceCall;
        Assert.True(Advapi32Impersonation.ImpersonateSelf(call, SecurityImpersonationLevel.SecurityIdentification));
        Assert.False(Advapi32Tokens.OpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, false, out var token));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.True(token.IsNull);
        Assert.True(Advapi32Tokens.OpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, true, out token));
        Assert.True(Advapi32Impersonation.RevertToSelf(call));
        Assert.True(Advapi32Tokens.GetTokenInformation(call, token, TokenInformationClass.TokenImpersonationLevel, out var level, 4, out _));
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, Assert.IsType<TokenImpersonationLevelInformation>(level).ImpersonationLevel);
    }

    [Fact]
    public void DuplicateToken_gives_an_impersonation_token_with_query_and_impersonate_access()
    {
        // DUP-01 [W]: TokenImpersonation at the level asked, handle access exactly TOKEN_QUERY|TOKEN_IMPERSONATE.
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery | TokenDuplicate | TokenAdjustDefault | TokenAdjustPrivileges);
        Assert.True(Advapi32Tokens.DuplicateToken(call, source, SecurityImpersonationLevel.SecurityAnonymous, out var copy));
        Assert.Equal(TokenQuery | TokenImpersonate, GrantedAccess(call, copy));
        var state = TokenObject(call, copy).State;
        Assert.Equal(TokenType.TokenImpersonation, state.Type);
        Assert.Equal(SecurityImpersonationLevel.SecurityAnonymous, state.ImpersonationLevel);
    }

    [Fact]
    public void DuplicateToken_without_TOKEN_DUPLICATE_is_ERROR_ACCESS_DENIED()
    {
        // DuplicateTokenEx page: the existing token handle needs TOKEN_DUPLICATE.
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery);
        Assert.False(Advapi32Tokens.DuplicateToken(call, source, SecurityImpersonationLevel.SecurityImpersonation, out var copy));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(copy.IsNull);
    }

    [Fact]
    public void DuplicateToken_cannot_raise_the_level()
    {
        // DUP-02 [W]: anonymous -> identification fails; [P] level 7 likewise.
        var call = new Win32Fixture().AliceCall;
        var anonymous = Impersonation(call, SecurityImpersonationLevel.SecurityAnonymous);
        Assert.False(Advapi32Tokens.DuplicateToken(call, anonymous, SecurityImpersonationLevel.SecurityIdentification, out _));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        var process = ProcessToken(call);
        Assert.False(Advapi32Tokens.DuplicateToken(call, process, (SecurityImpersonationLevel)7, out _));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
    }

    [Fact]
    public void DuplicateTokenEx_access_zero_and_maximum_allowed()
    {
        // DUP-03, DUP-05 [W]: access 0 is the source handle's access; DUP-04: MAXIMUM_ALLOWED is TOKEN_ALL_ACCESS.
        var call = new Win32Fixture().AliceCall;
        uint sourceAccess = TokenQuery | TokenDuplicate | TokenAdjustDefault | TokenAdjustPrivileges;
        var source = ProcessToken(call, sourceAccess);
        Assert.True(Advapi32Tokens.DuplicateTokenEx(call, source, 0, null, SecurityImpersonationLevel.SecurityAnonymous, TokenType.TokenPrimary,
            out var primary));
        Assert.Equal(sourceAccess, GrantedAccess(call, primary));
        Assert.False(Advapi32Tokens.GetTokenInformation(call, primary, TokenInformationClass.TokenImpersonationLevel, out _, 4, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(Advapi32Tokens.DuplicateTokenEx(call, source, 0, null, SecurityImpersonationLevel.SecurityIdentification,
            TokenType.TokenImpersonation, out var identification));
        Assert.Equal(SecurityImpersonationLevel.SecurityIdentification, TokenObject(call, identification).State.ImpersonationLevel);
        Assert.True(Advapi32Tokens.DuplicateTokenEx(call, source, AccessMask.MaximumAllowed, null, SecurityImpersonationLevel.SecurityAnonymous,
            TokenType.TokenPrimary, out var maximum));
        Assert.Equal(TokenAllAccess, GrantedAccess(call, maximum));
    }

    [Fact]
    public void DuplicateTokenEx_applies_the_security_attributes()
    {
        // DUP-13 [W]: the descriptor of SECURITY_ATTRIBUTES becomes the new token object's DACL; bInheritHandle gives OBJ_INHERIT.
        var call = new Win32Fixture().AliceCall;
        var sd = SecurityDescriptor.ParseSddl("D:(A;NP;GA;;;S-1-5-6)");
        var source = ProcessToken(call);
        Assert.True(Advapi32Tokens.DuplicateTokenEx(call, source, AccessMask.MaximumAllowed, new SecurityAttributes(sd, BInheritHandle: true),
            SecurityImpersonationLevel.SecurityImpersonation, TokenType.TokenImpersonation, out var copy));
        var dacl = TokenObject(call, copy).Security.Dacl;
        Assert.NotNull(dacl);
        var ace = Assert.Single(dacl!.Aces);
        Assert.Equal(WellKnownSids.Service, ace.Sid);
        Assert.Equal(NtStatus.STATUS_SUCCESS, call.Process.Handles.Lookup(copy, out var entry));
        Assert.Equal(ObjectAttributeFlags.OBJ_INHERIT, entry!.Attributes);
    }

    [Fact]
    public void DuplicateTokenEx_cannot_make_a_primary_token_from_an_identification_token()
    {
        // DUP-16 [?] / research/users.md 4.3: fails with ERROR_BAD_IMPERSONATION_LEVEL.
        var call = new Win32Fixture().AliceCall;
        var identification = Impersonation(call, SecurityImpersonationLevel.SecurityIdentification);
        Assert.False(Advapi32Tokens.DuplicateTokenEx(call, identification, TokenAllAccess, null, SecurityImpersonationLevel.SecurityImpersonation,
            TokenType.TokenPrimary, out var primary));
        Assert.Equal(Win32Error.ERROR_BAD_IMPERSONATION_LEVEL, LastError(call));
        Assert.True(primary.IsNull);
    }

    [Fact]
    public void DuplicateTokenEx_with_a_bad_token_type_is_ERROR_INVALID_PARAMETER()
    {
        // NtDuplicateToken page: a TokenType that is not a TOKEN_TYPE value is STATUS_INVALID_PARAMETER.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.DuplicateTokenEx(call, ProcessToken(call), 0, null, SecurityImpersonationLevel.SecurityImpersonation,
            (TokenType)3, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void CreateRestrictedToken_makes_a_deny_only_group_and_keeps_the_type()
    {
        // CRT-01..05 [W]: the disabled SID becomes deny-only and is no longer a member; the type is kept.
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery | TokenDuplicate);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None,
            [new SidAndAttributes(WellKnownSids.Local, GroupAttributes.None)], null, null, out var restricted));
        var state = TokenObject(call, restricted).State;
        Assert.Equal(TokenType.TokenPrimary, state.Type);
        Assert.True(state.TryGetSidAttributes(WellKnownSids.Local, out var attributes));
        Assert.Equal(GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY, attributes & (GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY | GroupAttributes.SE_GROUP_ENABLED));
        Assert.Equal(TokenQuery | TokenDuplicate, GrantedAccess(call, restricted));
        Assert.False(Advapi32Tokens.IsTokenRestricted(call, restricted)); // deny-only SIDs do not make a token "restricted"
    }

    [Fact]
    public void CreateRestrictedToken_without_TOKEN_DUPLICATE_is_ERROR_ACCESS_DENIED()
    {
        // CreateRestrictedToken page: "The handle must have TOKEN_DUPLICATE access to the token."
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery);
        Assert.False(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None, null, null, null, out var restricted));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.True(restricted.IsNull);
    }

    [Fact]
    public void CreateRestrictedToken_with_a_bad_handle_is_ERROR_INVALID_HANDLE()
    {
        // CRT-11 [R]: NtFilterToken(NULL, ...) is STATUS_INVALID_HANDLE.
        var call = new Win32Fixture().AliceCall;
        Assert.False(Advapi32Tokens.CreateRestrictedToken(call, NtHandle.Null, FilterTokenFlags.None, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }

    [Fact]
    public void CreateRestrictedToken_rejects_restricting_sid_attributes_and_unknown_flags()
    {
        // CreateRestrictedToken / SeFilterToken pages: the Attributes of SidsToRestrict must be zero; unknown flags are invalid.
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery | TokenDuplicate);
        Assert.False(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.SE_GROUP_ENABLED)], out var restricted));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
        Assert.True(restricted.IsNull);
        Assert.False(Advapi32Tokens.CreateRestrictedToken(call, source, (FilterTokenFlags)0x100, null, null, null, out _));
        Assert.Equal(Win32Error.ERROR_INVALID_PARAMETER, LastError(call));
    }

    [Fact]
    public void IsTokenRestricted_is_true_only_with_restricting_sids()
    {
        // IsTokenRestricted page; wine.md 3.2 probe 1 and 5 (Windows: TRUE for both restricted and write-restricted tokens with SIDs).
        var call = new Win32Fixture().AliceCall;
        var source = ProcessToken(call, TokenQuery | TokenDuplicate);
        Poison(call);
        Assert.False(Advapi32Tokens.IsTokenRestricted(call, source));
        Assert.Equal(Sentinel, call.Thread.LastError);
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.None, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], out var restricted));
        Assert.True(Advapi32Tokens.IsTokenRestricted(call, restricted));
        Assert.True(Advapi32Tokens.CreateRestrictedToken(call, source, FilterTokenFlags.WRITE_RESTRICTED, null, null,
            [new SidAndAttributes(WellKnownSids.Everyone, GroupAttributes.None)], out var writeRestricted));
        Assert.True(Advapi32Tokens.IsTokenRestricted(call, writeRestricted));
    }

    [Fact]
    public void IsTokenRestricted_reports_why_it_could_not_ask()
    {
        // IsTokenRestricted page: "To get extended error information, call GetLastError": TOKEN_QUERY is needed.
        var call = new Win32Fixture().AliceCall;
        var noQuery = ProcessToken(call, TokenDuplicate);
        Assert.False(Advapi32Tokens.IsTokenRestricted(call, noQuery));
        Assert.Equal(Win32Error.ERROR_ACCESS_DENIED, LastError(call));
        Assert.False(Advapi32Tokens.IsTokenRestricted(call, new NtHandle(0x7770)));
        Assert.Equal(Win32Error.ERROR_INVALID_HANDLE, LastError(call));
    }
}
