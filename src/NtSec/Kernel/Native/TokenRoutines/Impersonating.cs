using System.Runtime.CompilerServices;
using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Presets;

namespace NtSec.Kernel.Native;

/// <summary>
/// The routines that put an impersonation token on a thread: NtSetInformationThread with
/// ThreadImpersonationToken (SetThreadToken, ImpersonateLoggedOnUser and RevertToSelf go through it) and
/// NtImpersonateAnonymousToken.
/// </summary>
/// <remarks>
/// The thread takes the token object itself, not a copy (IMP-05), at the level the token carries. The
/// rules that let a server keep a level above SecurityIdentification (SeImpersonatePrivilege, same logon
/// session, same identity, integrity and restriction gates: DESIGN.md "Fidelity") are applied by the
/// impersonation layer that models PsImpersonateClient; these routines install the token as given.
/// </remarks>
public static class Impersonating
{
    /// <summary>sizeof(HANDLE) on 64-bit Windows: the ThreadInformationLength ThreadImpersonationToken needs.</summary>
    public const uint HandleLength = 8;

    private static readonly ConditionalWeakTable<Machine, TokenObject> AnonymousTokens = [];

    /// <summary>
    /// NtSetInformationThread (Microsoft "ZwSetInformationThread function (ntddk.h)": STATUS_INFO_LENGTH_MISMATCH,
    /// STATUS_INVALID_PARAMETER). Only ThreadImpersonationToken is modelled; other classes return
    /// STATUS_NOT_IMPLEMENTED. For ThreadImpersonationToken (ReactOS ps/query.c and PsAssignImpersonationToken,
    /// read for the order): a length other than sizeof(HANDLE) gives STATUS_INFO_LENGTH_MISMATCH; the thread
    /// handle needs THREAD_SET_THREAD_TOKEN (STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH,
    /// STATUS_ACCESS_DENIED); a NULL token handle reverts the thread to its process token (IMP-07); otherwise
    /// the token handle needs TOKEN_IMPERSONATE (same three statuses) and a primary token gives
    /// STATUS_BAD_TOKEN_TYPE (IMP-22).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="threadHandle">ThreadHandle (NtCurrentThread() is -2).</param>
    /// <param name="threadInformationClass">ThreadInformationClass.</param>
    /// <param name="threadInformation">ThreadInformation: the token handle, or NULL to revert.</param>
    /// <param name="threadInformationLength">ThreadInformationLength: sizeof(HANDLE).</param>
    public static NtStatus NtSetInformationThread(KernelCall call, NtHandle threadHandle, ThreadInformationClass threadInformationClass,
        NtHandle threadInformation, uint threadInformationLength = HandleLength)
    {
        if (threadInformationClass != ThreadInformationClass.ThreadImpersonationToken)
        {
            return NtStatus.STATUS_NOT_IMPLEMENTED;
        }

        if (threadInformationLength != HandleLength)
        {
            return NtStatus.STATUS_INFO_LENGTH_MISMATCH;
        }

        var status = ObjectManager.ReferenceByHandle(call, threadHandle, (uint)ThreadAccessRights.THREAD_SET_THREAD_TOKEN, ObjectTypeKind.Thread,
            out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not ThreadObject thread)
        {
            return status;
        }

        if (threadInformation.IsNull)
        {
            thread.Impersonation = null;
            return NtStatus.STATUS_SUCCESS;
        }

        status = TokenHandles.Reference(call, threadInformation, (uint)TokenAccessRights.TOKEN_IMPERSONATE, out var token, out _);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        var state = token.State;
        if (state.Type != TokenType.TokenImpersonation)
        {
            return NtStatus.STATUS_BAD_TOKEN_TYPE;
        }

        // PsAssignImpersonationToken: PsImpersonateClient(thread, token, CopyOnOpen FALSE, EffectiveOnly FALSE,
        // the token's own level) (ReactOS, read for behaviour) -- with the impersonation checks and their
        // silent downgrade (docs/impersonation.md), as SetThreadToken gets on Windows.
        return NtSec.Kernel.Impersonation.ThreadImpersonation.PsImpersonateClient(call, thread, token, false, false, state.ImpersonationLevel);
    }

    /// <summary>
    /// NtImpersonateAnonymousToken (ImpersonateAnonymousToken's native routine). The thread handle needs
    /// THREAD_IMPERSONATE: STATUS_INVALID_HANDLE for NULL (IMP-08), STATUS_ACCESS_DENIED for a handle without it
    /// (IMP-10), STATUS_OBJECT_TYPE_MISMATCH. A caller whose process token is restricted gets
    /// STATUS_ACCESS_DENIED (ReactOS; unverified on Windows). The thread then impersonates the machine's
    /// anonymous logon token (<see cref="TokenPresets.Anonymous"/>, one object per machine) at
    /// SecurityImpersonation with CopyOnOpen set, so NtOpenThreadToken returns a copy (ReactOS
    /// PsImpersonateClient arguments). The EveryoneIncludesAnonymous policy is not modelled: the token is the
    /// default one, without Everyone.
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="threadHandle">ThreadHandle (NtCurrentThread() is -2).</param>
    public static NtStatus NtImpersonateAnonymousToken(KernelCall call, NtHandle threadHandle)
    {
        var status = ObjectManager.ReferenceByHandle(call, threadHandle, (uint)ThreadAccessRights.THREAD_IMPERSONATE, ObjectTypeKind.Thread,
            out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not ThreadObject thread)
        {
            return status;
        }

        if (call.Process.PrimaryToken.State.IsRestricted)
        {
            return NtStatus.STATUS_ACCESS_DENIED;
        }

        thread.Impersonation = new ImpersonationState(AnonymousToken(call.Machine), SecurityImpersonationLevel.SecurityImpersonation, CopyOnOpen: true, EffectiveOnly: false);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>The anonymous logon token object of <paramref name="machine"/> that NtImpersonateAnonymousToken installs.</summary>
    public static TokenObject AnonymousToken(Machine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        return AnonymousTokens.GetValue(machine, _ => Machine.NewTokenObject(TokenPresets.Anonymous));
    }
}
