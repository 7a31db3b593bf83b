using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Native;

/// <summary>
/// The routines that make a new token object from an existing one: NtDuplicateToken and NtFilterToken.
/// They wrap the pure operations (<see cref="TokenDuplicator"/>, <see cref="TokenFilter"/>) with the
/// handle rules. The output handle is NULL on failure, as for the token-opening routines.
/// </summary>
public static class TokenCopying
{
    /// <summary>
    /// NtDuplicateToken (Microsoft "NtDuplicateToken function (ntifs.h)"). Statuses: STATUS_INVALID_PARAMETER
    /// (a <paramref name="tokenType"/> that is not a TOKEN_TYPE, or attribute bits outside
    /// OBJ_VALID_ATTRIBUTES); STATUS_INVALID_HANDLE (DUP-11; also a token pseudo-handle);
    /// STATUS_OBJECT_TYPE_MISMATCH; STATUS_ACCESS_DENIED (the handle lacks TOKEN_DUPLICATE);
    /// STATUS_BAD_IMPERSONATION_LEVEL (raising an impersonation token's level, DUP-02; making a primary
    /// token from one below SecurityImpersonation, DUP-16; a level outside the enumeration);
    /// STATUS_PRIVILEGE_NOT_HELD (ACCESS_SYSTEM_SECURITY without SeSecurityPrivilege);
    /// STATUS_INSUFFICIENT_RESOURCES and STATUS_QUOTA_EXCEEDED (allocation and handle table).
    /// STATUS_ACCESS_VIOLATION, which the page also lists, belongs to bad pointers and has no counterpart here.
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="existingTokenHandle">ExistingTokenHandle: a handle with TOKEN_DUPLICATE.</param>
    /// <param name="desiredAccess">
    /// DesiredAccess for the new handle: 0 means the access of <paramref name="existingTokenHandle"/> (DUP-03,
    /// DUP-05, DUP-06); MAXIMUM_ALLOWED gives TOKEN_ALL_ACCESS (DUP-04); otherwise exactly what is asked
    /// (generic rights mapped), with no check against the new object's DACL (DUP-04).
    /// </param>
    /// <param name="objectAttributes">
    /// ObjectAttributes, or null (DUP-10). Its SecurityQualityOfService gives the level of the copy. Without
    /// one the level is the existing token's when that is an impersonation token (the page: "If the existing
    /// token is an impersonation token and the ObjectAttributes parameter provides no impersonation
    /// information, the new token's impersonation level is set to the existing token's impersonation
    /// level"), and SecurityAnonymous when it is a primary token (DUP-06 [W]; ReactOS uses SecurityAnonymous
    /// for both). Its SecurityDescriptor becomes the new object's (DUP-13); without one the object gets the
    /// default from the caller's token (DUP-14). See <see cref="TokenHandles.NewObjectSecurity"/>.
    /// </param>
    /// <param name="effectiveOnly">EffectiveOnly: copy only the enabled privileges and groups (DUP-08, DUP-09).
    /// The SecurityQualityOfService's EffectiveOnly member is not read (ReactOS: the parameter overrides it).</param>
    /// <param name="tokenType">TokenType: TokenPrimary or TokenImpersonation.</param>
    /// <param name="newTokenHandle">NewTokenHandle: the new handle, NULL on failure.</param>
    public static NtStatus NtDuplicateToken(KernelCall call, NtHandle existingTokenHandle, uint desiredAccess, ObjectAttributes? objectAttributes,
        bool effectiveOnly, TokenType tokenType, out NtHandle newTokenHandle)
    {
        newTokenHandle = NtHandle.Null;
        if (tokenType is not (TokenType.TokenPrimary or TokenType.TokenImpersonation))
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        var attributes = objectAttributes?.Attributes ?? ObjectAttributeFlags.None;
        if ((attributes & ~ObjectAttributeFlags.OBJ_VALID_ATTRIBUTES) != 0)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        var status = TokenHandles.Reference(call, existingTokenHandle, (uint)TokenAccessRights.TOKEN_DUPLICATE, out var source, out uint sourceAccess);
        if (status != NtStatus.STATUS_SUCCESS || source is null)
        {
            return status;
        }

        var sourceState = source.State;
        var level = objectAttributes?.SecurityQualityOfService?.ImpersonationLevel
            ?? (sourceState.Type == TokenType.TokenImpersonation ? sourceState.ImpersonationLevel : SecurityImpersonationLevel.SecurityAnonymous);
        var copy = TokenDuplicator.Duplicate(sourceState, tokenType, level, effectiveOnly, call.Machine.Luids);
        if (!copy.IsSuccess)
        {
            return copy.Status;
        }

        uint granted = sourceAccess;
        if (desiredAccess != 0)
        {
            status = TokenHandles.CreatorAccess(call, desiredAccess, out granted);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }
        }

        return Insert(call, copy.Value!, objectAttributes?.SecurityDescriptor, granted, attributes, out newTokenHandle);
    }

    /// <summary>
    /// NtFilterToken: CreateRestrictedToken's native routine. Microsoft documents it through SeFilterToken
    /// and CreateRestrictedToken; the filtering rules are <see cref="TokenFilter.Filter"/>'s. Statuses:
    /// STATUS_INVALID_HANDLE (a NULL handle, CRT-11; a token pseudo-handle); STATUS_OBJECT_TYPE_MISMATCH;
    /// STATUS_ACCESS_DENIED (no TOKEN_DUPLICATE); STATUS_INVALID_PARAMETER (non-zero attributes on a
    /// restricting SID, unknown flags: SeFilterToken page); STATUS_NOT_IMPLEMENTED (LUA_TOKEN, not modelled);
    /// STATUS_INSUFFICIENT_RESOURCES and STATUS_QUOTA_EXCEEDED. The new token has the type and level of the
    /// existing one (CRT-04, CRT-05) and the new handle "the same handle access" as
    /// <paramref name="existingTokenHandle"/> (CreateRestrictedToken page; ReactOS passes the granted access
    /// on). The object gets the default security from the caller's token.
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="existingTokenHandle">ExistingTokenHandle: a handle with TOKEN_DUPLICATE.</param>
    /// <param name="flags">Flags: DISABLE_MAX_PRIVILEGE, SANDBOX_INERT, LUA_TOKEN, WRITE_RESTRICTED.</param>
    /// <param name="sidsToDisable">SidsToDisable (TOKEN_GROUPS), or null; the attributes are ignored.</param>
    /// <param name="privilegesToDelete">PrivilegesToDelete (TOKEN_PRIVILEGES), or null; the attributes are ignored.</param>
    /// <param name="restrictedSids">RestrictedSids (TOKEN_GROUPS), or null; attributes must be zero.</param>
    /// <param name="newTokenHandle">NewTokenHandle: the new handle, NULL on failure.</param>
    public static NtStatus NtFilterToken(KernelCall call, NtHandle existingTokenHandle, FilterTokenFlags flags,
        IReadOnlyList<SidAndAttributes>? sidsToDisable, IReadOnlyList<LuidAndAttributes>? privilegesToDelete,
        IReadOnlyList<SidAndAttributes>? restrictedSids, out NtHandle newTokenHandle)
    {
        newTokenHandle = NtHandle.Null;
        ThrowIfNullEntries(sidsToDisable, nameof(sidsToDisable));
        ThrowIfNullEntries(privilegesToDelete, nameof(privilegesToDelete));
        var status = TokenHandles.Reference(call, existingTokenHandle, (uint)TokenAccessRights.TOKEN_DUPLICATE, out var source, out uint sourceAccess);
        if (status != NtStatus.STATUS_SUCCESS || source is null)
        {
            return status;
        }

        var filtered = TokenFilter.Filter(source.State, flags, sidsToDisable?.Select(s => s.Sid).ToArray(),
            privilegesToDelete?.Select(p => p.Luid).ToArray(), restrictedSids, call.Machine.Luids);
        if (!filtered.IsSuccess)
        {
            return filtered.Status;
        }

        return Insert(call, filtered.Value!, null, sourceAccess, ObjectAttributeFlags.None, out newTokenHandle);
    }

    /// <summary>
    /// ObInsertObject for a new token: the token body is an allocation (STATUS_INSUFFICIENT_RESOURCES when an
    /// injected failure hits it, the page's "Sufficient memory could not be allocated"), then the handle.
    /// </summary>
    private static NtStatus Insert(KernelCall call, TokenState state, SecurityDescriptor? explicitDescriptor, uint granted,
        ObjectAttributeFlags attributes, out NtHandle handle)
    {
        handle = NtHandle.Null;
        if (call.Machine.Faults.AllocationFails())
        {
            return NtStatus.STATUS_INSUFFICIENT_RESOURCES;
        }

        var token = new TokenObject(state, TokenHandles.NewObjectSecurity(call, state, explicitDescriptor));
        return ObjectManager.CreateHandle(call, token, granted, attributes, out handle);
    }

    private static void ThrowIfNullEntries<T>(IReadOnlyList<T>? list, string name)
        where T : class
    {
        if (list is not null && list.Any(item => item is null))
        {
            throw new ArgumentException("the list contains null", name);
        }
    }
}
