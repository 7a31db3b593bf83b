using System.Collections.Immutable;
using NtSec.Status;

namespace NtSec.Tokens.Operations;

/// <summary>
/// What NtAdjustPrivilegesToken / NtAdjustGroupsToken report: the status, the token state after the
/// call, and PreviousState (the entries the call changed, with their attributes before the change).
/// </summary>
/// <typeparam name="T"><see cref="LuidAndAttributes"/> for privileges, <see cref="SidAndAttributes"/> for groups.</typeparam>
/// <param name="Status">
/// STATUS_SUCCESS; STATUS_NOT_ALL_ASSIGNED (a success: some requested entries are not in the
/// token, the others were applied); or a failure, in which case nothing changed.
/// </param>
/// <param name="Token">The new snapshot when something changed (new ModifiedId), else the input snapshot itself.</param>
/// <param name="PreviousState">The changed entries with their previous attributes, in token order; empty on failure.</param>
public sealed record TokenAdjustment<T>(NtStatus Status, TokenState Token, ImmutableArray<T> PreviousState)
{
    /// <summary>NT_SUCCESS(Status).</summary>
    public bool IsSuccess => Status.IsSuccess();

    /// <summary>True when the call changed the token (and so gave it a new ModifiedId).</summary>
    public bool Changed => !PreviousState.IsDefaultOrEmpty;
}
