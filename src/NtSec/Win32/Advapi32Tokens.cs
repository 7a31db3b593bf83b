using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Win32;

/// <summary>
/// The token functions of advapi32 (securitybaseapi.h, processthreadsapi.h): opening, duplicating,
/// restricting, querying and adjusting tokens. Each calls the native routine and turns its NTSTATUS into a
/// BOOL and the thread's last error (<c>RtlNtStatusToDosError</c>); on success the last error is left alone
/// except where a function says otherwise (AdjustTokenPrivileges). Outputs are what the native routine
/// leaves: handles are NULL on failure (Windows 7 and later).
/// </summary>
public static class Advapi32Tokens
{
    private const uint TokenImpersonate = (uint)TokenAccessRights.TOKEN_IMPERSONATE;
    private const uint TokenQuery = (uint)TokenAccessRights.TOKEN_QUERY;

    /// <summary>OpenProcessToken: NtOpenProcessToken (OTT/OPT cases: ERROR_INVALID_HANDLE, ERROR_ACCESS_DENIED for zero or refused access, OPT-02).</summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="processHandle">ProcessHandle: with PROCESS_QUERY_LIMITED_INFORMATION.</param>
    /// <param name="desiredAccess">DesiredAccess: checked against the token's DACL as the caller's effective token.</param>
    /// <param name="tokenHandle">TokenHandle: the new handle, NULL on failure.</param>
    public static bool OpenProcessToken(KernelCall call, NtHandle processHandle, uint desiredAccess, out NtHandle tokenHandle)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, TokenOpening.NtOpenProcessToken(call, processHandle, desiredAccess, out tokenHandle));
    }

    /// <summary>
    /// OpenThreadToken: NtOpenThreadToken. ERROR_NO_TOKEN when the thread does not impersonate (OTT-01),
    /// ERROR_CANT_OPEN_ANONYMOUS at SecurityAnonymous (OTT-04), ERROR_BAD_IMPERSONATION_LEVEL with OpenAsSelf
    /// FALSE while impersonating at SecurityIdentification (OTT-12).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="threadHandle">ThreadHandle: with THREAD_QUERY_INFORMATION.</param>
    /// <param name="desiredAccess">DesiredAccess.</param>
    /// <param name="openAsSelf">OpenAsSelf: check the open against the process's token rather than the thread's.</param>
    /// <param name="tokenHandle">TokenHandle: the new handle, NULL on failure.</param>
    public static bool OpenThreadToken(KernelCall call, NtHandle threadHandle, uint desiredAccess, bool openAsSelf, out NtHandle tokenHandle)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, TokenOpening.NtOpenThreadToken(call, threadHandle, desiredAccess, openAsSelf, out tokenHandle));
    }

    /// <summary>GetCurrentProcessToken: the pseudo-handle (HANDLE)-4 for the process token (TOKEN_QUERY and TOKEN_QUERY_SOURCE only; OTT-10).</summary>
    /// <param name="call">The calling thread.</param>
    public static NtHandle GetCurrentProcessToken(KernelCall call)
    {
        Win32Call.Enter(call);
        return NtHandle.CurrentProcessToken;
    }

    /// <summary>GetCurrentThreadToken: the pseudo-handle (HANDLE)-5 for the thread's impersonation token (ERROR_NO_TOKEN when used without one, OTT-11).</summary>
    /// <param name="call">The calling thread.</param>
    public static NtHandle GetCurrentThreadToken(KernelCall call)
    {
        Win32Call.Enter(call);
        return NtHandle.CurrentThreadToken;
    }

    /// <summary>GetCurrentThreadEffectiveToken: the pseudo-handle (HANDLE)-6 for the impersonation token, else the process token (OTT-10).</summary>
    /// <param name="call">The calling thread.</param>
    public static NtHandle GetCurrentThreadEffectiveToken(KernelCall call)
    {
        Win32Call.Enter(call);
        return NtHandle.CurrentThreadEffectiveToken;
    }

    /// <summary>
    /// DuplicateToken: DuplicateTokenEx(<paramref name="existingTokenHandle"/>, TOKEN_IMPERSONATE|TOKEN_QUERY, NULL,
    /// <paramref name="impersonationLevel"/>, TokenImpersonation) (DUP-01: the new handle has exactly those rights).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="existingTokenHandle">ExistingTokenHandle: with TOKEN_DUPLICATE.</param>
    /// <param name="impersonationLevel">ImpersonationLevel: the level of the new impersonation token (never above the source's, DUP-02).</param>
    /// <param name="duplicateTokenHandle">DuplicateTokenHandle: the new handle, NULL on failure.</param>
    public static bool DuplicateToken(KernelCall call, NtHandle existingTokenHandle, SecurityImpersonationLevel impersonationLevel,
        out NtHandle duplicateTokenHandle) =>
        DuplicateTokenEx(call, existingTokenHandle, TokenImpersonate | TokenQuery, null, impersonationLevel, TokenType.TokenImpersonation,
            out duplicateTokenHandle);

    /// <summary>
    /// DuplicateTokenEx: NtDuplicateToken with an OBJECT_ATTRIBUTES made from <paramref name="lpTokenAttributes"/>
    /// (its descriptor becomes the new token object's, DUP-13; bInheritHandle gives OBJ_INHERIT) and a
    /// SECURITY_QUALITY_OF_SERVICE {<paramref name="impersonationLevel"/>, static tracking, not effective-only},
    /// EffectiveOnly FALSE. Access 0 gives the source handle's access (DUP-03, DUP-05), MAXIMUM_ALLOWED
    /// TOKEN_ALL_ACCESS (DUP-04). ERROR_BAD_IMPERSONATION_LEVEL for raising a level or making a primary token
    /// from one below SecurityImpersonation (DUP-02, DUP-16); ERROR_INVALID_PARAMETER for a TokenType that is
    /// neither primary nor impersonation.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hExistingToken">hExistingToken: with TOKEN_DUPLICATE.</param>
    /// <param name="dwDesiredAccess">dwDesiredAccess: the new handle's access.</param>
    /// <param name="lpTokenAttributes">lpTokenAttributes, or null (NULL).</param>
    /// <param name="impersonationLevel">ImpersonationLevel.</param>
    /// <param name="tokenType">TokenType: TokenPrimary or TokenImpersonation.</param>
    /// <param name="phNewToken">phNewToken: the new handle, NULL on failure.</param>
    public static bool DuplicateTokenEx(KernelCall call, NtHandle hExistingToken, uint dwDesiredAccess, SecurityAttributes? lpTokenAttributes,
        SecurityImpersonationLevel impersonationLevel, TokenType tokenType, out NtHandle phNewToken)
    {
        Win32Call.Enter(call);
        var attributes = new ObjectAttributes(
            lpTokenAttributes?.BInheritHandle == true ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None,
            lpTokenAttributes?.LpSecurityDescriptor,
            new SecurityQualityOfService(impersonationLevel, ContextTrackingMode.Static, EffectiveOnly: false));
        var status = TokenCopying.NtDuplicateToken(call, hExistingToken, dwDesiredAccess, attributes, false, tokenType, out phNewToken);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// CreateRestrictedToken: NtFilterToken with the three lists as given (the *Count parameters of the C
    /// function are the lengths of the lists; a null list is a NULL pointer with count 0). The source handle
    /// needs TOKEN_DUPLICATE (ERROR_ACCESS_DENIED); non-zero Attributes on a restricting SID or unknown flag
    /// bits give ERROR_INVALID_PARAMETER; LUA_TOKEN gives ERROR_INVALID_FUNCTION (not modelled). The new token
    /// keeps the source's type and level (CRT-04, CRT-05) and its handle the source handle's access.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="existingTokenHandle">ExistingTokenHandle: a primary or impersonation token with TOKEN_DUPLICATE.</param>
    /// <param name="flags">Flags: DISABLE_MAX_PRIVILEGE, SANDBOX_INERT, LUA_TOKEN, WRITE_RESTRICTED.</param>
    /// <param name="sidsToDisable">SidsToDisable: made deny-only (attributes ignored), or null.</param>
    /// <param name="privilegesToDelete">PrivilegesToDelete: removed (attributes ignored), or null.</param>
    /// <param name="sidsToRestrict">SidsToRestrict: the restricting SIDs (attributes must be 0), or null.</param>
    /// <param name="newTokenHandle">NewTokenHandle: the new handle, NULL on failure.</param>
    public static bool CreateRestrictedToken(KernelCall call, NtHandle existingTokenHandle, FilterTokenFlags flags,
        IReadOnlyList<SidAndAttributes>? sidsToDisable, IReadOnlyList<LuidAndAttributes>? privilegesToDelete,
        IReadOnlyList<SidAndAttributes>? sidsToRestrict, out NtHandle newTokenHandle)
    {
        Win32Call.Enter(call);
        var status = TokenCopying.NtFilterToken(call, existingTokenHandle, flags, sidsToDisable, privilegesToDelete, sidsToRestrict,
            out newTokenHandle);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// IsTokenRestricted: TRUE when the token has restricting SIDs. It asks NtQueryInformationToken for
    /// TokenRestrictedSids (first for the size, then the list) and answers GroupCount != 0, so a
    /// write-restricted token without restricting SIDs, or one with only deny-only SIDs or deleted privileges,
    /// is not "restricted" (IsTokenRestricted page; wine.md 1.5). FALSE with the last error set when a query
    /// fails (ERROR_INVALID_HANDLE, ERROR_ACCESS_DENIED without TOKEN_QUERY); FALSE for an unrestricted token
    /// leaves the last error alone.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: with TOKEN_QUERY.</param>
    public static bool IsTokenRestricted(KernelCall call, NtHandle tokenHandle)
    {
        Win32Call.Enter(call);
        var status = TokenInformationRoutines.NtQueryInformationToken(call, tokenHandle, TokenInformationClass.TokenRestrictedSids, 0, out _,
            out int needed);
        if (status != NtStatus.STATUS_BUFFER_TOO_SMALL)
        {
            // A zero-length query cannot succeed (TOKEN_GROUPS has an 8-byte header): anything else is an error.
            return Win32Call.Fail(call, status);
        }

        status = TokenInformationRoutines.NtQueryInformationToken(call, tokenHandle, TokenInformationClass.TokenRestrictedSids, needed,
            out var information, out _);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        return information is TokenGroupsInformation { Groups: { IsDefaultOrEmpty: false } };
    }

    /// <summary>
    /// GetTokenInformation: NtQueryInformationToken. FALSE with ERROR_INSUFFICIENT_BUFFER when
    /// <paramref name="tokenInformationLength"/> is too small, <paramref name="returnLength"/> then holding the
    /// bytes needed (GTI-01, GTI-03); ERROR_BAD_LENGTH where the native routine says STATUS_INFO_LENGTH_MISMATCH
    /// (TokenElevation's buffer must be exactly 4 bytes); ERROR_INVALID_PARAMETER for TokenImpersonationLevel of
    /// a primary token (GTI-04) or an unknown class; ERROR_NO_TOKEN for the thread-token pseudo-handle of a
    /// thread that does not impersonate (OTT-11). On success the last error is not modified (GTI-02).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: with TOKEN_QUERY (TOKEN_QUERY_SOURCE for TokenSource); pseudo-handles -4, -5, -6 work.</param>
    /// <param name="tokenInformationClass">TokenInformationClass.</param>
    /// <param name="tokenInformation">TokenInformation: the structure on success, null (nothing written) on failure.</param>
    /// <param name="tokenInformationLength">TokenInformationLength: the caller's buffer size in bytes.</param>
    /// <param name="returnLength">ReturnLength: the bytes the structure needs, as the native routine reports it.</param>
    public static bool GetTokenInformation(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        out TokenInformation? tokenInformation, int tokenInformationLength, out int returnLength)
    {
        Win32Call.Enter(call);
        var status = TokenInformationRoutines.NtQueryInformationToken(call, tokenHandle, tokenInformationClass, tokenInformationLength,
            out tokenInformation, out returnLength);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// SetTokenInformation: NtSetInformationToken. ERROR_BAD_LENGTH for a length the class does not accept
    /// (STI-01), ERROR_NOACCESS for a NULL buffer (STI-02), ERROR_INVALID_PARAMETER for a class that cannot be
    /// set (STI-05, ELV-05), ERROR_PRIVILEGE_NOT_HELD (STI-08), ERROR_INVALID_OWNER (STI-09).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: with TOKEN_ADJUST_DEFAULT (and what the class needs besides).</param>
    /// <param name="tokenInformationClass">TokenInformationClass.</param>
    /// <param name="tokenInformation">TokenInformation: the new value, or null for a NULL buffer.</param>
    /// <param name="tokenInformationLength">TokenInformationLength: in bytes (use <see cref="TokenInformation.Length"/> for the structure's own).</param>
    public static bool SetTokenInformation(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        TokenInformation? tokenInformation, int tokenInformationLength)
    {
        Win32Call.Enter(call);
        var status = TokenInformationRoutines.NtSetInformationToken(call, tokenHandle, tokenInformationClass, tokenInformation, tokenInformationLength);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// AdjustTokenPrivileges: NtAdjustPrivilegesToken, returning TRUE for STATUS_SUCCESS and for
    /// STATUS_NOT_ALL_ASSIGNED. Unlike most functions it always sets the last error: ERROR_SUCCESS when every
    /// privilege was adjusted, ERROR_NOT_ALL_ASSIGNED when some privilege is not in the token (PRV-08, PRV-11;
    /// "To determine whether the function adjusted all of the specified privileges, call GetLastError",
    /// AdjustTokenPrivileges page); on failure the error of the status (ERROR_INSUFFICIENT_BUFFER with
    /// <paramref name="returnLength"/> set when the PreviousState buffer is too small).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: TOKEN_ADJUST_PRIVILEGES, plus TOKEN_QUERY with a PreviousState.</param>
    /// <param name="disableAllPrivileges">DisableAllPrivileges.</param>
    /// <param name="newState">NewState, or null (NULL; allowed only with DisableAllPrivileges).</param>
    /// <param name="bufferLength">BufferLength: the bytes of the PreviousState buffer.</param>
    /// <param name="previousState">PreviousState: receives the changed privileges, or null (NULL).</param>
    /// <param name="returnLength">ReturnLength: the bytes PreviousState needs, or null (NULL); untouched without a PreviousState (PRV-05).</param>
    public static bool AdjustTokenPrivileges(KernelCall call, NtHandle tokenHandle, bool disableAllPrivileges,
        IReadOnlyList<LuidAndAttributes>? newState, uint bufferLength, StrongBox<ImmutableArray<LuidAndAttributes>>? previousState,
        StrongBox<uint>? returnLength)
    {
        Win32Call.Enter(call);
        var status = TokenAdjusting.NtAdjustPrivilegesToken(call, tokenHandle, disableAllPrivileges, newState, bufferLength, previousState, returnLength);
        call.Thread.LastError = (uint)NtStatusMapping.ToDosError(status);
        return status.IsSuccess();
    }

    /// <summary>
    /// AdjustTokenGroups: NtAdjustGroupsToken. TRUE when the status is a success (STATUS_NOT_ALL_ASSIGNED
    /// included), with the last error left alone; FALSE with the status's error otherwise
    /// (ERROR_CANT_DISABLE_MANDATORY, ERROR_CANT_ENABLE_DENY_ONLY, ERROR_INVALID_PARAMETER for a NULL NewState
    /// without ResetToDefault, GRP-03). The page does not say what happens to the last error for
    /// STATUS_NOT_ALL_ASSIGNED; the model follows ReactOS's advapi32 (only failures set it). Unverified on
    /// Windows; Wine's kernelbase returns FALSE for it instead.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: TOKEN_ADJUST_GROUPS, plus TOKEN_QUERY with a PreviousState.</param>
    /// <param name="resetToDefault">ResetToDefault.</param>
    /// <param name="newState">NewState, or null (NULL).</param>
    /// <param name="bufferLength">BufferLength: the bytes of the PreviousState buffer.</param>
    /// <param name="previousState">PreviousState: receives the changed groups, or null (NULL).</param>
    /// <param name="returnLength">ReturnLength: the bytes PreviousState needs, or null (NULL).</param>
    public static bool AdjustTokenGroups(KernelCall call, NtHandle tokenHandle, bool resetToDefault, IReadOnlyList<SidAndAttributes>? newState,
        uint bufferLength, StrongBox<ImmutableArray<SidAndAttributes>>? previousState, StrongBox<uint>? returnLength)
    {
        Win32Call.Enter(call);
        var status = TokenAdjusting.NtAdjustGroupsToken(call, tokenHandle, resetToDefault, newState, bufferLength, previousState, returnLength);
        return Win32Call.Check(call, status);
    }
}
