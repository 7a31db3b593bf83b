using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Win32;

/// <summary>
/// The access-check functions of advapi32 (securitybaseapi.h): AccessCheck, AccessCheckByType,
/// AccessCheckByTypeResultList, PrivilegeCheck, CheckTokenMembership and MapGenericMask. NULL pointers are
/// modelled as the native routines model them: null <see cref="StrongBox{T}"/>s and null arguments. Outputs
/// the C functions leave untouched on failure are <c>ref</c> parameters (ACC-01, ACC-02, ACC-03).
/// </summary>
public static class Advapi32Security
{
    /// <summary>The check right CheckTokenMembership asks for.</summary>
    private const uint MembershipRight = 0x1;

    /// <summary>
    /// The mapping CheckTokenMembership passes: ReactOS passes {STANDARD_RIGHTS_READ, STANDARD_RIGHTS_WRITE,
    /// STANDARD_RIGHTS_EXECUTE, STANDARD_RIGHTS_ALL}; here GENERIC_READ also maps to the right asked for, so that
    /// mandatory integrity (the synthesized descriptor has no label, so it counts as Medium with NO_WRITE_UP and
    /// a lower-integrity token keeps only read and execute rights) never removes it. Membership then does not
    /// depend on the token's integrity level, as callers in Low-integrity processes expect (how Windows achieves
    /// this is unverified).
    /// </summary>
    private static readonly GenericMapping MembershipMapping =
        new(AccessMask.ReadControl | MembershipRight, AccessMask.ReadControl, AccessMask.ReadControl, AccessMask.StandardRightsAll | MembershipRight);

    /// <summary>
    /// AccessCheck: NtAccessCheck, then the access status turned into a BOOL. When the check cannot run the
    /// function fails with the status's error and leaves <paramref name="grantedAccess"/> and
    /// <paramref name="accessStatus"/> alone: ERROR_INVALID_SECURITY_DESCR (ACC-01), ERROR_GENERIC_NOT_MAPPED
    /// (ACC-02), ERROR_NOACCESS for a NULL PrivilegeSet with a non-zero length or a NULL length (ACC-03, ACC-05,
    /// ACC-14), ERROR_INSUFFICIENT_BUFFER with <paramref name="privilegeSetLength"/> set to the bytes needed
    /// (20 at least: ACC-13, ACC-15, ACC-18), ERROR_NO_IMPERSONATION_TOKEN for a primary token (ACC-21),
    /// ERROR_BAD_IMPERSONATION_LEVEL below SecurityIdentification (ACC-20). When it runs the function returns
    /// TRUE: access granted sets <paramref name="accessStatus"/> TRUE and leaves the last error alone (ACC-18);
    /// access denied sets it FALSE and the last error to the access status's error (ERROR_ACCESS_DENIED,
    /// ACC-10, ACC-12; ERROR_PRIVILEGE_NOT_HELD, ACC-17).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="pSecurityDescriptor">pSecurityDescriptor, or null (NULL).</param>
    /// <param name="clientToken">ClientToken: an impersonation token with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits (map them with <see cref="MapGenericMask"/>).</param>
    /// <param name="genericMapping">GenericMapping, or null (NULL).</param>
    /// <param name="privilegeSet">PrivilegeSet: receives the privileges used, or null (NULL).</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength: in, the buffer's bytes; out, the bytes needed when too small; or null (NULL).</param>
    /// <param name="grantedAccess">GrantedAccess: written when the check runs.</param>
    /// <param name="accessStatus">AccessStatus: written when the check runs.</param>
    public static bool AccessCheck(KernelCall call, SecurityDescriptor? pSecurityDescriptor, NtHandle clientToken, uint desiredAccess,
        GenericMapping? genericMapping, StrongBox<PrivilegeSet>? privilegeSet, StrongBox<uint>? privilegeSetLength,
        ref uint grantedAccess, ref bool accessStatus)
    {
        Win32Call.Enter(call);
        uint granted = grantedAccess;
        var ntAccessStatus = NtStatus.STATUS_SUCCESS;
        var status = AccessChecking.NtAccessCheck(call, pSecurityDescriptor, clientToken, desiredAccess, genericMapping, privilegeSet,
            privilegeSetLength, ref granted, ref ntAccessStatus);
        return Report(call, status, granted, ntAccessStatus, ref grantedAccess, ref accessStatus);
    }

    /// <summary>
    /// AccessCheckByType: NtAccessCheckByType, with the conventions of <see cref="AccessCheck"/>; a malformed
    /// object-type list gives ERROR_INVALID_PARAMETER (ACT-10). Without a list it is a plain access check
    /// (ACT-11). ObjectTypeListLength is the length of <paramref name="objectTypeList"/>.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="pSecurityDescriptor">pSecurityDescriptor, or null (NULL).</param>
    /// <param name="principalSelfSid">PrincipalSelfSid: what PRINCIPAL_SELF (S-1-5-10) ACEs stand for, or null.</param>
    /// <param name="clientToken">ClientToken: an impersonation token with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits.</param>
    /// <param name="objectTypeList">ObjectTypeList, or null (NULL).</param>
    /// <param name="genericMapping">GenericMapping, or null (NULL).</param>
    /// <param name="privilegeSet">PrivilegeSet, or null (NULL).</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength, or null (NULL).</param>
    /// <param name="grantedAccess">GrantedAccess: written when the check runs.</param>
    /// <param name="accessStatus">AccessStatus: written when the check runs.</param>
    public static bool AccessCheckByType(KernelCall call, SecurityDescriptor? pSecurityDescriptor, Sid? principalSelfSid, NtHandle clientToken,
        uint desiredAccess, IReadOnlyList<ObjectTypeEntry>? objectTypeList, GenericMapping? genericMapping, StrongBox<PrivilegeSet>? privilegeSet,
        StrongBox<uint>? privilegeSetLength, ref uint grantedAccess, ref bool accessStatus)
    {
        Win32Call.Enter(call);
        uint granted = grantedAccess;
        var ntAccessStatus = NtStatus.STATUS_SUCCESS;
        var status = AccessChecking.NtAccessCheckByType(call, pSecurityDescriptor, principalSelfSid, clientToken, desiredAccess, objectTypeList,
            genericMapping, privilegeSet, privilegeSetLength, ref granted, ref ntAccessStatus);
        return Report(call, status, granted, ntAccessStatus, ref grantedAccess, ref accessStatus);
    }

    /// <summary>
    /// AccessCheckByTypeResultList: NtAccessCheckByTypeResultList, then each entry's NTSTATUS turned into a
    /// Win32 error code: 0 (ERROR_SUCCESS) for a granted entry, RtlNtStatusToDosError of the status otherwise
    /// (ERROR_ACCESS_DENIED, ERROR_PRIVILEGE_NOT_HELD); the thread's last error is not touched by a denial
    /// (advapi32 as decompiled in public repositories). FALSE with the status's error when the check cannot run:
    /// as <see cref="AccessCheckByType"/>, plus ERROR_INVALID_PARAMETER for a NULL or empty list and
    /// ERROR_NOACCESS for a NULL result array.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="pSecurityDescriptor">pSecurityDescriptor, or null (NULL).</param>
    /// <param name="principalSelfSid">PrincipalSelfSid, or null.</param>
    /// <param name="clientToken">ClientToken: an impersonation token with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits.</param>
    /// <param name="objectTypeList">ObjectTypeList: at least one entry.</param>
    /// <param name="genericMapping">GenericMapping, or null (NULL).</param>
    /// <param name="privilegeSet">PrivilegeSet, or null (NULL).</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength, or null (NULL).</param>
    /// <param name="grantedAccessList">GrantedAccessList: one mask per list entry, or null (NULL).</param>
    /// <param name="accessStatusList">AccessStatusList: one Win32 error code per list entry, or null (NULL).</param>
    /// <exception cref="ArgumentException">A result array is shorter than the list (a buffer overrun in C).</exception>
    public static bool AccessCheckByTypeResultList(KernelCall call, SecurityDescriptor? pSecurityDescriptor, Sid? principalSelfSid,
        NtHandle clientToken, uint desiredAccess, IReadOnlyList<ObjectTypeEntry>? objectTypeList, GenericMapping? genericMapping,
        StrongBox<PrivilegeSet>? privilegeSet, StrongBox<uint>? privilegeSetLength, uint[]? grantedAccessList, Win32Error[]? accessStatusList)
    {
        Win32Call.Enter(call);
        var statuses = accessStatusList is null ? null : new NtStatus[accessStatusList.Length];
        var status = AccessChecking.NtAccessCheckByTypeResultList(call, pSecurityDescriptor, principalSelfSid, clientToken, desiredAccess,
            objectTypeList, genericMapping, privilegeSet, privilegeSetLength, grantedAccessList, statuses);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        int count = objectTypeList?.Count ?? 0;
        for (int i = 0; i < count; i++)
        {
            accessStatusList![i] = statuses![i] == NtStatus.STATUS_SUCCESS ? Win32Error.ERROR_SUCCESS : NtStatusMapping.ToDosError(statuses[i]);
        }

        return true;
    }

    /// <summary>
    /// PrivilegeCheck: NtPrivilegeCheck. FALSE with ERROR_BAD_IMPERSONATION_LEVEL for an impersonation token
    /// below SecurityIdentification (PRV-01), ERROR_INVALID_HANDLE, ERROR_ACCESS_DENIED (no TOKEN_QUERY),
    /// ERROR_NOACCESS for a NULL set; <paramref name="pfResult"/> is then left alone. Primary tokens are
    /// accepted (PRV-03). The privileges found enabled get SE_PRIVILEGE_USED_FOR_ACCESS in the set.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="clientToken">ClientToken: with TOKEN_QUERY.</param>
    /// <param name="requiredPrivileges">RequiredPrivileges: in, the set; out, with the used privileges marked; or null (NULL).</param>
    /// <param name="pfResult">pfResult: whether the privileges are held enabled (all of them with PRIVILEGE_SET_ALL_NECESSARY).</param>
    public static bool PrivilegeCheck(KernelCall call, NtHandle clientToken, StrongBox<PrivilegeSet>? requiredPrivileges, ref bool pfResult)
    {
        Win32Call.Enter(call);
        var status = TokenChecking.NtPrivilegeCheck(call, clientToken, requiredPrivileges, out bool result);
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        pfResult = result;
        return true;
    }

    /// <summary>
    /// CheckTokenMembership: whether <paramref name="sidToCheck"/> is enabled in the token, decided as Windows
    /// decides it, by an access check: NtAccessCheck of a descriptor whose owner and group are the SID and whose
    /// DACL is one ACE allowing the SID right 0x1, asking for 0x1. So the user SID counts (CTM-05), a deny-only
    /// or disabled SID does not (CRT-02, CTM-04), and for a restricted token the SID must also be a restricting
    /// SID (CTM-06). <paramref name="isMember"/> is cleared first, so it is FALSE on failure (CTM-03).
    /// </summary>
    /// <remarks>
    /// <para>With <paramref name="tokenHandle"/> NULL the thread's impersonation token is used (opened
    /// TOKEN_QUERY with OpenAsSelf TRUE), else, when the thread does not impersonate, the process token
    /// duplicated to an impersonation token at SecurityIdentification (CTM-02); errors of those steps
    /// (ERROR_CANT_OPEN_ANONYMOUS, ...) fail the call. A primary token handle fails with
    /// ERROR_NO_IMPERSONATION_TOKEN (CTM-03), an Anonymous-level one with ERROR_BAD_IMPERSONATION_LEVEL.</para>
    /// <para>Sources: the CheckTokenMembership page; wine.md 1.11; ReactOS's and Wine's advapi32 build the same
    /// descriptor (read for behaviour). A null <paramref name="sidToCheck"/> gives ERROR_INVALID_PARAMETER
    /// (Windows would fault on the NULL pointer; unverified).</para>
    /// </remarks>
    /// <param name="call">The calling thread.</param>
    /// <param name="tokenHandle">TokenHandle: an impersonation token with TOKEN_QUERY, or NULL for the caller's own.</param>
    /// <param name="sidToCheck">SidToCheck.</param>
    /// <param name="isMember">IsMember: TRUE when the SID is enabled in the token.</param>
    public static bool CheckTokenMembership(KernelCall call, NtHandle tokenHandle, Sid? sidToCheck, out bool isMember)
    {
        Win32Call.Enter(call);
        isMember = false;
        if (sidToCheck is null)
        {
            return Win32Call.Fail(call, Win32Error.ERROR_INVALID_PARAMETER);
        }

        var token = tokenHandle;
        var opened = NtHandle.Null;
        if (tokenHandle.IsNull)
        {
            var status = OpenOwnToken(call, out opened);
            if (!status.IsSuccess())
            {
                return Win32Call.Fail(call, status);
            }

            token = opened;
        }

        var descriptor = new SecurityDescriptor(SecurityDescriptorControl.DaclPresent, sidToCheck, sidToCheck,
            new Acl([Ace.Create(AceType.AccessAllowed, AceFlags.None, MembershipRight, sidToCheck)]), null);
        var privileges = new StrongBox<PrivilegeSet>(PrivilegeSet.Empty);
        var length = new StrongBox<uint>(PrivilegeSet.LengthFor(4));
        uint granted = 0;
        var accessStatus = NtStatus.STATUS_ACCESS_DENIED;
        var checkStatus = AccessChecking.NtAccessCheck(call, descriptor, token, MembershipRight, MembershipMapping, privileges, length,
            ref granted, ref accessStatus);
        if (!opened.IsNull)
        {
            ObjectHandles.NtClose(call, opened);
        }

        if (!checkStatus.IsSuccess())
        {
            return Win32Call.Fail(call, checkStatus);
        }

        isMember = accessStatus == NtStatus.STATUS_SUCCESS && granted == MembershipRight;
        return true;
    }

    /// <summary>
    /// MapGenericMask: RtlMapGenericMask. Each generic bit of <paramref name="accessMask"/> is replaced by the
    /// rights <paramref name="genericMapping"/> gives it; the other bits are kept.
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="accessMask">AccessMask: in, the mask; out, the mapped mask.</param>
    /// <param name="genericMapping">GenericMapping.</param>
    public static void MapGenericMask(KernelCall call, ref uint accessMask, GenericMapping genericMapping)
    {
        Win32Call.Enter(call);
        accessMask = genericMapping.Map(accessMask);
    }

    private static bool Report(KernelCall call, NtStatus status, uint granted, NtStatus ntAccessStatus, ref uint grantedAccess, ref bool accessStatus)
    {
        if (!status.IsSuccess())
        {
            return Win32Call.Fail(call, status);
        }

        grantedAccess = granted;
        accessStatus = ntAccessStatus.IsSuccess();
        if (!accessStatus)
        {
            Win32Call.Fail(call, ntAccessStatus);
        }

        return true;
    }

    /// <summary>CheckTokenMembership's own token: the thread's impersonation token, else an Identification-level copy of the process token.</summary>
    private static NtStatus OpenOwnToken(KernelCall call, out NtHandle token)
    {
        var status = TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, (uint)TokenAccessRights.TOKEN_QUERY, true, out token);
        if (status != NtStatus.STATUS_NO_TOKEN)
        {
            return status;
        }

        status = TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, (uint)TokenAccessRights.TOKEN_DUPLICATE, out var process);
        if (!status.IsSuccess())
        {
            return status;
        }

        var attributes = new ObjectAttributes(SecurityQualityOfService: new SecurityQualityOfService(SecurityImpersonationLevel.SecurityIdentification));
        status = TokenCopying.NtDuplicateToken(call, process, (uint)TokenAccessRights.TOKEN_QUERY, attributes, false, TokenType.TokenImpersonation,
            out token);
        ObjectHandles.NtClose(call, process);
        return status;
    }
}
