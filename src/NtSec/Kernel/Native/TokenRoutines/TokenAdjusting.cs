using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtAdjustPrivilegesToken and NtAdjustGroupsToken: the handle rules and the PreviousState buffer around
/// <see cref="TokenAdjuster"/>. The change is applied to the token object atomically through
/// <see cref="TokenObject.Update{T}"/>; a change gives the token a new ModifiedId, a call that changes
/// nothing keeps it. Optional pointers are modelled as <see cref="StrongBox{T}"/>: null is a NULL pointer,
/// and the routine writes <see cref="StrongBox{T}.Value"/> only where Windows writes through the pointer.
/// </summary>
public static class TokenAdjusting
{
    /// <summary>FIELD_OFFSET(TOKEN_PRIVILEGES, Privileges): the PrivilegeCount DWORD.</summary>
    public const uint TokenPrivilegesHeaderLength = 4;

    /// <summary>sizeof(LUID_AND_ATTRIBUTES).</summary>
    public const uint LuidAndAttributesLength = 12;

    /// <summary>FIELD_OFFSET(TOKEN_GROUPS, Groups) on 64-bit Windows: the GroupCount DWORD padded to pointer alignment.</summary>
    public const uint TokenGroupsHeaderLength = 8;

    /// <summary>sizeof(SID_AND_ATTRIBUTES) on 64-bit Windows: a pointer and a DWORD, padded.</summary>
    public const uint SidAndAttributesLength = 16;

    /// <summary>
    /// NtAdjustPrivilegesToken (Microsoft "NtAdjustPrivilegesToken"/"AdjustTokenPrivileges" pages; ReactOS
    /// tokenadj.c for the order of the checks). Statuses: STATUS_SUCCESS; STATUS_NOT_ALL_ASSIGNED (a success:
    /// some privilege of <paramref name="newState"/> is not in the token, PRV-08, PRV-11); STATUS_INVALID_PARAMETER
    /// (<paramref name="disableAllPrivileges"/> false and <paramref name="newState"/> null, checked first);
    /// STATUS_ACCESS_VIOLATION (<paramref name="previousState"/> given without <paramref name="returnLength"/>);
    /// STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (the handle lacks
    /// TOKEN_ADJUST_PRIVILEGES, or TOKEN_QUERY when <paramref name="previousState"/> is given);
    /// STATUS_BUFFER_TOO_SMALL (<paramref name="bufferLength"/> cannot hold the previous state: nothing is
    /// changed and <paramref name="returnLength"/> receives the length needed).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="tokenHandle">TokenHandle: TOKEN_ADJUST_PRIVILEGES, plus TOKEN_QUERY with a PreviousState.</param>
    /// <param name="disableAllPrivileges">DisableAllPrivileges (PRV-09).</param>
    /// <param name="newState">NewState (TOKEN_PRIVILEGES), ignored when disabling all.</param>
    /// <param name="bufferLength">BufferLength: the bytes of the PreviousState buffer (ignored without one, PRV-10).</param>
    /// <param name="previousState">PreviousState: receives the changed privileges with their old attributes (PRV-06, PRV-11), or null.</param>
    /// <param name="returnLength">
    /// ReturnLength: with a PreviousState, receives 4 + 12 per changed privilege; untouched without one (PRV-05).
    /// </param>
    public static NtStatus NtAdjustPrivilegesToken(KernelCall call, NtHandle tokenHandle, bool disableAllPrivileges,
        IReadOnlyList<LuidAndAttributes>? newState, uint bufferLength, StrongBox<ImmutableArray<LuidAndAttributes>>? previousState,
        StrongBox<uint>? returnLength)
    {
        if (!disableAllPrivileges && newState is null)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        var ids = call.Machine.Luids;
        return Adjust(call, tokenHandle, (uint)TokenAccessRights.TOKEN_ADJUST_PRIVILEGES, bufferLength, previousState, returnLength,
            state => TokenAdjuster.AdjustPrivileges(state, disableAllPrivileges, newState, ids),
            changed => TokenPrivilegesHeaderLength + (LuidAndAttributesLength * (uint)changed.Length));
    }

    /// <summary>
    /// NtAdjustGroupsToken (Microsoft "AdjustTokenGroups" page; ReactOS tokenadj.c for the order of the
    /// checks; the group rules are <see cref="TokenAdjuster.AdjustGroups"/>'s). Statuses: STATUS_SUCCESS;
    /// STATUS_NOT_ALL_ASSIGNED; STATUS_INVALID_PARAMETER (<paramref name="resetToDefault"/> false and
    /// <paramref name="newState"/> null, GRP-03, checked before the handle); STATUS_ACCESS_VIOLATION
    /// (<paramref name="previousState"/> without <paramref name="returnLength"/>); STATUS_INVALID_HANDLE (GRP-01),
    /// STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (no TOKEN_ADJUST_GROUPS, GRP-02, or no TOKEN_QUERY with
    /// a PreviousState); STATUS_CANT_DISABLE_MANDATORY; STATUS_CANT_ENABLE_DENY_ONLY; STATUS_BUFFER_TOO_SMALL.
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="tokenHandle">TokenHandle: TOKEN_ADJUST_GROUPS, plus TOKEN_QUERY with a PreviousState.</param>
    /// <param name="resetToDefault">ResetToDefault: every group back to its SE_GROUP_ENABLED_BY_DEFAULT state.</param>
    /// <param name="newState">NewState (TOKEN_GROUPS), ignored when resetting.</param>
    /// <param name="bufferLength">BufferLength: the bytes of the PreviousState buffer.</param>
    /// <param name="previousState">PreviousState: receives the changed groups with their old attributes, or null.</param>
    /// <param name="returnLength">
    /// ReturnLength: with a PreviousState, receives the 64-bit TOKEN_GROUPS length of the changed groups: 8,
    /// plus 16 per group, plus each SID's length (the SIDs are copied after the array). ReactOS counts no
    /// SID bytes because it hands back pointers into the token; the Windows value is unverified.
    /// </param>
    public static NtStatus NtAdjustGroupsToken(KernelCall call, NtHandle tokenHandle, bool resetToDefault,
        IReadOnlyList<SidAndAttributes>? newState, uint bufferLength, StrongBox<ImmutableArray<SidAndAttributes>>? previousState,
        StrongBox<uint>? returnLength)
    {
        if (!resetToDefault && newState is null)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        var ids = call.Machine.Luids;
        return Adjust(call, tokenHandle, (uint)TokenAccessRights.TOKEN_ADJUST_GROUPS, bufferLength, previousState, returnLength,
            state => TokenAdjuster.AdjustGroups(state, resetToDefault, newState, ids),
            changed =>
            {
                uint length = TokenGroupsHeaderLength;
                foreach (var g in changed)
                {
                    length += SidAndAttributesLength + (uint)g.Sid.BinaryLength;
                }

                return length;
            });
    }

    /// <summary>
    /// The shared body of both routines (ReactOS tokenadj.c order): a PreviousState without a ReturnLength is
    /// STATUS_ACCESS_VIOLATION; the handle needs <paramref name="adjustRight"/>, plus TOKEN_QUERY with a
    /// PreviousState; the change is applied atomically through the token object.
    /// </summary>
    private static NtStatus Adjust<T>(KernelCall call, NtHandle tokenHandle, uint adjustRight, uint bufferLength,
        StrongBox<ImmutableArray<T>>? previousState, StrongBox<uint>? returnLength,
        Func<TokenState, TokenAdjustment<T>> adjust, Func<ImmutableArray<T>, uint> previousStateLength)
    {
        if (previousState is not null && returnLength is null)
        {
            return NtStatus.STATUS_ACCESS_VIOLATION;
        }

        uint access = adjustRight | (previousState is null ? 0 : (uint)TokenAccessRights.TOKEN_QUERY);
        var status = TokenHandles.Reference(call, tokenHandle, access, out var token, out _);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        var (result, adjustment, required) = token.Update(state =>
        {
            var adjusted = adjust(state);
            return Decide(adjusted, previousStateLength(adjusted.PreviousState), previousState is not null, bufferLength);
        });

        return Report(result, adjustment, required, previousState, returnLength);
    }

    /// <summary>
    /// Inside the token lock: a failed adjustment or a PreviousState buffer that is too small changes
    /// nothing ("the function fails and does not adjust any privileges", AdjustTokenPrivileges page).
    /// </summary>
    private static ((NtStatus Status, TokenAdjustment<T> Adjustment, uint Required) Result, TokenState? NewState) Decide<T>(
        TokenAdjustment<T> adjusted, uint required, bool wantsPreviousState, uint bufferLength)
    {
        if (!adjusted.IsSuccess)
        {
            return ((adjusted.Status, adjusted, required), null);
        }

        if (wantsPreviousState && bufferLength < required)
        {
            return ((NtStatus.STATUS_BUFFER_TOO_SMALL, adjusted, required), null);
        }

        return ((adjusted.Status, adjusted, required), adjusted.Changed ? adjusted.Token : null);
    }

    private static NtStatus Report<T>(NtStatus status, TokenAdjustment<T> adjustment, uint required,
        StrongBox<ImmutableArray<T>>? previousState, StrongBox<uint>? returnLength)
    {
        bool lengthWritten = status.IsSuccess() || status == NtStatus.STATUS_BUFFER_TOO_SMALL;
        if (previousState is not null && lengthWritten)
        {
            returnLength!.Value = required;
            if (status.IsSuccess())
            {
                previousState.Value = adjustment.PreviousState;
            }
        }

        return status;
    }
}
