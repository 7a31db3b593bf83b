using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Kernel.Impersonation;
using NtSec.Kernel.Native;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Win32;

/// <summary>
/// The impersonation functions of advapi32 (securitybaseapi.h, processthreadsapi.h): ImpersonateSelf,
/// ImpersonateLoggedOnUser, ImpersonateAnonymousToken, SetThreadToken and RevertToSelf. They compose the
/// native routines the way advapi32/ntdll do; what a thread may impersonate is decided below them.
/// </summary>
public static class Advapi32Impersonation
{
    private const uint TokenDuplicate = (uint)TokenAccessRights.TOKEN_DUPLICATE;
    private const uint TokenImpersonate = (uint)TokenAccessRights.TOKEN_IMPERSONATE;
    private const uint TokenQuery = (uint)TokenAccessRights.TOKEN_QUERY;

    /// <summary>
    /// ImpersonateSelf (RtlImpersonateSelf): NtOpenProcessToken(NtCurrentProcess(), TOKEN_DUPLICATE), then
    /// NtDuplicateToken(TOKEN_IMPERSONATE, QoS {<paramref name="impersonationLevel"/>, static, not
    /// effective-only}, TokenImpersonation), then NtSetInformationThread(NtCurrentThread(),
    /// ThreadImpersonationToken), closing both handles. TRUE at every level (IMP-01); a level outside the
    /// enumeration gives ERROR_BAD_IMPERSONATION_LEVEL. The open is checked as the thread's current effective
    /// token, so a thread that already impersonates below SecurityImpersonation fails with
    /// ERROR_BAD_IMPERSONATION_LEVEL.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="impersonationLevel">ImpersonationLevel.</param>
    public static bool ImpersonateSelf(KernelCall call, SecurityImpersonationLevel impersonationLevel)
    {
        Win32Call.Enter(call);
        var status = TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, TokenDuplicate, out var process);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        var attributes = new ObjectAttributes(SecurityQualityOfService:
            new SecurityQualityOfService(impersonationLevel, ContextTrackingMode.Static, EffectiveOnly: false));
        status = TokenCopying.NtDuplicateToken(call, process, TokenImpersonate, attributes, false, TokenType.TokenImpersonation, out var copy);
        ObjectHandles.NtClose(call, process);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        status = Impersonating.NtSetInformationThread(call, NtHandle.CurrentThread, ThreadInformationClass.ThreadImpersonationToken, copy);
        ObjectHandles.NtClose(call, copy);
        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// ImpersonateLoggedOnUser: the calling thread impersonates <paramref name="hToken"/>. It queries TokenType
    /// (TOKEN_QUERY); a primary token is first duplicated to an impersonation token at SecurityImpersonation
    /// (TOKEN_DUPLICATE; the copy is what the thread gets), an impersonation token is used as it is
    /// (TOKEN_IMPERSONATE; the thread holds that token object, IMP-05). The token is installed by
    /// <see cref="ThreadImpersonation.PsImpersonateClient"/> at its own level, so the impersonation check
    /// applies: without SeImpersonatePrivilege, another user's token is silently installed as an
    /// Identification-level copy and the call still succeeds (ImpersonateLoggedOnUser page; docs/impersonation.md).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="hToken">hToken: primary (TOKEN_QUERY|TOKEN_DUPLICATE) or impersonation (TOKEN_QUERY|TOKEN_IMPERSONATE).</param>
    public static bool ImpersonateLoggedOnUser(KernelCall call, NtHandle hToken)
    {
        Win32Call.Enter(call);
        var status = TokenInformationRoutines.NtQueryInformationToken(call, hToken, TokenInformationClass.TokenType, sizeof(uint),
            out var information, out _);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        var handle = hToken;
        var copy = NtHandle.Null;
        if (information is TokenTypeInformation { TokenType: TokenType.TokenPrimary })
        {
            var attributes = new ObjectAttributes(SecurityQualityOfService:
                new SecurityQualityOfService(SecurityImpersonationLevel.SecurityImpersonation, ContextTrackingMode.Static, EffectiveOnly: false));
            status = TokenCopying.NtDuplicateToken(call, hToken, TokenImpersonate | TokenQuery, attributes, false, TokenType.TokenImpersonation,
                out copy);
            if (!status.IsSuccess())
            {
                return Win32Call.Fail(call, status);
            }

            handle = copy;
        }

        status = TokenHandles.Reference(call, handle, TokenImpersonate, out var token, out _);
        if (status.IsSuccess() && token is not null)
        {
            status = ThreadImpersonation.PsImpersonateClient(call, call.Thread, token, copyOnOpen: false, effectiveOnly: false,
                token.State.ImpersonationLevel);
        }

        if (!copy.IsNull)
        {
            ObjectHandles.NtClose(call, copy);
        }

        return Win32Call.Check(call, status);
    }

    /// <summary>
    /// ImpersonateAnonymousToken: NtImpersonateAnonymousToken. ERROR_INVALID_HANDLE for NULL (IMP-08),
    /// ERROR_ACCESS_DENIED for a thread handle without THREAD_IMPERSONATE (IMP-10).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="threadHandle">ThreadHandle: with THREAD_IMPERSONATE (GetCurrentThread() has it).</param>
    public static bool ImpersonateAnonymousToken(KernelCall call, NtHandle threadHandle)
    {
        Win32Call.Enter(call);
        return Win32Call.Check(call, Impersonating.NtImpersonateAnonymousToken(call, threadHandle));
    }

    /// <summary>
    /// SetThreadToken: NtSetInformationThread(*Thread, ThreadImpersonationToken, &amp;Token, sizeof(HANDLE)), with
    /// the calling thread when <paramref name="thread"/> is null (a NULL pointer). A NULL token ends the
    /// impersonation. ERROR_BAD_TOKEN_TYPE for a primary token (IMP-22); ERROR_ACCESS_DENIED for a thread handle
    /// without THREAD_SET_THREAD_TOKEN or a token handle without TOKEN_IMPERSONATE. The token is installed as
    /// the native routine installs it (see its remarks on the impersonation check).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="thread">Thread: a pointer to the thread handle, or null (NULL) for the calling thread.</param>
    /// <param name="token">Token: an impersonation token with TOKEN_IMPERSONATE, or NULL to revert.</param>
    public static bool SetThreadToken(KernelCall call, NtHandle? thread, NtHandle token)
    {
        Win32Call.Enter(call);
        var status = Impersonating.NtSetInformationThread(call, thread ?? NtHandle.CurrentThread, ThreadInformationClass.ThreadImpersonationToken,
            token);
        return Win32Call.Check(call, status);
    }

    /// <summary>RevertToSelf: NtSetInformationThread(NtCurrentThread(), ThreadImpersonationToken, NULL); TRUE whether or not the thread impersonated (IMP-07).</summary>
    /// <param name="call">The calling thread.</param>
    public static bool RevertToSelf(KernelCall call)
    {
        Win32Call.Enter(call);
        var status = Impersonating.NtSetInformationThread(call, NtHandle.CurrentThread, ThreadInformationClass.ThreadImpersonationToken,
            NtHandle.Null);
        return Win32Call.Check(call, status);
    }
}
