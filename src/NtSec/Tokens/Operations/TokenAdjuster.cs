using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Tokens.Operations;

/// <summary>
/// NtAdjustPrivilegesToken and NtAdjustGroupsToken as pure functions of a token snapshot. Handle
/// access (TOKEN_ADJUST_PRIVILEGES, TOKEN_ADJUST_GROUPS, TOKEN_QUERY for PreviousState) and the
/// PreviousState buffer size are the kernel layer's. Sources: Microsoft "AdjustTokenPrivileges" and
/// "AdjustTokenGroups" pages, "SID Attributes in an Access Token"; wine.md 1.8 (PRV-*, GRP-*); ReactOS
/// SepAdjustPrivileges / SepAdjustGroups read for behaviour where the documentation is silent.
/// </summary>
public static class TokenAdjuster
{
    private const PrivilegeAttributes RequestBits = PrivilegeAttributes.SE_PRIVILEGE_ENABLED | PrivilegeAttributes.SE_PRIVILEGE_REMOVED;

    /// <summary>NtAdjustPrivilegesToken.</summary>
    /// <param name="token">The token to adjust.</param>
    /// <param name="disableAllPrivileges">DisableAllPrivileges: disable every privilege; <paramref name="newState"/> is ignored.</param>
    /// <param name="newState">
    /// NewState: for each privilege, SE_PRIVILEGE_ENABLED enables it, its absence disables it, and
    /// SE_PRIVILEGE_REMOVED removes it from the token for good (PRV-07). Other attribute bits are ignored.
    /// </param>
    /// <param name="ids">Where the new ModifiedId comes from.</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_NOT_ALL_ASSIGNED (success class) when a requested privilege is not held
    /// (PRV-08, PRV-11) -- the others are still applied; STATUS_INVALID_PARAMETER when
    /// <paramref name="disableAllPrivileges"/> is false and <paramref name="newState"/> is null.
    /// PreviousState lists only the privileges whose attributes changed (PRV-11), with their old
    /// attributes, so feeding it back as NewState restores them (PRV-06) -- except removed ones (PRV-07).
    /// </returns>
    public static TokenAdjustment<LuidAndAttributes> AdjustPrivileges(TokenState token, bool disableAllPrivileges,
        IReadOnlyList<LuidAndAttributes>? newState, LuidAllocator ids)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfNullEntries(newState, nameof(newState));
        if (!disableAllPrivileges && newState is null)
        {
            // ReactOS NtAdjustPrivilegesToken; the Win32 page requires NewState unless DisableAllPrivileges.
            return Failed<LuidAndAttributes>(token, NtStatus.STATUS_INVALID_PARAMETER);
        }

        var kept = ImmutableArray.CreateBuilder<LuidAndAttributes>(token.Privileges.Length);
        var previous = ImmutableArray.CreateBuilder<LuidAndAttributes>();
        int found = 0;
        foreach (var p in token.Privileges)
        {
            PrivilegeAttributes next;
            if (disableAllPrivileges)
            {
                // PRV-09: every privilege disabled; SE_PRIVILEGE_ENABLED_BY_DEFAULT is kept.
                next = p.Attributes & ~PrivilegeAttributes.SE_PRIVILEGE_ENABLED;
            }
            else if (FirstMatch(newState!, p.Luid) is { } request)
            {
                found++;
                next = (request.Attributes & RequestBits) | (p.Attributes & ~PrivilegeAttributes.SE_PRIVILEGE_ENABLED);
            }
            else
            {
                kept.Add(p);
                continue;
            }

            if (next == p.Attributes)
            {
                kept.Add(p);
                continue;
            }

            previous.Add(p);
            if ((next & PrivilegeAttributes.SE_PRIVILEGE_REMOVED) == 0)
            {
                kept.Add(p with { Attributes = next });
            }
        }

        // Counted per privilege of the token, so a LUID listed twice also makes the count fall short
        // (ReactOS; unverified on Windows).
        var status = !disableAllPrivileges && found < newState!.Count ? NtStatus.STATUS_NOT_ALL_ASSIGNED : NtStatus.STATUS_SUCCESS;
        if (previous.Count == 0)
        {
            return new TokenAdjustment<LuidAndAttributes>(status, token, []);
        }

        var b = token.ToBuilder();
        b.Privileges = kept.ToImmutable();
        b.Flags = TokenPrivilegeFlags.Recompute(b.Flags, b.Privileges);
        b.ModifiedId = ids.Allocate();
        return new TokenAdjustment<LuidAndAttributes>(status, b.Build(), previous.ToImmutable());
    }

    /// <summary>NtAdjustGroupsToken.</summary>
    /// <param name="token">The token to adjust.</param>
    /// <param name="resetToDefault">
    /// ResetToDefault: every group gets SE_GROUP_ENABLED exactly when it has SE_GROUP_ENABLED_BY_DEFAULT;
    /// <paramref name="newState"/> is ignored.
    /// </param>
    /// <param name="newState">
    /// NewState: each listed group is set to the SE_GROUP_ENABLED bit given for it; other bits are ignored.
    /// </param>
    /// <param name="ids">Where the new ModifiedId comes from.</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_NOT_ALL_ASSIGNED (success class) when a listed SID is not a group of the
    /// token -- the user SID counts as not a group (it "cannot be disabled" by AdjustTokenGroups);
    /// STATUS_INVALID_PARAMETER when <paramref name="resetToDefault"/> is false and
    /// <paramref name="newState"/> is null (GRP-03); STATUS_CANT_DISABLE_MANDATORY for an attempt to
    /// disable an SE_GROUP_MANDATORY group; STATUS_CANT_ENABLE_DENY_ONLY for an attempt to enable a
    /// deny-only group (GRP-04). A failure changes nothing.
    /// </returns>
    public static TokenAdjustment<SidAndAttributes> AdjustGroups(TokenState token, bool resetToDefault,
        IReadOnlyList<SidAndAttributes>? newState, LuidAllocator ids)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfNullEntries(newState, nameof(newState));
        if (!resetToDefault && newState is null)
        {
            return Failed<SidAndAttributes>(token, NtStatus.STATUS_INVALID_PARAMETER);
        }

        var groups = token.Groups.ToBuilder();
        var previous = ImmutableArray.CreateBuilder<SidAndAttributes>();
        int found = 0;
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            GroupAttributes next;
            if (resetToDefault)
            {
                // Deny-only groups have neither bit and stay as they are.
                bool byDefault = (g.Attributes & GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT) != 0;
                next = byDefault ? g.Attributes | GroupAttributes.SE_GROUP_ENABLED : g.Attributes & ~GroupAttributes.SE_GROUP_ENABLED;
            }
            else if (FirstMatch(newState!, g.Sid) is { } request)
            {
                found++;
                bool enable = (request.Attributes & GroupAttributes.SE_GROUP_ENABLED) != 0;

                // "The AdjustTokenGroups function cannot disable groups with the SE_GROUP_MANDATORY attribute";
                // "You cannot enable a group that has the SE_GROUP_USE_FOR_DENY_ONLY attribute." The statuses
                // and the order of the two tests (first failing group in token order, mandatory before deny-only)
                // follow ReactOS. Nothing is changed when either fails: the whole request is validated before
                // any group is touched (the kernel counts changes in a first pass); unverified on Windows.
                if (!enable && (g.Attributes & GroupAttributes.SE_GROUP_MANDATORY) != 0)
                {
                    return Failed<SidAndAttributes>(token, NtStatus.STATUS_CANT_DISABLE_MANDATORY);
                }

                if (enable && g.IsDenyOnly)
                {
                    return Failed<SidAndAttributes>(token, NtStatus.STATUS_CANT_ENABLE_DENY_ONLY);
                }

                next = enable ? g.Attributes | GroupAttributes.SE_GROUP_ENABLED : g.Attributes & ~GroupAttributes.SE_GROUP_ENABLED;
            }
            else
            {
                continue;
            }

            if (next != g.Attributes)
            {
                previous.Add(g);
                groups[i] = g with { Attributes = next };
            }
        }

        // "The NewState parameter can list groups to be changed that are not present in the access token.
        // This does not affect the successful modification of the groups in the token." The status for that
        // case is STATUS_NOT_ALL_ASSIGNED in ReactOS (a success, so consistent with the page); unverified.
        var status = !resetToDefault && found < newState!.Count ? NtStatus.STATUS_NOT_ALL_ASSIGNED : NtStatus.STATUS_SUCCESS;
        if (previous.Count == 0)
        {
            return new TokenAdjustment<SidAndAttributes>(status, token, []);
        }

        var b = token.ToBuilder();
        b.Groups = groups.ToImmutable();
        b.ModifiedId = ids.Allocate();
        return new TokenAdjustment<SidAndAttributes>(status, b.Build(), previous.ToImmutable());
    }

    private static LuidAndAttributes? FirstMatch(IReadOnlyList<LuidAndAttributes> list, Luid luid)
    {
        foreach (var entry in list)
        {
            if (entry.Luid == luid)
            {
                return entry;
            }
        }

        return null;
    }

    private static SidAndAttributes? FirstMatch(IReadOnlyList<SidAndAttributes> list, Sid sid)
    {
        foreach (var entry in list)
        {
            if (entry.Sid == sid)
            {
                return entry;
            }
        }

        return null;
    }

    private static TokenAdjustment<T> Failed<T>(TokenState token, NtStatus status) => new(status, token, []);

    private static void ThrowIfNullEntries<T>(IReadOnlyList<T>? list, string name)
        where T : class
    {
        if (list is null)
        {
            return;
        }

        foreach (var item in list)
        {
            if (item is null)
            {
                throw new ArgumentException("the list contains null", name);
            }
        }
    }
}
