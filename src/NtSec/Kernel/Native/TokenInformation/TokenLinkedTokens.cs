using NtSec.AccessControl.Rights;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Kernel.Native;

/// <summary>
/// TokenLinkedToken, both ways. On Windows the linked token lives in the linked logon session, not in the
/// token; the model keeps it in <see cref="TokenObject.LinkedToken"/>. Sources: Windows 11
/// NtQueryInformationToken and SepLinkLogonSessions as decompiled in public research repositories (read for
/// behaviour); wine.md ELV-01..08 for what the Wine tests observe on Windows.
/// </summary>
internal static class TokenLinkedTokens
{
    private const uint TokenAllAccess = 0xF01FF;

    /// <summary>
    /// Query: ReturnLength 8; a buffer of any other length is STATUS_INFO_LENGTH_MISMATCH. A token with no
    /// linked token (TokenElevationTypeDefault) is STATUS_NO_SUCH_LOGON_SESSION (Windows fails to reference
    /// the linked logon session; wine.md test_elevation skips on this error). Otherwise a new token object,
    /// a copy of the linked token made now (ELV-04: a new TokenId each time), is returned through a new
    /// TOKEN_ALL_ACCESS handle (ELV-02) granted without an access check: a primary token when the caller
    /// holds SeTcbPrivilege (or calls from kernel mode), else an impersonation token at
    /// SecurityIdentification (ELV-02/03). From kernel mode the handle is a kernel handle.
    /// </summary>
    public static NtStatus Query(KernelCall call, TokenObject token, int tokenInformationLength, out TokenInformation? information, out int returnLength)
    {
        information = null;
        returnLength = TokenInformationLayout.PointerSize;
        if (tokenInformationLength != TokenInformationLayout.PointerSize)
        {
            return NtStatus.STATUS_INFO_LENGTH_MISMATCH;
        }

        var linked = token.LinkedToken;
        if (linked is null)
        {
            return NtStatus.STATUS_NO_SUCH_LOGON_SESSION;
        }

        var type = CallerPrivileges.Held(call, WellKnownPrivilege.SeTcbPrivilege) ? TokenType.TokenPrimary : TokenType.TokenImpersonation;
        var copy = TokenDuplicator.Duplicate(linked.State, type, SecurityImpersonationLevel.SecurityIdentification, false, call.Machine.Luids);
        if (!copy.IsSuccess)
        {
            return copy.Status;
        }

        // The new object's descriptor comes from the caller, as for any object inserted without one
        // (ELV-08: its label is the caller's level, not the linked token's). Its own linked token is the
        // other half again (ELV-04); the model has no logon session holding the original, so the queried
        // token stands in for it when the linked object does not name one.
        var security = ObjectSecurity.ForNewObject(call.Subject().State, ObjectTypeInfo.Get(ObjectTypeKind.Token), null, labelPolicy: 0x1);
        var result = new TokenObject(copy.Value!, security) { LinkedToken = linked.LinkedToken ?? token };
        var attributes = call.IsUserMode ? ObjectAttributeFlags.None : ObjectAttributeFlags.OBJ_KERNEL_HANDLE;
        var status = ObjectManager.CreateHandle(call, result, TokenAllAccess, attributes, out var handle);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        information = new TokenLinkedTokenInformation(handle);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// Set (SepLinkLogonSessions): STATUS_PRIVILEGE_NOT_HELD without SeCreateTokenPrivilege;
    /// STATUS_INVALID_PARAMETER when either token is already linked, or (different logon sessions) when
    /// either is not a primary token; the other handle is referenced for TOKEN_QUERY|TOKEN_ADJUST_DEFAULT.
    /// Two tokens of one logon session only mark it Limited. Otherwise each token's linked token becomes a
    /// copy of the other made now: this token's session becomes Full and the other's Limited. Windows keeps
    /// the elevation type in the logon session, so no ModifiedId changes.
    /// </summary>
    public static NtStatus Set(KernelCall call, TokenObject token, NtHandle otherHandle)
    {
        if (!CallerPrivileges.Held(call, WellKnownPrivilege.SeCreateTokenPrivilege))
        {
            return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
        }

        if (token.LinkedToken is not null)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        const uint access = (uint)(TokenAccessRights.TOKEN_QUERY | TokenAccessRights.TOKEN_ADJUST_DEFAULT);
        var status = ObjectManager.ReferenceByHandle(call, otherHandle, access, ObjectTypeKind.Token, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS || obj is not TokenObject other)
        {
            return status;
        }

        if (other.LinkedToken is not null)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        if (token.State.AuthenticationId == other.State.AuthenticationId)
        {
            SetElevationType(token, TokenElevationType.TokenElevationTypeLimited);
            SetElevationType(other, TokenElevationType.TokenElevationTypeLimited);
            return NtStatus.STATUS_SUCCESS;
        }

        if (token.State.Type != TokenType.TokenPrimary || other.State.Type != TokenType.TokenPrimary)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        status = StoredCopy(call, token.State, TokenElevationType.TokenElevationTypeFull, out var full);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = StoredCopy(call, other.State, TokenElevationType.TokenElevationTypeLimited, out var limited);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        full.LinkedToken = limited;
        limited.LinkedToken = full;
        SetElevationType(token, TokenElevationType.TokenElevationTypeFull);
        SetElevationType(other, TokenElevationType.TokenElevationTypeLimited);
        token.LinkedToken = limited;
        other.LinkedToken = full;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>The copy SepLinkLogonSessions keeps in the logon session (SepDuplicateToken of a primary token).</summary>
    private static NtStatus StoredCopy(KernelCall call, TokenState state, TokenElevationType elevation, out TokenObject copyObject)
    {
        copyObject = null!;
        var copy = TokenDuplicator.Duplicate(state, TokenType.TokenPrimary, state.ImpersonationLevel, false, call.Machine.Luids);
        if (!copy.IsSuccess)
        {
            return copy.Status;
        }

        var b = copy.Value!.ToBuilder();
        b.ElevationType = elevation;
        copyObject = Machine.NewTokenObject(b.Build());
        return NtStatus.STATUS_SUCCESS;
    }

    private static void SetElevationType(TokenObject token, TokenElevationType elevation) =>
        token.Update<bool>(s =>
        {
            var b = s.ToBuilder();
            b.ElevationType = elevation;
            return (true, b.Build());
        });
}
