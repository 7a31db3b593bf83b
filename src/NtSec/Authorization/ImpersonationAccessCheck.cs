using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// NtAccessCheck's gate on the token before the check itself (ACC-20, ACC-22, ACT-04): an
/// impersonation token below SecurityIdentification gives STATUS_BAD_IMPERSONATION_LEVEL; a primary
/// token is checked as its impersonation duplicate would be (the type does not change the answer).
/// </summary>
public static class ImpersonationAccessCheck
{
    /// <summary>Checks <paramref name="token"/> as an impersonation token, as `ntsec check` does (CONTRACT.md).</summary>
    public static AccessCheckResult Check(SecurityDescriptor sd, TokenState token, uint desiredAccess, GenericMapping mapping,
        AccessCheckOptions? options = null, AccessCheckTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Type == TokenType.TokenImpersonation && token.ImpersonationLevel < SecurityImpersonationLevel.SecurityIdentification)
        {
            trace?.Add(AccessCheckStage.Validation,
                $"an impersonation token at {token.ImpersonationLevel} cannot be used for an access check: STATUS_BAD_IMPERSONATION_LEVEL");
            return new AccessCheckResult(NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, NtStatus.STATUS_BAD_IMPERSONATION_LEVEL, 0, UsedPrivileges.None);
        }

        return AccessChecker.Check(sd, token, desiredAccess, mapping, options, trace);
    }
}
