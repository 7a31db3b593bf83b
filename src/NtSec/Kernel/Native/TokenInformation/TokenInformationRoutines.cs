using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtQueryInformationToken / ZwQueryInformationToken and NtSetInformationToken / ZwSetInformationToken.
/// Behaviour follows current Windows (10/11): Microsoft's NtQueryInformationToken and TOKEN_INFORMATION_CLASS
/// pages; the Wine conformance tests that pass on Windows (wine.md 1.9, 1.10, 1.12: GTI-*, STI-*, ELV-*);
/// ReactOS's apitests; and, where those are silent, the Windows 11 kernel routines as decompiled in public
/// research repositories and the Windows Research Kernel (read for behaviour only). Decisions and their
/// sources are listed on each member and in docs of the helper types.
/// </summary>
/// <remarks>
/// <para>Query classes answered with data: 1-13, 15, 17-21, 23-32, 40-42. STATUS_NOT_IMPLEMENTED (Windows
/// answers them, this model holds no such data): TokenAuditPolicy, TokenAccessInformation,
/// TokenUserClaimAttributes, TokenDeviceClaimAttributes, TokenDeviceGroups, TokenSecurityAttributes,
/// TokenSingletonAttributes, TokenBnoIsolation, TokenIsSandboxed, TokenIsAppSilo, and
/// TokenAppContainerNumber for an AppContainer token (the model allocates no AppContainer numbers).
/// STATUS_INVALID_INFO_CLASS, before the handle is looked at: 0, 14, 35, 36, 38, 45, 46, 49, 50 and anything
/// above (the Windows kernel does not answer them).</para>
/// <para>Settable classes: TokenOwner, TokenPrimaryGroup, TokenDefaultDacl, TokenSessionId, TokenOrigin,
/// TokenLinkedToken, TokenVirtualizationAllowed, TokenVirtualizationEnabled, TokenIntegrityLevel,
/// TokenUIAccess, TokenMandatoryPolicy. STATUS_NOT_IMPLEMENTED (settable on Windows, not modelled):
/// TokenSessionReference, TokenAuditPolicy, TokenSecurityAttributes, TokenPrivateNameSpace. Every other
/// class is STATUS_INVALID_INFO_CLASS (STI-05, STI-07).</para>
/// </remarks>
public static class TokenInformationRoutines
{
    private const uint QueryAccess = (uint)TokenAccessRights.TOKEN_QUERY;
    private const uint QuerySourceAccess = (uint)TokenAccessRights.TOKEN_QUERY_SOURCE;
    private const uint TokenAdjustDefault = (uint)TokenAccessRights.TOKEN_ADJUST_DEFAULT;
    private const uint TokenAdjustSessionId = (uint)TokenAccessRights.TOKEN_ADJUST_SESSIONID;

    /// <summary>
    /// NtQueryInformationToken. The handle needs TOKEN_QUERY (TOKEN_QUERY_SOURCE for TokenSource), else
    /// STATUS_ACCESS_DENIED; STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH and, for the thread-token
    /// pseudo handle of a thread that does not impersonate, STATUS_NO_TOKEN come from the handle. Pseudo
    /// handles -4 and -6 answer for the process and the effective token (GTI-11). Any impersonation level,
    /// Anonymous included, can be queried (GTI-06).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="tokenHandle">The token handle (or a pseudo handle).</param>
    /// <param name="tokenInformationClass">What to return.</param>
    /// <param name="tokenInformationLength">The caller's buffer size in bytes.</param>
    /// <param name="tokenInformation">The structure on STATUS_SUCCESS; null otherwise (nothing is written on failure).</param>
    /// <param name="returnLength">
    /// The bytes Windows x64 needs for the class (<see cref="TokenInformation.Length"/>), as Windows reports
    /// them: also on STATUS_BUFFER_TOO_SMALL (GTI-01, GTI-03, GTI-15) and on STATUS_INFO_LENGTH_MISMATCH. 0 where
    /// Windows leaves ReturnLength unwritten (a failed handle lookup, an invalid class, TokenImpersonationLevel
    /// of a primary token, TokenLogonSid without a logon SID).
    /// </param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_BUFFER_TOO_SMALL when the buffer is shorter than needed (every class: fixed-size
    /// and variable-size alike; never STATUS_BUFFER_OVERFLOW); STATUS_INFO_LENGTH_MISMATCH when TokenElevation's
    /// buffer is not exactly 4 bytes (checked before the handle) or TokenLinkedToken's not exactly 8;
    /// STATUS_INVALID_INFO_CLASS (unknown class, or TokenImpersonationLevel of a primary token: GTI-04, ReactOS
    /// apitest; Win32 ERROR_INVALID_PARAMETER); STATUS_NOT_FOUND (TokenLogonSid, no logon SID);
    /// STATUS_NO_SUCH_LOGON_SESSION (TokenLinkedToken of a token with no linked token); STATUS_NOT_IMPLEMENTED
    /// (see remarks); the handle statuses.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenInformationLength"/> is negative.</exception>
    public static NtStatus NtQueryInformationToken(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        int tokenInformationLength, out TokenInformation? tokenInformation, out int returnLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenInformationLength);
        tokenInformation = null;
        returnLength = 0;
        var c = tokenInformationClass;
        if (!TokenInformationBuilder.IsQueryable(c))
        {
            return NtStatus.STATUS_INVALID_INFO_CLASS;
        }

        if (TokenInformationBuilder.IsUnmodelled(c))
        {
            return NtStatus.STATUS_NOT_IMPLEMENTED;
        }

        if (c == TokenInformationClass.TokenElevation)
        {
            // Windows writes ReturnLength and checks the exact size before it references the handle.
            returnLength = TokenInformationLayout.DwordSize;
            if (tokenInformationLength != TokenInformationLayout.DwordSize)
            {
                return NtStatus.STATUS_INFO_LENGTH_MISMATCH;
            }
        }

        uint access = c == TokenInformationClass.TokenSource ? QuerySourceAccess : QueryAccess;
        var status = ObjectManager.ReferenceByHandle(call, tokenHandle, access, ObjectTypeKind.Token, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not TokenObject token)
        {
            return status;
        }

        if (c == TokenInformationClass.TokenLinkedToken)
        {
            return TokenLinkedTokens.Query(call, token, tokenInformationLength, out tokenInformation, out returnLength);
        }

        var state = token.State;
        if (c == TokenInformationClass.TokenAppContainerNumber && (state.Flags & TokenFlags.TOKEN_LOWBOX) != 0)
        {
            returnLength = TokenInformationLayout.DwordSize;
            return NtStatus.STATUS_NOT_IMPLEMENTED;
        }

        status = TokenInformationBuilder.Build(c, state, out var information);
        if (status != NtStatus.STATUS_SUCCESS || information is null)
        {
            return status;
        }

        returnLength = information.Length;
        if (tokenInformationLength < information.Length)
        {
            return NtStatus.STATUS_BUFFER_TOO_SMALL;
        }

        tokenInformation = information;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>ZwQueryInformationToken: NtQueryInformationToken with previous mode KernelMode (no access check on the handle).</summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">The token handle (kernel handles allowed).</param>
    /// <param name="tokenInformationClass">What to return.</param>
    /// <param name="tokenInformationLength">The buffer size in bytes.</param>
    /// <param name="tokenInformation">The structure on success.</param>
    /// <param name="returnLength">The bytes needed.</param>
    /// <returns>As <see cref="NtQueryInformationToken"/>.</returns>
    public static NtStatus ZwQueryInformationToken(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        int tokenInformationLength, out TokenInformation? tokenInformation, out int returnLength) =>
        NtQueryInformationToken(call.AsKernel(), tokenHandle, tokenInformationClass, tokenInformationLength, out tokenInformation, out returnLength);

    /// <summary>
    /// NtSetInformationToken with the natural length of <paramref name="tokenInformation"/> (the length a
    /// SetTokenInformation caller passes for the structure and its data).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="tokenHandle">The token handle.</param>
    /// <param name="tokenInformationClass">What to set.</param>
    /// <param name="tokenInformation">The new value.</param>
    /// <returns>As the overload with a length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokenInformation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tokenInformation"/> is not a structure of the class.</exception>
    public static NtStatus NtSetInformationToken(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        TokenInformation tokenInformation)
    {
        ArgumentNullException.ThrowIfNull(tokenInformation);
        return NtSetInformationToken(call, tokenHandle, tokenInformationClass, tokenInformation, tokenInformation.Length);
    }

    /// <summary>
    /// NtSetInformationToken. Order (Windows 11): class (STATUS_INVALID_INFO_CLASS), then the handle
    /// (TOKEN_ADJUST_DEFAULT; TokenSessionId also TOKEN_ADJUST_SESSIONID; TokenLinkedToken also TOKEN_QUERY),
    /// then the length (STATUS_INFO_LENGTH_MISMATCH: STI-01), then the buffer (a null
    /// <paramref name="tokenInformation"/> with a non-zero length is a NULL pointer: STATUS_ACCESS_VIOLATION,
    /// STI-02), then the class's own rules (privileges: SeTcbPrivilege for TokenSessionId, TokenOrigin,
    /// TokenMandatoryPolicy, a non-zero TokenUIAccess and raising TokenIntegrityLevel; SeCreateTokenPrivilege for
    /// TokenVirtualizationAllowed and TokenLinkedToken; STATUS_PRIVILEGE_NOT_HELD otherwise: STI-08).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="tokenHandle">The token handle.</param>
    /// <param name="tokenInformationClass">What to set.</param>
    /// <param name="tokenInformation">
    /// The new value: <see cref="TokenOwnerInformation"/>, <see cref="TokenPrimaryGroupInformation"/>,
    /// <see cref="TokenDefaultDaclInformation"/> (null DACL allowed), <see cref="TokenDwordInformation"/> for
    /// TokenSessionId / TokenVirtualizationAllowed / TokenVirtualizationEnabled / TokenUIAccess,
    /// <see cref="TokenOriginInformation"/>, <see cref="TokenLinkedTokenInformation"/>,
    /// <see cref="TokenMandatoryLabelInformation"/>, <see cref="TokenMandatoryPolicyInformation"/>; or null for a
    /// NULL buffer.
    /// </param>
    /// <param name="tokenInformationLength">TokenInformationLength: at least the structure's size for TokenOwner,
    /// TokenPrimaryGroup, TokenDefaultDacl (8) and TokenIntegrityLevel (16); exactly 4 for the DWORD classes and
    /// 8 for TokenOrigin and TokenLinkedToken.</param>
    /// <returns>
    /// STATUS_SUCCESS or: STATUS_INVALID_INFO_CLASS; the handle statuses; STATUS_INFO_LENGTH_MISMATCH;
    /// STATUS_ACCESS_VIOLATION; STATUS_PRIVILEGE_NOT_HELD; STATUS_INVALID_OWNER (STI-09);
    /// STATUS_INVALID_PRIMARY_GROUP; STATUS_ALLOTTED_SPACE_EXCEEDED (primary group plus default DACL larger
    /// than the token's dynamic charge); STATUS_INVALID_LABEL; STATUS_TOKEN_ALREADY_IN_USE (TokenSessionId,
    /// TokenMandatoryPolicy or raising TokenIntegrityLevel on a process's primary token);
    /// STATUS_INVALID_PARAMETER (TokenMandatoryPolicy bits outside 0x3; TokenLinkedToken rules);
    /// STATUS_NOT_IMPLEMENTED (see remarks).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenInformationLength"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="tokenInformation"/> is not a structure of the class.</exception>
    public static NtStatus NtSetInformationToken(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        TokenInformation? tokenInformation, int tokenInformationLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenInformationLength);
        var c = tokenInformationClass;
        if (tokenInformation is not null && !Fits(c, tokenInformation))
        {
            throw new ArgumentException($"a {tokenInformation.GetType().Name} for {tokenInformation.InformationClass} cannot set {c}",
                nameof(tokenInformation));
        }

        if (!IsSettable(c))
        {
            return NtStatus.STATUS_INVALID_INFO_CLASS;
        }

        uint access = c switch
        {
            TokenInformationClass.TokenSessionId => TokenAdjustDefault | TokenAdjustSessionId,
            TokenInformationClass.TokenLinkedToken => TokenAdjustDefault | QueryAccess,
            _ => TokenAdjustDefault,
        };
        var status = ObjectManager.ReferenceByHandle(call, tokenHandle, access, ObjectTypeKind.Token, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not TokenObject token)
        {
            return status;
        }

        if (c is TokenInformationClass.TokenSessionReference or TokenInformationClass.TokenAuditPolicy
            or TokenInformationClass.TokenSecurityAttributes or TokenInformationClass.TokenPrivateNameSpace)
        {
            return NtStatus.STATUS_NOT_IMPLEMENTED;
        }

        (int length, bool exact) = RequiredLength(c);
        if (exact ? tokenInformationLength != length : tokenInformationLength < length)
        {
            return NtStatus.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (tokenInformation is null)
        {
            return NtStatus.STATUS_ACCESS_VIOLATION; // reading the NULL buffer faults inside the capture
        }

        return Apply(call, token, tokenInformation);
    }

    /// <summary>ZwSetInformationToken: NtSetInformationToken with previous mode KernelMode (no access or privilege checks).</summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">The token handle (kernel handles allowed).</param>
    /// <param name="tokenInformationClass">What to set.</param>
    /// <param name="tokenInformation">The new value, or null for a NULL buffer.</param>
    /// <param name="tokenInformationLength">The buffer length.</param>
    /// <returns>As <see cref="NtSetInformationToken(KernelCall, NtHandle, TokenInformationClass, TokenInformation?, int)"/>.</returns>
    public static NtStatus ZwSetInformationToken(KernelCall call, NtHandle tokenHandle, TokenInformationClass tokenInformationClass,
        TokenInformation? tokenInformation, int tokenInformationLength) =>
        NtSetInformationToken(call.AsKernel(), tokenHandle, tokenInformationClass, tokenInformation, tokenInformationLength);

    /// <summary>
    /// The classes Windows 11 accepts in NtSetInformationToken (a bit mask over classes 0-42, 0x4800F8B5070):
    /// 4, 5, 6, 12, 14, 16, 17, 19, 23, 24, 25, 26, 27, 39, 42.
    /// </summary>
    private static bool IsSettable(TokenInformationClass c) => (int)c is >= 0 and <= 42 && ((0x480_0F8B_5070UL >> (int)c) & 1) != 0;

    private static (int Length, bool Exact) RequiredLength(TokenInformationClass c) => c switch
    {
        TokenInformationClass.TokenOwner or TokenInformationClass.TokenPrimaryGroup or TokenInformationClass.TokenDefaultDacl
            => (TokenInformationLayout.PointerSize, false),
        TokenInformationClass.TokenIntegrityLevel => (TokenInformationLayout.SidAndAttributesSize, false),
        TokenInformationClass.TokenOrigin or TokenInformationClass.TokenLinkedToken => (TokenInformationLayout.LuidSize, true),
        _ => (TokenInformationLayout.DwordSize, true),
    };

    private static bool Fits(TokenInformationClass c, TokenInformation info) => info.InformationClass == c && c switch
    {
        TokenInformationClass.TokenOwner => info is TokenOwnerInformation,
        TokenInformationClass.TokenPrimaryGroup => info is TokenPrimaryGroupInformation,
        TokenInformationClass.TokenDefaultDacl => info is TokenDefaultDaclInformation,
        TokenInformationClass.TokenOrigin => info is TokenOriginInformation,
        TokenInformationClass.TokenLinkedToken => info is TokenLinkedTokenInformation,
        TokenInformationClass.TokenIntegrityLevel => info is TokenMandatoryLabelInformation,
        TokenInformationClass.TokenMandatoryPolicy => info is TokenMandatoryPolicyInformation,
        TokenInformationClass.TokenSessionId or TokenInformationClass.TokenVirtualizationAllowed
            or TokenInformationClass.TokenVirtualizationEnabled or TokenInformationClass.TokenUIAccess => info is TokenDwordInformation,
        _ => true, // classes that fail before the structure is read
    };

    private static NtStatus Apply(KernelCall call, TokenObject token, TokenInformation info)
    {
        var ids = call.Machine.Luids;
        bool Tcb() => CallerPrivileges.Held(call, WellKnownPrivilege.SeTcbPrivilege);
        switch (info)
        {
            case TokenOwnerInformation owner:
                return TokenInformationSetters.Owner(token, owner.Owner, ids);
            case TokenPrimaryGroupInformation group:
                return TokenInformationSetters.PrimaryGroup(token, group.PrimaryGroup, ids);
            case TokenDefaultDaclInformation dacl:
                return TokenInformationSetters.DefaultDacl(token, dacl.DefaultDacl, ids);
            case TokenOriginInformation origin:
                return Tcb() ? TokenInformationSetters.Origin(token, origin.OriginatingLogonSession, ids) : NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            case TokenLinkedTokenInformation linked:
                return TokenLinkedTokens.Set(call, token, linked.LinkedToken);
            case TokenMandatoryLabelInformation label:
                return TokenInformationSetters.Integrity(token, label.Label.Sid, Tcb(), IsInUse(call, token), ids);
            case TokenMandatoryPolicyInformation policy:
                return Tcb() ? TokenInformationSetters.MandatoryPolicy(token, policy.Policy, IsInUse(call, token), ids) : NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            case TokenDwordInformation { InformationClass: TokenInformationClass.TokenSessionId } session:
                return Tcb() ? TokenInformationSetters.SessionId(token, session.Value, IsInUse(call, token)) : NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            case TokenDwordInformation { InformationClass: TokenInformationClass.TokenVirtualizationAllowed } allowed:
                return CallerPrivileges.Held(call, WellKnownPrivilege.SeCreateTokenPrivilege)
                    ? TokenInformationSetters.Flag(token, TokenFlags.TOKEN_VIRTUALIZE_ALLOWED, allowed.Value != 0, ids)
                    : NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            case TokenDwordInformation { InformationClass: TokenInformationClass.TokenVirtualizationEnabled } enabled:
                return TokenInformationSetters.VirtualizationEnabled(token, enabled.Value != 0, ids);
            case TokenDwordInformation { InformationClass: TokenInformationClass.TokenUIAccess } uiAccess:
                // Clearing UIAccess needs no privilege; setting it needs SeTcbPrivilege.
                return uiAccess.Value == 0 || Tcb()
                    ? TokenInformationSetters.Flag(token, TokenFlags.TOKEN_UIACCESS, uiAccess.Value != 0, ids)
                    : NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            default:
                throw new ArgumentException($"{info.InformationClass} is not settable", nameof(info));
        }
    }

    /// <summary>TokenInUse: the token is some process's primary token.</summary>
    private static bool IsInUse(KernelCall call, TokenObject token) =>
        call.Machine.Processes.Any(p => ReferenceEquals(p.PrimaryToken, token));
}
