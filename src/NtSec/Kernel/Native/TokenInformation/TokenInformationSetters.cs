using System.Collections.Immutable;
using NtSec.AccessControl;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Native;

/// <summary>
/// The per-class work of NtSetInformationToken once the handle has been referenced. Each change is one
/// <see cref="TokenObject.Update{T}"/> (the token's write lock on Windows); the ModifiedId is renewed exactly
/// where Windows renews it. Source: Windows 11 NtSetInformationToken and the Se* helpers it calls, as
/// decompiled in public research repositories (read for behaviour); the Windows Research Kernel's tokenset.c
/// for the older classes.
/// </summary>
internal static class TokenInformationSetters
{
    /// <summary>The privileges a token keeps when its integrity level is set below Medium: SeChangeNotify (23), SeUndock (25), SeIncreaseWorkingSet (33).</summary>
    public const ulong BelowMediumKeptPrivileges = 0x2_0280_0000;

    private const uint HighRid = (uint)IntegrityLevel.High;
    private const uint MediumRid = (uint)IntegrityLevel.Medium;
    private const uint SystemRid = (uint)IntegrityLevel.System;

    /// <summary>
    /// TokenOwner: the SID must be the user, or a group with SE_GROUP_OWNER (SepIdAssignableAsOwner; the
    /// first entry with that SID decides), else STATUS_INVALID_OWNER. New ModifiedId on success.
    /// </summary>
    public static NtStatus Owner(TokenObject token, Sid owner, LuidAllocator ids) => token.Update(s =>
    {
        var entries = s.Groups.Add(TokenInformationBuilder.Label(s)).Insert(0, s.User);
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Sid != owner)
            {
                continue;
            }

            if (i != 0 && (entries[i].Attributes & GroupAttributes.SE_GROUP_OWNER) == 0)
            {
                return (NtStatus.STATUS_INVALID_OWNER, (TokenState?)null);
            }

            var b = s.ToBuilder();
            b.Owner = owner;
            b.ModifiedId = ids.Allocate();
            return (NtStatus.STATUS_SUCCESS, b.Build());
        }

        return (NtStatus.STATUS_INVALID_OWNER, null);
    });

    /// <summary>
    /// TokenPrimaryGroup: the SID must be the user or any group of the token, attributes not considered,
    /// the integrity label included (SepIdAssignableAsGroup), else STATUS_INVALID_PRIMARY_GROUP; the new
    /// SID plus the default DACL must fit the dynamic charge, else STATUS_ALLOTTED_SPACE_EXCEEDED.
    /// </summary>
    public static NtStatus PrimaryGroup(TokenObject token, Sid group, LuidAllocator ids) => token.Update(s =>
    {
        bool member = s.User.Sid == group || s.IntegrityLevel == group || s.Groups.Any(g => g.Sid == group);
        if (!member)
        {
            return (NtStatus.STATUS_INVALID_PRIMARY_GROUP, (TokenState?)null);
        }

        if (group.BinaryLength + (s.DefaultDacl?.BinaryLength ?? 0) > TokenInformationBuilder.DynamicCharged(s))
        {
            return (NtStatus.STATUS_ALLOTTED_SPACE_EXCEEDED, null);
        }

        var b = s.ToBuilder();
        b.PrimaryGroup = group;
        b.ModifiedId = ids.Allocate();
        return (NtStatus.STATUS_SUCCESS, b.Build());
    });

    /// <summary>
    /// TokenDefaultDacl: null removes the default DACL (STI-03, GTI-12), an empty ACL is kept as one (GTI-13).
    /// The ACL is not validated ("SetTokenInformation"). The primary group plus the new ACL must fit the
    /// dynamic charge, else STATUS_ALLOTTED_SPACE_EXCEEDED (users.md 4.11). New ModifiedId.
    /// </summary>
    public static NtStatus DefaultDacl(TokenObject token, Acl? dacl, LuidAllocator ids) => token.Update(s =>
    {
        if (s.PrimaryGroup.BinaryLength + (dacl?.BinaryLength ?? 0) > TokenInformationBuilder.DynamicCharged(s))
        {
            return (NtStatus.STATUS_ALLOTTED_SPACE_EXCEEDED, (TokenState?)null);
        }

        var b = s.ToBuilder();
        b.DefaultDacl = dacl;
        b.ModifiedId = ids.Allocate();
        return (NtStatus.STATUS_SUCCESS, b.Build());
    });

    /// <summary>
    /// TokenSessionId (after the SeTcbPrivilege check): STATUS_TOKEN_ALREADY_IN_USE for a token that is a
    /// process's primary token; otherwise the session changes. SeSetSessionIdToken leaves ModifiedId alone.
    /// </summary>
    public static NtStatus SessionId(TokenObject token, uint sessionId, bool inUse)
    {
        if (inUse)
        {
            return NtStatus.STATUS_TOKEN_ALREADY_IN_USE;
        }

        return token.Update(s =>
        {
            var b = s.ToBuilder();
            b.SessionId = sessionId;
            return (NtStatus.STATUS_SUCCESS, (TokenState?)b.Build());
        });
    }

    /// <summary>TokenOrigin (after the SeTcbPrivilege check): set only while still zero; success and a new ModifiedId either way.</summary>
    public static NtStatus Origin(TokenObject token, Luid origin, LuidAllocator ids) => token.Update(s =>
    {
        var b = s.ToBuilder();
        if (s.Origin == default)
        {
            b.Origin = origin;
        }

        b.ModifiedId = ids.Allocate();
        return (NtStatus.STATUS_SUCCESS, (TokenState?)b.Build());
    });

    /// <summary>Sets or clears <paramref name="flag"/> with a new ModifiedId (TokenVirtualizationAllowed, TokenUIAccess).</summary>
    public static NtStatus Flag(TokenObject token, TokenFlags flag, bool on, LuidAllocator ids) => token.Update(s =>
    {
        var b = s.ToBuilder();
        b.Flags = on ? s.Flags | flag : s.Flags & ~flag;
        b.ModifiedId = ids.Allocate();
        return (NtStatus.STATUS_SUCCESS, (TokenState?)b.Build());
    });

    /// <summary>
    /// TokenVirtualizationEnabled (SeSetVirtualizationToken): non-zero sets TOKEN_VIRTUALIZE_ENABLED only when
    /// TOKEN_VIRTUALIZE_ALLOWED is set (silently nothing otherwise), zero clears it; success and a new
    /// ModifiedId either way.
    /// </summary>
    public static NtStatus VirtualizationEnabled(TokenObject token, bool on, LuidAllocator ids) => token.Update(s =>
    {
        var b = s.ToBuilder();
        if (!on)
        {
            b.Flags = s.Flags & ~TokenFlags.TOKEN_VIRTUALIZE_ENABLED;
        }
        else if ((s.Flags & TokenFlags.TOKEN_VIRTUALIZE_ALLOWED) != 0)
        {
            b.Flags = s.Flags | TokenFlags.TOKEN_VIRTUALIZE_ENABLED;
        }

        b.ModifiedId = ids.Allocate();
        return (NtStatus.STATUS_SUCCESS, (TokenState?)b.Build());
    });

    /// <summary>
    /// TokenMandatoryPolicy (after the SeTcbPrivilege check): STATUS_TOKEN_ALREADY_IN_USE for a process's
    /// primary token; bits outside TOKEN_MANDATORY_POLICY_VALID_MASK (0x3) are STATUS_INVALID_PARAMETER
    /// (SeSetMandatoryPolicyToken). New ModifiedId.
    /// </summary>
    public static NtStatus MandatoryPolicy(TokenObject token, TokenMandatoryPolicy policy, bool inUse, LuidAllocator ids)
    {
        if (inUse)
        {
            return NtStatus.STATUS_TOKEN_ALREADY_IN_USE;
        }

        if (((uint)policy & ~0x3u) != 0)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        return token.Update(s =>
        {
            var b = s.ToBuilder();
            b.MandatoryPolicy = policy;
            b.ModifiedId = ids.Allocate();
            return (NtStatus.STATUS_SUCCESS, (TokenState?)b.Build());
        });
    }

    /// <summary>
    /// TokenIntegrityLevel. The SID must carry the mandatory label authority (S-1-16-...) and a level no
    /// higher than System (0x4000; no sub-authority means 0), else STATUS_INVALID_LABEL; its attributes are
    /// ignored. The same or a lower level needs nothing. A higher level needs SeTcbPrivilege
    /// (STATUS_PRIVILEGE_NOT_HELD) and a token that is no process's primary token
    /// (STATUS_TOKEN_ALREADY_IN_USE). Setting a level below High removes the administrative privileges
    /// (<see cref="TokenElevationRules.AdministrativePrivilegeMask"/>); below Medium only SeChangeNotify,
    /// SeUndock and SeIncreaseWorkingSet remain and TOKEN_NOT_LOW is cleared; Medium or above sets
    /// TOKEN_NOT_LOW and turns an AppContainer token back into an ordinary one (its package SID's ACEs leave the
    /// default DACL). New ModifiedId.
    /// </summary>
    public static NtStatus Integrity(TokenObject token, Sid label, bool callerHasTcb, bool inUse, LuidAllocator ids)
    {
        if (label.Authority != WellKnownSids.MandatoryLabelAuthority)
        {
            return NtStatus.STATUS_INVALID_LABEL;
        }

        uint level = label.SubAuthorityCount == 0 ? 0 : label.SubAuthorities[^1];
        if (level > SystemRid)
        {
            return NtStatus.STATUS_INVALID_LABEL;
        }

        return token.Update(s =>
        {
            uint current = s.IntegrityLevel.Rid ?? 0;
            if (level > current)
            {
                if (!callerHasTcb)
                {
                    return (NtStatus.STATUS_PRIVILEGE_NOT_HELD, (TokenState?)null);
                }

                if (inUse)
                {
                    return (NtStatus.STATUS_TOKEN_ALREADY_IN_USE, null);
                }
            }

            return (NtStatus.STATUS_SUCCESS, WithIntegrity(s, level, ids));
        });
    }

    private static TokenState WithIntegrity(TokenState s, uint level, LuidAllocator ids)
    {
        var b = s.ToBuilder();
        b.IntegrityLevel = new Sid(WellKnownSids.MandatoryLabelAuthority, level);
        if (level < HighRid)
        {
            b.Privileges = Keep(b.Privileges, p => !InMask(p, TokenElevationRules.AdministrativePrivilegeMask));
        }

        if (level < MediumRid)
        {
            b.Privileges = Keep(b.Privileges, p => InMask(p, BelowMediumKeptPrivileges));
            b.Flags &= ~TokenFlags.TOKEN_NOT_LOW;
        }
        else
        {
            if ((b.Flags & TokenFlags.TOKEN_LOWBOX) != 0)
            {
                var package = b.AppContainerSid;
                if (package is not null && b.DefaultDacl is { } dacl)
                {
                    b.DefaultDacl = new Acl(dacl.Revision, [.. dacl.Aces.Where(a => a.Sid != package)], dacl.TrailingBytes);
                }

                b.Flags &= ~TokenFlags.TOKEN_LOWBOX;
                b.AppContainerSid = null;
                b.Capabilities = [];
            }

            b.Flags |= TokenFlags.TOKEN_NOT_LOW;
        }

        b.ModifiedId = ids.Allocate();
        return b.Build();
    }

    private static bool InMask(LuidAndAttributes p, ulong mask) =>
        p.Luid.HighPart == 0 && p.Luid.LowPart < 64 && (mask & (1UL << (int)p.Luid.LowPart)) != 0;

    private static ImmutableArray<LuidAndAttributes> Keep(ImmutableArray<LuidAndAttributes> privileges, Func<LuidAndAttributes, bool> keep) =>
        [.. privileges.Where(keep)];
}
