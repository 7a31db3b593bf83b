using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Tokens.Operations;

/// <summary>
/// NtFilterToken / SeFilterToken / CreateRestrictedToken as a pure function of a token snapshot.
/// Sources: Microsoft "CreateRestrictedToken function" and "SeFilterToken function (ntifs.h)" pages,
/// "SID Attributes in an Access Token", wine.md 1.5 (CRT-*) and 2.5; ReactOS SepPerformTokenFiltering
/// read for behaviour only where the documentation is silent (marked below).
/// </summary>
public static class TokenFilter
{
    private const FilterTokenFlags ValidFlags = FilterTokenFlags.DISABLE_MAX_PRIVILEGE | FilterTokenFlags.SANDBOX_INERT
        | FilterTokenFlags.LUA_TOKEN | FilterTokenFlags.WRITE_RESTRICTED;

    /// <summary>The attributes every restricting SID of a filtered token carries.</summary>
    /// <remarks>
    /// The documentation says only "Restricting SIDs are always enabled for access checks"; ReactOS
    /// stores SE_GROUP_MANDATORY|SE_GROUP_ENABLED_BY_DEFAULT|SE_GROUP_ENABLED (0x7), as whoami shows for
    /// ordinary groups. Unverified on Windows; the access check treats restricting SIDs by presence anyway.
    /// </remarks>
    public const GroupAttributes RestrictingSidAttributes =
        GroupAttributes.SE_GROUP_MANDATORY | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT | GroupAttributes.SE_GROUP_ENABLED;

    /// <summary>
    /// Makes a restricted (filtered) copy of <paramref name="source"/>, as NtFilterToken does.
    /// </summary>
    /// <param name="source">The existing token (primary or impersonation, restricted or not).</param>
    /// <param name="flags">DISABLE_MAX_PRIVILEGE, SANDBOX_INERT, LUA_TOKEN, WRITE_RESTRICTED.</param>
    /// <param name="sidsToDisable">
    /// SidsToDisable: each SID present in the token as the user or a group becomes deny-only:
    /// SE_GROUP_USE_FOR_DENY_ONLY set, SE_GROUP_ENABLED and SE_GROUP_ENABLED_BY_DEFAULT cleared, every other
    /// attribute (SE_GROUP_MANDATORY, SE_GROUP_OWNER, SE_GROUP_LOGON_ID, ...) kept. SIDs not in the token
    /// are ignored (CRT-07). The Win32 layer ignores the Attributes of its SID_AND_ATTRIBUTES, so only SIDs
    /// are taken here.
    /// </param>
    /// <param name="privilegesToDelete">
    /// PrivilegesToDelete: removed from the token entirely, not merely disabled (CRT-06); LUIDs the
    /// token does not hold are ignored (CRT-07). Ignored when DISABLE_MAX_PRIVILEGE is set.
    /// </param>
    /// <param name="restrictedSids">
    /// SidsToRestrict: Attributes must be zero, else STATUS_INVALID_PARAMETER (Win32:
    /// ERROR_INVALID_PARAMETER). Null or empty keeps the source's restricting SIDs.
    /// </param>
    /// <param name="ids">Where the new TokenId and ModifiedId come from.</param>
    /// <returns>
    /// STATUS_SUCCESS and the new token; STATUS_INVALID_PARAMETER for non-zero restricting-SID
    /// attributes or unknown flag bits; STATUS_NOT_IMPLEMENTED for LUA_TOKEN (not modelled: no source
    /// states precisely what it changes).
    /// </returns>
    public static NtResult<TokenState> Filter(TokenState source, FilterTokenFlags flags, IReadOnlyList<Sid>? sidsToDisable,
        IReadOnlyList<Luid>? privilegesToDelete, IReadOnlyList<SidAndAttributes>? restrictedSids, LuidAllocator ids)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfNullEntries(sidsToDisable, nameof(sidsToDisable));
        ThrowIfNullEntries(restrictedSids, nameof(restrictedSids));

        // Unknown bits: Windows' answer is not documented; treated as an invalid parameter. Unverified.
        if ((flags & ~ValidFlags) != 0)
        {
            return new NtResult<TokenState>(NtStatus.STATUS_INVALID_PARAMETER);
        }

        // LUA_TOKEN: Microsoft says only "The new token is a LUA token"; secondary sources describe a
        // UAC-like filtering without saying which SIDs, privileges, label or elevation type result. Not
        // guessed: reported as not implemented.
        if ((flags & FilterTokenFlags.LUA_TOKEN) != 0)
        {
            return new NtResult<TokenState>(NtStatus.STATUS_NOT_IMPLEMENTED);
        }

        // "The Attributes member of the SID_AND_ATTRIBUTES structure must be zero" (CreateRestrictedToken,
        // SeFilterToken); ReactOS returns STATUS_INVALID_PARAMETER for any non-zero attributes.
        if (restrictedSids is not null)
        {
            foreach (var r in restrictedSids)
            {
                if (r.Attributes != 0)
                {
                    return new NtResult<TokenState>(NtStatus.STATUS_INVALID_PARAMETER);
                }
            }
        }

        var b = source.ToBuilder();
        HashSet<Sid> disable = sidsToDisable is null ? [] : [.. sidsToDisable];

        // Deny-only: "Disabling a SID turns on SE_GROUP_USE_FOR_DENY_ONLY and turns off SE_GROUP_ENABLED and
        // SE_GROUP_ENABLED_BY_DEFAULT. All other attributes are ignored" -- so SE_GROUP_MANDATORY stays
        // (Wine [P] shows LOCAL as 0x11; ReactOS does the same). It applies to "any combination of an existing
        // token's SIDs, including the user SID and group SIDs that have the SE_GROUP_MANDATORY attribute".
        if (disable.Contains(source.User.Sid))
        {
            b.User = source.User with { Attributes = MakeDenyOnly(source.User.Attributes) };
        }

        var groups = source.Groups.ToBuilder();
        bool ownerDisabled = false;
        for (int i = 0; i < groups.Count; i++)
        {
            if (disable.Contains(groups[i].Sid))
            {
                groups[i] = groups[i] with { Attributes = MakeDenyOnly(groups[i].Attributes) };
                ownerDisabled |= groups[i].Sid == source.Owner;
            }
        }

        b.Groups = groups.ToImmutable();

        // A deny-only group cannot own new objects any more: the default owner falls back to the user
        // (ReactOS SepPerformTokenFiltering resets DefaultOwnerIndex to the user). Unverified on Windows.
        if (ownerDisabled)
        {
            b.Owner = source.User.Sid;
        }

        b.Privileges = FilterPrivileges(source.Privileges, flags, privilegesToDelete);
        b.RestrictedSids = RestrictingSids(source, restrictedSids);

        var newFlags = source.Flags | TokenFlags.TOKEN_IS_FILTERED;
        if ((flags & FilterTokenFlags.SANDBOX_INERT) != 0)
        {
            // SeFilterToken: "Stores the TOKEN_SANDBOX_INERT flag in the token." (The KB2532445 rule that
            // ignores it for callers other than LocalSystem/TrustedInstaller concerns Windows 7 and older.)
            newFlags |= TokenFlags.TOKEN_SANDBOX_INERT;
        }

        if ((flags & FilterTokenFlags.WRITE_RESTRICTED) != 0)
        {
            // Valid with no restricting SIDs at all: the token is still write-restricted (users.md 4.5).
            newFlags |= TokenFlags.TOKEN_WRITE_RESTRICTED;
        }

        b.Flags = TokenPrivilegeFlags.Recompute(newFlags, b.Privileges);

        // Same type and impersonation level (CRT-04, CRT-05), same logon session, same elevation type
        // (CRT-08); a new token with its own TokenId and ModifiedId whose parent is the source.
        b.TokenId = ids.Allocate();
        b.ModifiedId = ids.Allocate();
        b.ParentTokenId = source.TokenId;
        return new NtResult<TokenState>(NtStatus.STATUS_SUCCESS, b.Build());
    }

    private static GroupAttributes MakeDenyOnly(GroupAttributes attributes) =>
        (attributes & ~(GroupAttributes.SE_GROUP_ENABLED | GroupAttributes.SE_GROUP_ENABLED_BY_DEFAULT))
        | GroupAttributes.SE_GROUP_USE_FOR_DENY_ONLY;

    private static ImmutableArray<LuidAndAttributes> FilterPrivileges(ImmutableArray<LuidAndAttributes> privileges,
        FilterTokenFlags flags, IReadOnlyList<Luid>? privilegesToDelete)
    {
        if ((flags & FilterTokenFlags.DISABLE_MAX_PRIVILEGE) != 0)
        {
            // "Disables all privileges in the new token except the SeChangeNotifyPrivilege privilege. If this
            // value is specified, the DeletePrivilegeCount and PrivilegesToDelete parameters are ignored."
            // In practice they are deleted, not disabled (Chromium's DeleteAllPrivileges relies on it; ReactOS
            // removes them); SeChangeNotifyPrivilege is left exactly as it was, enabled or not.
            var traverse = PrivilegeTable.ToLuid(WellKnownPrivilege.SeChangeNotifyPrivilege);
            return [.. privileges.Where(p => p.Luid == traverse)];
        }

        if (privilegesToDelete is null || privilegesToDelete.Count == 0)
        {
            return privileges;
        }

        var delete = new HashSet<Luid>(privilegesToDelete);
        return [.. privileges.Where(p => !delete.Contains(p.Luid))];
    }

    private static ImmutableArray<SidAndAttributes> RestrictingSids(TokenState source, IReadOnlyList<SidAndAttributes>? requested)
    {
        if (requested is null || requested.Count == 0)
        {
            return source.RestrictedSids;
        }

        // "If the existing token is a restricted token, the list of restricting SIDs for the new token is the
        // intersection of this array and the list of restricting SIDs for the existing token. No check is
        // performed to remove duplicate SIDs that were placed on the SidsToRestrict parameter." So: the new
        // list in its own order and with its duplicates, keeping the SIDs the source also restricts to.
        var result = ImmutableArray.CreateBuilder<SidAndAttributes>(requested.Count);
        foreach (var r in requested)
        {
            if (!source.IsRestricted || source.TryGetRestrictedSidAttributes(r.Sid, out _))
            {
                result.Add(new SidAndAttributes(r.Sid, RestrictingSidAttributes));
            }
        }

        return result.ToImmutable();
    }

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
