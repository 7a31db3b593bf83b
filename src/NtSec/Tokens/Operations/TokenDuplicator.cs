using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Status;

namespace NtSec.Tokens.Operations;

/// <summary>
/// NtDuplicateToken / DuplicateTokenEx as a pure function of a token snapshot: the level rules, the
/// EffectiveOnly copy, and what the copy keeps. Handle access and the new token object's own
/// security descriptor (DUP-04, DUP-13, DUP-14) belong to the kernel layer, not here.
/// Sources: wine.md 1.4 (DUP-*) and 2.4; ReactOS SepDuplicateToken read for behaviour where noted.
/// </summary>
public static class TokenDuplicator
{
    /// <summary>Makes a copy of <paramref name="source"/> of the given type and level.</summary>
    /// <param name="source">The token to copy.</param>
    /// <param name="type">TokenPrimary or TokenImpersonation.</param>
    /// <param name="level">
    /// The impersonation level of the copy (from SECURITY_QUALITY_OF_SERVICE; NtDuplicateToken defaults
    /// to SecurityAnonymous without one, DUP-06). Kept on primary copies too, where it has no meaning
    /// (TokenImpersonationLevel cannot be queried on a primary token, DUP-03).
    /// </param>
    /// <param name="effectiveOnly">
    /// EffectiveOnly: drop disabled privileges and disabled groups from the copy (DUP-08, DUP-09).
    /// </param>
    /// <param name="ids">Where the new TokenId comes from.</param>
    /// <returns>STATUS_SUCCESS and the copy, or STATUS_BAD_IMPERSONATION_LEVEL.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a TOKEN_TYPE value.</exception>
    public static NtResult<TokenState> Duplicate(TokenState source, TokenType type, SecurityImpersonationLevel level,
        bool effectiveOnly, LuidAllocator ids)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ids);
        if (type is not (TokenType.TokenPrimary or TokenType.TokenImpersonation))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "not a TOKEN_TYPE value");
        }

        // A level outside Anonymous..Delegation: STATUS_BAD_IMPERSONATION_LEVEL (wine.md DUP-02 [P]: level 7
        // gives ERROR_BAD_IMPERSONATION_LEVEL; observed under Wine, consistent with its server's range check).
        if (level is < SecurityImpersonationLevel.SecurityAnonymous or > SecurityImpersonationLevel.SecurityDelegation)
        {
            return new NtResult<TokenState>(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL);
        }

        if (source.Type == TokenType.TokenImpersonation)
        {
            // DUP-02 [W]: an impersonation token's level can never be raised by duplication.
            if (type == TokenType.TokenImpersonation && level > source.ImpersonationLevel)
            {
                return new NtResult<TokenState>(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL);
            }

            // DUP-16 [?]: only an Impersonation- or Delegation-level token may become a primary token.
            // Not covered by a Windows-validated test (Wine allows it); chosen because a primary token made
            // from an Identification-level token would let a server act as a client it may only identify.
            if (type == TokenType.TokenPrimary && source.ImpersonationLevel < SecurityImpersonationLevel.SecurityImpersonation)
            {
                return new NtResult<TokenState>(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL);
            }
        }

        var b = source.ToBuilder();
        b.Type = type;
        b.ImpersonationLevel = level;

        // Everything else is copied as it is: user, groups and their attributes, restricting SIDs, owner,
        // primary group, default DACL (DUP-12), integrity label (DUP-15), elevation type (ELV-06), flags
        // (TOKEN_IS_FILTERED, TOKEN_WRITE_RESTRICTED, ...), and privilege attributes bit for bit, so a
        // disabled enabled-by-default privilege stays 0x1 (DUP-07 [W]; Wine differs).
        if (effectiveOnly)
        {
            MakeEffectiveOnly(source, b);
        }

        // A new TokenId, the same logon session. ModifiedId is copied: ReactOS SepDuplicateToken copies it
        // and Wine copies it whenever the level does not change; Windows' choice is not observable in any
        // test read. ParentTokenId is copied from the source (ReactOS): a duplicate is a sibling of its
        // source, not a child (a filtered token is the child, see TokenFilter).
        b.TokenId = ids.Allocate();
        b.ModifiedId = source.ModifiedId;
        b.ParentTokenId = source.ParentTokenId;
        b.Flags = TokenPrivilegeFlags.Recompute(b.Flags, b.Privileges);
        return new NtResult<TokenState>(NtStatus.STATUS_SUCCESS, b.Build());
    }

    /// <summary>
    /// EffectiveOnly: privileges without SE_PRIVILEGE_ENABLED are dropped (DUP-08 [W-todo], DUP-09 [R]).
    /// Groups that are neither enabled nor deny-only are dropped (DUP-09 [R]). Deny-only groups are
    /// kept: "you cannot remove the deny-only attribute from a SID" (Microsoft "SID Attributes in an
    /// Access Token"), and dropping one would let a deny ACE for it stop applying. ReactOS drops every
    /// group without SE_GROUP_ENABLED, deny-only ones included; which Windows does is unverified. The user
    /// SID is never dropped. When the default owner's group goes, the owner falls back to the user.
    /// </summary>
    private static void MakeEffectiveOnly(TokenState source, TokenStateBuilder b)
    {
        b.Privileges = [.. source.Privileges.Where(p => p.IsEnabled)];
        var kept = ImmutableArray.CreateBuilder<SidAndAttributes>(source.Groups.Length);
        bool ownerDropped = false;
        foreach (var g in source.Groups)
        {
            if (g.IsEnabled || g.IsDenyOnly)
            {
                kept.Add(g);
            }
            else
            {
                ownerDropped |= g.Sid == source.Owner && g.Sid != source.User.Sid;
            }
        }

        b.Groups = kept.ToImmutable();
        if (ownerDropped)
        {
            b.Owner = source.User.Sid;
        }
    }
}
