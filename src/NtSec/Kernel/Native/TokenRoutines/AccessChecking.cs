using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Authorization;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// NtAccessCheck, NtAccessCheckByType and NtAccessCheckByTypeResultList: the token-handle, level and
/// buffer rules around <see cref="AccessChecker"/>. A call has two statuses (DESIGN.md "Error model"): the
/// returned one says whether the check ran; <c>accessStatus</c> says whether access was granted.
/// </summary>
/// <remarks>
/// <para>Order of the checks in user mode (ReactOS SepAccessCheck read for the order; each step pinned by a
/// test where one exists): (1) the pointers: a NULL GenericMapping or PrivilegeSetLength, or a NULL
/// PrivilegeSet with a non-zero length, give STATUS_ACCESS_VIOLATION (ACC-06, ACC-14, ACT-07; a NULL
/// PrivilegeSet with length 0 passes, ACC-13); (2) generic bits in DesiredAccess give
/// STATUS_GENERIC_NOT_MAPPED -- before the token is looked at (ACT-05: an anonymous-level token with
/// GENERIC_WRITE gives this status, not STATUS_BAD_IMPERSONATION_LEVEL) and before the buffer size (ACC-07);
/// (3) the token handle needs TOKEN_QUERY (ACT-02); (4) a primary token gives STATUS_NO_IMPERSONATION_TOKEN
/// (ACC-21, ACT-03); (5) an impersonation token below SecurityIdentification gives
/// STATUS_BAD_IMPERSONATION_LEVEL (ACC-20, ACT-04; Identification is enough, ACC-22); (6) a malformed
/// object-type list gives STATUS_INVALID_PARAMETER (ACT-10, checked before the descriptor); (7)
/// ACCESS_SYSTEM_SECURITY without an enabled SeSecurityPrivilege: the call succeeds with AccessStatus
/// STATUS_PRIVILEGE_NOT_HELD and GrantedAccess 0 (ACC-17); (8) a PrivilegeSetLength below
/// max(sizeof(PRIVILEGE_SET), 8 + 12 per privilege the check will use) gives STATUS_BUFFER_TOO_SMALL and
/// receives that length (ACC-08, ACC-13, ACC-15); (9) a NULL descriptor, or one without owner or group,
/// gives STATUS_INVALID_SECURITY_DESCR (ACT-06, ACC-01, ACT-08); then the check.</para>
/// <para>Outputs are written only on success: GrantedAccess and AccessStatus are <c>ref</c> parameters left
/// as the caller set them on failure (ACC-01, ACC-02, ACC-03), the PrivilegeSet buffer keeps its contents
/// and PrivilegeSetLength its value unless STATUS_BUFFER_TOO_SMALL rewrites it (ACC-15, ACC-16: a length of
/// 21 stays 21). On success the PrivilegeSet receives the privileges the check used, each with
/// SE_PRIVILEGE_USED_FOR_ACCESS (ACC-18), with Control 0 (unverified).</para>
/// <para>In kernel mode nothing is validated and access is granted: MAXIMUM_ALLOWED becomes the mapping's
/// GenericAll plus the other requested bits (ReactOS NtAccessCheck; NT's SeAccessCheckByType grants
/// kernel-mode callers without a check).</para>
/// <para>The token pseudo-handles are refused (STATUS_INVALID_HANDLE): see <see cref="TokenHandles.Reference"/>.</para>
/// </remarks>
public static class AccessChecking
{
    /// <summary>
    /// NtAccessCheck: NtAccessCheckByType without an object-type list or principal-self SID. Statuses: see
    /// the class remarks; also STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (the
    /// token handle lacks TOKEN_QUERY) and STATUS_NOT_IMPLEMENTED (an ACE the engine cannot evaluate decides).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="securityDescriptor">SecurityDescriptor, or null.</param>
    /// <param name="clientToken">ClientToken: an impersonation token handle with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits.</param>
    /// <param name="genericMapping">GenericMapping, or null (a NULL pointer).</param>
    /// <param name="privilegeSet">PrivilegeSet: the caller's buffer, or null (a NULL pointer).</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength: in, the buffer's bytes; out, the bytes needed when too small.</param>
    /// <param name="grantedAccess">GrantedAccess: written on success.</param>
    /// <param name="accessStatus">AccessStatus: written on success.</param>
    public static NtStatus NtAccessCheck(KernelCall call, SecurityDescriptor? securityDescriptor, NtHandle clientToken, uint desiredAccess,
        GenericMapping? genericMapping, StrongBox<PrivilegeSet>? privilegeSet, StrongBox<uint>? privilegeSetLength,
        ref uint grantedAccess, ref NtStatus accessStatus) =>
        NtAccessCheckByType(call, securityDescriptor, null, clientToken, desiredAccess, null, genericMapping, privilegeSet, privilegeSetLength,
            ref grantedAccess, ref accessStatus);

    /// <summary>
    /// NtAccessCheckByType (AccessCheckByType's native routine): the check for an object with an
    /// object-type hierarchy (property sets, properties) and a PRINCIPAL_SELF substitute. Without a list it is
    /// a plain access check (ACT-11). Statuses: as <see cref="NtAccessCheck"/>, plus STATUS_INVALID_PARAMETER
    /// for a malformed list (ACT-10).
    /// </summary>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="securityDescriptor">SecurityDescriptor, or null.</param>
    /// <param name="principalSelfSid">PrincipalSelfSid: the SID that PRINCIPAL_SELF (S-1-5-10) ACEs stand for, or null.</param>
    /// <param name="clientToken">ClientToken: an impersonation token handle with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits.</param>
    /// <param name="objectTypeList">ObjectTypeList (its length is ObjectTypeListLength), or null.</param>
    /// <param name="genericMapping">GenericMapping, or null (a NULL pointer).</param>
    /// <param name="privilegeSet">PrivilegeSet: the caller's buffer, or null.</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength: in, the buffer's bytes; out, the bytes needed when too small.</param>
    /// <param name="grantedAccess">GrantedAccess: written on success (the whole object's result).</param>
    /// <param name="accessStatus">AccessStatus: written on success.</param>
    public static NtStatus NtAccessCheckByType(KernelCall call, SecurityDescriptor? securityDescriptor, Sid? principalSelfSid, NtHandle clientToken,
        uint desiredAccess, IReadOnlyList<ObjectTypeEntry>? objectTypeList, GenericMapping? genericMapping, StrongBox<PrivilegeSet>? privilegeSet,
        StrongBox<uint>? privilegeSetLength, ref uint grantedAccess, ref NtStatus accessStatus)
    {
        if (!call.IsUserMode)
        {
            grantedAccess = KernelModeGrant(desiredAccess, genericMapping);
            accessStatus = NtStatus.STATUS_SUCCESS;
            return NtStatus.STATUS_SUCCESS;
        }

        ImmutableArray<ObjectTypeEntry> list = objectTypeList is null ? [] : [.. objectTypeList];
        var status = Prepare(call, securityDescriptor, clientToken, desiredAccess, list, genericMapping, privilegeSet, privilegeSetLength,
            out var token, out bool privilegeNotHeld);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        if (privilegeNotHeld)
        {
            grantedAccess = 0;
            accessStatus = NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            return NtStatus.STATUS_SUCCESS;
        }

        var options = new AccessCheckOptions { PrincipalSelfSid = principalSelfSid, ObjectTypes = list };
        var result = AccessChecker.Check(securityDescriptor!, token, desiredAccess, genericMapping!.Value, options);
        if (result.Status != NtStatus.STATUS_SUCCESS)
        {
            return result.Status;
        }

        privilegeSet!.Value = UsedPrivilegeSet(result.PrivilegesUsed);
        grantedAccess = result.GrantedAccess;
        accessStatus = result.AccessStatus;
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// NtAccessCheckByTypeResultList (AccessCheckByTypeResultList's native routine): one result per entry of
    /// the object-type list. Statuses: as <see cref="NtAccessCheckByType"/>; a NULL or empty list gives
    /// STATUS_INVALID_PARAMETER (ReactOS NtAccessCheckByTypeResultList test, validated on Windows), NULL
    /// result arrays STATUS_ACCESS_VIOLATION.
    /// </summary>
    /// <remarks>
    /// <para>The per-entry rule. Windows evaluates a result list in MAXIMUM_ALLOWED fashion (ReactOS
    /// SepAccessCheck: "MAXIMUM_ALLOWED requested or a result list"; Windows' SepMaximumAccessCheck as
    /// decompiled in public research repositories) and reports partial access for a denied entry (ReactOS
    /// test, run on Windows: an administrator owner asking KEY_READ against a DACL that denies it gets
    /// GrantedAccess READ_CONTROL -- the owner's implicit right -- with STATUS_ACCESS_DENIED, for every entry).
    /// In that walk an ACE for a node updates the node and its whole subtree (an allow grants the bits not yet
    /// denied there, a deny denies the bits not yet granted), and then each ancestor's granted access is set to
    /// the AND of its children's and its denied access to the OR of its children's
    /// (AuthzBasepAddAccessTypeList and AuthzBasepUpdateParentTypeList, decompiled; read for behaviour). Two
    /// consequences the model uses: a leaf's access depends only on the ACEs for the leaf and its ancestors,
    /// in DACL order; and an inner node's access is always the AND of its children's. So the model computes,
    /// for each leaf L, M(L) = the engine's MAXIMUM_ALLOWED check with L as the only node, the object ACEs for
    /// L and its ancestors retargeted to L and the object ACEs for other nodes dropped (privileges, owner
    /// rights, mandatory integrity and the restricted pass apply as in any check); and for an inner node,
    /// M(i) = the AND of its children's M. Then GrantedAccess[i] = M(i) when MAXIMUM_ALLOWED was asked, else
    /// M(i) &amp; DesiredAccess; AccessStatus[i] is STATUS_SUCCESS when every requested bit is in M(i) (and,
    /// for MAXIMUM_ALLOWED, M(i) is not empty), else STATUS_ACCESS_DENIED. An entry is granted exactly when
    /// nothing it asks for remains on it.</para>
    /// </remarks>
    /// <param name="call">The calling thread and previous mode.</param>
    /// <param name="securityDescriptor">SecurityDescriptor, or null.</param>
    /// <param name="principalSelfSid">PrincipalSelfSid, or null.</param>
    /// <param name="clientToken">ClientToken: an impersonation token handle with TOKEN_QUERY.</param>
    /// <param name="desiredAccess">DesiredAccess: no generic bits.</param>
    /// <param name="objectTypeList">ObjectTypeList: at least one entry.</param>
    /// <param name="genericMapping">GenericMapping, or null (a NULL pointer).</param>
    /// <param name="privilegeSet">PrivilegeSet: the caller's buffer, or null.</param>
    /// <param name="privilegeSetLength">PrivilegeSetLength: in, the buffer's bytes; out, the bytes needed when too small.</param>
    /// <param name="grantedAccess">GrantedAccessList: one mask per list entry, written on success.</param>
    /// <param name="accessStatus">AccessStatusList: one status per list entry, written on success.</param>
    /// <exception cref="ArgumentException">A result array is shorter than the list (a buffer overrun in C).</exception>
    public static NtStatus NtAccessCheckByTypeResultList(KernelCall call, SecurityDescriptor? securityDescriptor, Sid? principalSelfSid,
        NtHandle clientToken, uint desiredAccess, IReadOnlyList<ObjectTypeEntry>? objectTypeList, GenericMapping? genericMapping,
        StrongBox<PrivilegeSet>? privilegeSet, StrongBox<uint>? privilegeSetLength, uint[]? grantedAccess, NtStatus[]? accessStatus)
    {
        int count = objectTypeList?.Count ?? 0;
        if ((grantedAccess is not null && grantedAccess.Length < count) || (accessStatus is not null && accessStatus.Length < count))
        {
            throw new ArgumentException("a result array is shorter than the object-type list");
        }

        if (!call.IsUserMode)
        {
            ArgumentNullException.ThrowIfNull(grantedAccess);
            ArgumentNullException.ThrowIfNull(accessStatus);
            uint all = KernelModeGrant(desiredAccess, genericMapping);
            Array.Fill(grantedAccess, all, 0, count);
            Array.Fill(accessStatus, NtStatus.STATUS_SUCCESS, 0, count);
            return NtStatus.STATUS_SUCCESS;
        }

        if (grantedAccess is null || accessStatus is null)
        {
            return NtStatus.STATUS_ACCESS_VIOLATION;
        }

        if (count == 0)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        ImmutableArray<ObjectTypeEntry> list = [.. objectTypeList!];
        var status = Prepare(call, securityDescriptor, clientToken, desiredAccess, list, genericMapping, privilegeSet, privilegeSetLength,
            out var token, out bool privilegeNotHeld);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        if (privilegeNotHeld)
        {
            Array.Fill(grantedAccess, 0u, 0, count);
            Array.Fill(accessStatus, NtStatus.STATUS_PRIVILEGE_NOT_HELD, 0, count);
            return NtStatus.STATUS_SUCCESS;
        }

        var mapping = genericMapping!.Value;
        bool maximumAllowed = (desiredAccess & AccessMask.MaximumAllowed) != 0;
        uint requested = desiredAccess & ~AccessMask.MaximumAllowed;
        uint probe = AccessMask.MaximumAllowed | (desiredAccess & AccessMask.AccessSystemSecurity);
        var maximum = new uint[count];
        var used = UsedPrivileges.None;
        for (int i = count - 1; i >= 0; i--)
        {
            var children = Children(list, i);
            if (children.Count > 0)
            {
                maximum[i] = children.Aggregate(uint.MaxValue, (all, child) => all & maximum[child]);
                continue;
            }

            var options = new AccessCheckOptions { PrincipalSelfSid = principalSelfSid, ObjectTypes = [new(0, list[i].ObjectType)] };
            var result = AccessChecker.Check(ForLeaf(securityDescriptor!, list, i), token, probe, mapping, options);
            if (result.Status != NtStatus.STATUS_SUCCESS)
            {
                return result.Status;
            }

            maximum[i] = result.IsGranted ? result.GrantedAccess : 0;
            used |= result.PrivilegesUsed;
        }

        var granted = new uint[count];
        var statuses = new NtStatus[count];
        for (int i = 0; i < count; i++)
        {
            granted[i] = maximumAllowed ? maximum[i] : maximum[i] & requested;
            bool ok = (requested & ~maximum[i]) == 0 && (maximumAllowed ? maximum[i] != 0 : requested != 0);
            statuses[i] = ok ? NtStatus.STATUS_SUCCESS : NtStatus.STATUS_ACCESS_DENIED;
        }

        privilegeSet!.Value = UsedPrivilegeSet(used);
        granted.CopyTo(grantedAccess, 0);
        statuses.CopyTo(accessStatus, 0);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>Steps (1) to (9) of the class remarks; <paramref name="token"/> is the client token's state on success.</summary>
    private static NtStatus Prepare(KernelCall call, SecurityDescriptor? securityDescriptor, NtHandle clientToken, uint desiredAccess,
        ImmutableArray<ObjectTypeEntry> objectTypeList, GenericMapping? genericMapping, StrongBox<PrivilegeSet>? privilegeSet,
        StrongBox<uint>? privilegeSetLength, out TokenState? token, out bool privilegeNotHeld)
    {
        token = null;
        privilegeNotHeld = false;
        if (genericMapping is null || privilegeSetLength is null || (privilegeSet is null && privilegeSetLength.Value != 0))
        {
            return NtStatus.STATUS_ACCESS_VIOLATION;
        }

        if ((desiredAccess & AccessMask.GenericBits) != 0)
        {
            return NtStatus.STATUS_GENERIC_NOT_MAPPED;
        }

        var status = TokenHandles.Reference(call, clientToken, (uint)TokenAccessRights.TOKEN_QUERY, out var tokenObject, out _);
        if (status != NtStatus.STATUS_SUCCESS || tokenObject is null)
        {
            return status;
        }

        var state = tokenObject.State;
        if (state.Type != TokenType.TokenImpersonation)
        {
            return NtStatus.STATUS_NO_IMPERSONATION_TOKEN;
        }

        if (state.ImpersonationLevel < SecurityImpersonationLevel.SecurityIdentification)
        {
            return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL;
        }

        if (!ObjectTypeTree.IsValid(objectTypeList.AsSpan()))
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        if ((desiredAccess & AccessMask.AccessSystemSecurity) != 0 && !state.HasEnabledPrivilege(WellKnownPrivilege.SeSecurityPrivilege))
        {
            token = state;
            privilegeNotHeld = true;
            return NtStatus.STATUS_SUCCESS;
        }

        var used = UsedPrivileges.None;
        bool maximumAllowed = (desiredAccess & AccessMask.MaximumAllowed) != 0;
        PrivilegeGrants.Grant(state, desiredAccess & ~AccessMask.MaximumAllowed, maximumAllowed, false, ref used, null);
        uint required = PrivilegeSet.LengthFor(Entries(used).Count());
        if (privilegeSetLength.Value < required)
        {
            privilegeSetLength.Value = required;
            return NtStatus.STATUS_BUFFER_TOO_SMALL;
        }

        if (securityDescriptor is null)
        {
            return NtStatus.STATUS_INVALID_SECURITY_DESCR;
        }

        token = state;
        return NtStatus.STATUS_SUCCESS;
    }

    private static uint KernelModeGrant(uint desiredAccess, GenericMapping? genericMapping)
    {
        if ((desiredAccess & AccessMask.MaximumAllowed) == 0)
        {
            return desiredAccess;
        }

        var mapping = genericMapping ?? throw new ArgumentNullException(nameof(genericMapping), "a kernel-mode caller must pass a mapping");
        return (desiredAccess & ~AccessMask.MaximumAllowed) | mapping.GenericAll;
    }

    /// <summary>The privileges an access check used, as the PRIVILEGE_SET it returns (SeTakeOwnership before SeSecurity, as ReactOS lists them).</summary>
    private static PrivilegeSet UsedPrivilegeSet(UsedPrivileges used) =>
        new(0, [.. Entries(used).Select(p => new LuidAndAttributes(PrivilegeTable.ToLuid(p), PrivilegeAttributes.SE_PRIVILEGE_USED_FOR_ACCESS))]);

    private static IEnumerable<WellKnownPrivilege> Entries(UsedPrivileges used)
    {
        if ((used & UsedPrivileges.SeTakeOwnershipPrivilege) != 0)
        {
            yield return WellKnownPrivilege.SeTakeOwnershipPrivilege;
        }

        if ((used & UsedPrivileges.SeSecurityPrivilege) != 0)
        {
            yield return WellKnownPrivilege.SeSecurityPrivilege;
        }

        if ((used & UsedPrivileges.SeRelabelPrivilege) != 0)
        {
            yield return WellKnownPrivilege.SeRelabelPrivilege;
        }

        if ((used & UsedPrivileges.SeBackupPrivilege) != 0)
        {
            yield return WellKnownPrivilege.SeBackupPrivilege;
        }

        if ((used & UsedPrivileges.SeRestorePrivilege) != 0)
        {
            yield return WellKnownPrivilege.SeRestorePrivilege;
        }
    }

    /// <summary>The children of node <paramref name="index"/> (the nodes one level down in its subtree).</summary>
    private static List<int> Children(ImmutableArray<ObjectTypeEntry> list, int index)
    {
        var children = new List<int>();
        for (int n = index + 1; n < list.Length && list[n].Level > list[index].Level; n++)
        {
            if (list[n].Level == list[index].Level + 1)
            {
                children.Add(n);
            }
        }

        return children;
    }

    /// <summary>
    /// The descriptor leaf <paramref name="index"/> sees (see NtAccessCheckByTypeResultList's remarks): object
    /// ACEs whose ObjectType is the leaf or one of its ancestors retargeted to the leaf, those for any other node
    /// of the list removed; ACEs without an ObjectType, and object ACEs for GUIDs outside the list, unchanged.
    /// </summary>
    private static SecurityDescriptor ForLeaf(SecurityDescriptor sd, ImmutableArray<ObjectTypeEntry> list, int index)
    {
        if (sd.Dacl is not { } dacl)
        {
            return sd;
        }

        var path = new HashSet<int> { index };
        for (int node = index - 1, level = list[index].Level; node >= 0 && level > 0; node--)
        {
            if (list[node].Level < level)
            {
                path.Add(node);
                level = list[node].Level;
            }
        }

        var target = list[index].ObjectType;
        var aces = ImmutableArray.CreateBuilder<Ace>(dacl.Count);
        foreach (var ace in dacl.Aces)
        {
            int first = AceTypeInfo.IsObjectAce(ace.Type) && ace.ObjectType is { } guid && ace.Sid is not null ? FirstNode(list, guid) : -1;
            if (first < 0)
            {
                aces.Add(ace);
            }
            else if (path.Contains(first))
            {
                aces.Add(Ace.CreateObject(ace.Type, ace.Flags, ace.Mask, ace.Sid!, ace.ObjectFlags, target, ace.InheritedObjectType, ace.ApplicationData));
            }
        }

        return new SecurityDescriptor(sd.Control, sd.Owner, sd.Group, new Acl(dacl.Revision, aces.ToImmutable(), dacl.TrailingBytes), sd.Sacl,
            sd.ResourceManagerControl);
    }

    /// <summary>The first node of <paramref name="list"/> with <paramref name="guid"/> (where the engine applies an object ACE), or -1.</summary>
    private static int FirstNode(ImmutableArray<ObjectTypeEntry> list, Guid guid)
    {
        for (int n = 0; n < list.Length; n++)
        {
            if (list[n].ObjectType == guid)
            {
                return n;
            }
        }

        return -1;
    }
}
