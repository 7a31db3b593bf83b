using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>NtPrivilegeCheck and NtCompareTokens: questions asked of a token through a handle.</summary>
public static class TokenChecking
{
    /// <summary>
    /// NtPrivilegeCheck (Microsoft "NtPrivilegeCheck function (ntifs.h)"). Statuses: STATUS_ACCESS_VIOLATION
    /// (<paramref name="requiredPrivileges"/> null, probed before the handle as in ReactOS);
    /// STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (the handle lacks TOKEN_QUERY);
    /// STATUS_BAD_IMPERSONATION_LEVEL (an impersonation token below SecurityIdentification, PRV-01). Primary
    /// tokens are accepted (PRV-03). The page also lists STATUS_PRIVILEGE_NOT_HELD ("the caller does not have
    /// sufficient privilege to use this privileged system service") without saying which privilege; no
    /// source read requires one, so the model never returns it.
    /// </summary>
    /// <remarks>
    /// Each privilege of the set that the token holds enabled gets SE_PRIVILEGE_USED_FOR_ACCESS in the set
    /// written back (wine.md probe 33, ReactOS SepPrivilegeCheck); other attributes are kept. With Control
    /// PRIVILEGE_SET_ALL_NECESSARY the result is true when every entry is held enabled (so an empty set is
    /// true); otherwise when at least one is. Only enabled privileges count ("NtPrivilegeCheck checks only for
    /// enabled privileges"); a deleted one is not held (PRV-04). A kernel-mode caller gets true without a
    /// check and an unchanged set (ReactOS SepPrivilegeCheck).
    /// </remarks>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="clientToken">ClientToken: a handle with TOKEN_QUERY.</param>
    /// <param name="requiredPrivileges">RequiredPrivileges: in, the set to test; out, the set with the used privileges marked.</param>
    /// <param name="result">Result: whether the client holds the privileges; false on failure.</param>
    public static NtStatus NtPrivilegeCheck(KernelCall call, NtHandle clientToken, StrongBox<PrivilegeSet>? requiredPrivileges, out bool result)
    {
        result = false;
        if (requiredPrivileges?.Value is not { } set)
        {
            return NtStatus.STATUS_ACCESS_VIOLATION;
        }

        var status = TokenHandles.Reference(call, clientToken, (uint)TokenAccessRights.TOKEN_QUERY, out var token, out _);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        var state = token.State;
        if (state.Type == TokenType.TokenImpersonation && state.ImpersonationLevel < SecurityImpersonationLevel.SecurityIdentification)
        {
            return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
        }

        if (!call.IsUserMode)
        {
            result = true;
            return NtStatus.STATUS_SUCCESS;
        }

        var enabled = state.Privileges.Where(p => p.IsEnabled).Select(p => p.Luid).ToHashSet();
        int found = 0;
        var marked = ImmutableArray.CreateBuilder<LuidAndAttributes>(set.Privileges.Length);
        foreach (var entry in set.Privileges)
        {
            if (enabled.Contains(entry.Luid))
            {
                found++;
                marked.Add(entry with { Attributes = entry.Attributes | PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS });
            }
            else
            {
                marked.Add(entry);
            }
        }

        bool allNecessary = (set.Control & PrivilegeSet.PRIVILEGE_SET_ALL_NECESSARY) != 0;
        result = allNecessary ? found == set.Privileges.Length : found > 0;
        requiredPrivileges.Value = set with { Privileges = marked.MoveToImmutable() };
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// NtCompareTokens (Microsoft "NtCompareTokens function"): whether two tokens are "equivalent with respect
    /// to a call to the AccessCheck function". Statuses: STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH,
    /// STATUS_ACCESS_DENIED (either handle lacks TOKEN_QUERY; the first handle is referenced first).
    /// </summary>
    /// <remarks>
    /// The page's conditions: every SID present in either token is present in the other; neither or both are
    /// restricted, and then the restricting SIDs match; every privilege present in either is present in the
    /// other. "Present" is read with attributes, as ReactOS's SepCompareTokens compares (SID, attributes) and
    /// (LUID, attributes) pairs; the ReactOS test run on Windows shows that disabling all privileges of one
    /// token makes the pair unequal, so privilege attributes count. The user, the groups and the integrity
    /// label SID are the token's SIDs (on Windows the label is one of the groups). System Informer's ntdoc also
    /// lists the mandatory policy, the AppContainer SID and the capabilities among the compared fields; the
    /// model compares those too. Type, impersonation level, ids, owner, primary group and default DACL are not
    /// compared (ReactOS test: a token and its Identification-level duplicate are equal). A token compared
    /// with itself is equal.
    /// </remarks>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="firstTokenHandle">FirstTokenHandle: a handle with TOKEN_QUERY.</param>
    /// <param name="secondTokenHandle">SecondTokenHandle: a handle with TOKEN_QUERY.</param>
    /// <param name="equal">Equal: whether the tokens are equivalent; false on failure.</param>
    public static NtStatus NtCompareTokens(KernelCall call, NtHandle firstTokenHandle, NtHandle secondTokenHandle, out bool equal)
    {
        equal = false;
        var status = TokenHandles.Reference(call, firstTokenHandle, (uint)TokenAccessRights.TOKEN_QUERY, out var first, out _);
        if (status != NtStatus.STATUS_SUCCESS || first is null)
        {
            return status;
        }

        status = TokenHandles.Reference(call, secondTokenHandle, (uint)TokenAccessRights.TOKEN_QUERY, out var second, out _);
        if (status != NtStatus.STATUS_SUCCESS || second is null)
        {
            return status;
        }

        equal = ReferenceEquals(first, second) || Equivalent(first.State, second.State);
        return NtStatus.STATUS_SUCCESS;
    }

    private static bool Equivalent(TokenState a, TokenState b) =>
        SameSet(Sids(a), Sids(b))
        && a.IsRestricted == b.IsRestricted
        && (!a.IsRestricted || SameSet(a.RestrictedSids, b.RestrictedSids))
        && SameSet(a.Privileges, b.Privileges)
        && a.MandatoryPolicy == b.MandatoryPolicy
        && a.AppContainerSid == b.AppContainerSid
        && SameSet(a.Capabilities, b.Capabilities);

    private static ImmutableArray<SidAndAttributes> Sids(TokenState token) =>
        [token.User, .. token.Groups, new SidAndAttributes(token.IntegrityLevel, GroupAttributes.None)];

    private static bool SameSet<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.Length == b.Length && a.All(b.Contains) && b.All(a.Contains);
}
