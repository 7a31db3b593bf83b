using NtSec.Status;

namespace NtSec.Authorization;

/// <summary>
/// What NtAccessCheck reports: whether the check ran (<see cref="Status"/>), whether access was
/// granted (<see cref="AccessStatus"/>), the granted mask, and the privileges used to grant it.
/// </summary>
/// <param name="Status">STATUS_SUCCESS when the check ran; otherwise why it could not (STATUS_GENERIC_NOT_MAPPED, STATUS_INVALID_SECURITY_DESCR, ...).</param>
/// <param name="AccessStatus">STATUS_SUCCESS, STATUS_ACCESS_DENIED or STATUS_PRIVILEGE_NOT_HELD; meaningful when <paramref name="Status"/> is a success.</param>
/// <param name="GrantedAccess">The granted mask; 0 when access is denied.</param>
/// <param name="PrivilegesUsed">Privileges that granted part of the access.</param>
public readonly record struct AccessCheckResult(NtStatus Status, NtStatus AccessStatus, uint GrantedAccess, UsedPrivileges PrivilegesUsed)
{
    /// <summary>True when the check ran and granted the access.</summary>
    public bool IsGranted => Status == NtStatus.STATUS_SUCCESS && AccessStatus == NtStatus.STATUS_SUCCESS;

    internal static AccessCheckResult Failed(NtStatus status) => new(status, status, 0, UsedPrivileges.None);

    internal static AccessCheckResult Denied(NtStatus accessStatus) => new(NtStatus.STATUS_SUCCESS, accessStatus, 0, UsedPrivileges.None);

    internal static AccessCheckResult Granted(uint granted, UsedPrivileges privileges) =>
        new(NtStatus.STATUS_SUCCESS, NtStatus.STATUS_SUCCESS, granted, privileges);
}
