using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Authorization;

/// <summary>
/// The access check: a pure function of (security descriptor, token state, desired access, generic
/// mapping, options), as NtAccessCheck / NtAccessCheckByType compute it. Stages, in order
/// (docs/access-check.md): validation, mandatory integrity, privileges, owner rights, the DACL
/// with the token's SIDs, and for a restricted token a second DACL pass with its restricting SIDs.
/// Without a trace the check does not allocate.
/// </summary>
public static class AccessChecker
{
    private const uint StackNodes = 32;

    /// <summary>Runs the check. The token is taken as given: callers decide type and level rules.</summary>
    public static AccessCheckResult Check(SecurityDescriptor sd, TokenState token, uint desiredAccess, GenericMapping mapping,
        AccessCheckOptions? options = null, AccessCheckTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(sd);
        ArgumentNullException.ThrowIfNull(token);
        options ??= AccessCheckOptions.None;

        // ACC-02/ACC-07: generic bits must have been mapped by the caller.
        if ((desiredAccess & AccessMask.GenericBits) != 0)
        {
            trace?.Add(AccessCheckStage.Validation, $"desired access 0x{desiredAccess:X8} contains generic bits: STATUS_GENERIC_NOT_MAPPED", desiredAccess);
            return AccessCheckResult.Failed(NtStatus.STATUS_GENERIC_NOT_MAPPED);
        }

        // ACC-01, ACT-08: the descriptor needs an owner and a group.
        if (sd.Owner is null || sd.Group is null)
        {
            trace?.Add(AccessCheckStage.Validation, "the security descriptor has no owner or no group: STATUS_INVALID_SECURITY_DESCR");
            return AccessCheckResult.Failed(NtStatus.STATUS_INVALID_SECURITY_DESCR);
        }

        var objectTypes = options.ObjectTypes.AsSpan();
        if (!ObjectTypeTree.IsValid(objectTypes))
        {
            trace?.Add(AccessCheckStage.Validation, "the object-type list is malformed (ACT-10): STATUS_INVALID_PARAMETER");
            return AccessCheckResult.Failed(NtStatus.STATUS_INVALID_PARAMETER);
        }

        bool maximumAllowed = (desiredAccess & AccessMask.MaximumAllowed) != 0;
        uint requested = desiredAccess & ~AccessMask.MaximumAllowed;
        if (!maximumAllowed && requested == 0)
        {
            trace?.Add(AccessCheckStage.Result, "nothing was asked for: access denied (docs/access-check.md, zero desired access)");
            return AccessCheckResult.Denied(NtStatus.STATUS_ACCESS_DENIED);
        }

        uint micAllowed = TrustAndFilterCheck.AllowedAccess(sd, token, trace) & MandatoryIntegrityCheck.AllowedAccess(sd, token, mapping, trace);
        if ((requested & ~micAllowed) != 0)
        {
            trace?.Add(AccessCheckStage.Result, $"mandatory integrity denies 0x{requested & ~micAllowed:X8}: access denied", requested & ~micAllowed);
            return AccessCheckResult.Denied(NtStatus.STATUS_ACCESS_DENIED);
        }

        var used = UsedPrivileges.None;
        uint privileged = PrivilegeGrants.Grant(token, requested, maximumAllowed, options.BackupRestoreIntent, ref used, trace);
        if ((requested & AccessMask.AccessSystemSecurity) != 0 && (privileged & AccessMask.AccessSystemSecurity) == 0)
        {
            trace?.Add(AccessCheckStage.Result, "ACCESS_SYSTEM_SECURITY needs an enabled SeSecurityPrivilege: STATUS_PRIVILEGE_NOT_HELD");
            return AccessCheckResult.Denied(NtStatus.STATUS_PRIVILEGE_NOT_HELD);
        }

        uint owner = OwnerRights.Grant(sd, token, trace) & (maximumAllowed ? uint.MaxValue : requested);
        uint preGranted = privileged | owner;
        uint remaining = requested & ~preGranted;
        if (!maximumAllowed && remaining == 0)
        {
            trace?.Add(AccessCheckStage.Result, "privileges and owner rights cover the request: granted", requested);
            return AccessCheckResult.Granted(requested, used);
        }

        var tree = new ObjectTypeTree(objectTypes);
        return maximumAllowed
            ? Maximum(sd, token, mapping, options, tree, requested, preGranted, micAllowed, used, trace)
            : Specific(sd, token, mapping, options, tree, requested, remaining, used, trace);
    }

    private static AccessCheckResult Specific(SecurityDescriptor sd, TokenState token, GenericMapping mapping, AccessCheckOptions options,
        scoped ObjectTypeTree tree, uint requested, uint remaining, UsedPrivileges used, AccessCheckTrace? trace)
    {
        if (sd.Dacl is not { } dacl)
        {
            trace?.Add(AccessCheckStage.Dacl, sd.DaclPresent ? "NULL DACL: everything is granted" : "no DACL: everything is granted", remaining);
            trace?.Add(AccessCheckStage.Result, "granted", requested);
            return AccessCheckResult.Granted(requested, used);
        }

        Span<uint> nodes = tree.Count <= StackNodes ? stackalloc uint[tree.Count] : new uint[tree.Count];
        nodes.Fill(remaining);
        var outcome = DaclWalk.Specific(dacl, new AceSidMatch(token, false, sd, options.PrincipalSelfSid), tree, nodes, AccessCheckStage.Dacl, trace);
        if (Stop(outcome, nodes[0], AccessCheckStage.Dacl, trace) is { } stop)
        {
            return stop;
        }

        if (token.IsRestricted || token.IsWriteRestricted)
        {
            uint range = RestrictedRange(token, mapping);
            uint second = remaining & range;
            if (token.IsWriteRestricted && second == 0)
            {
                trace?.Add(AccessCheckStage.RestrictedDacl, "write-restricted token and no write access requested: restricting SIDs are not checked");
            }
            else
            {
                nodes.Fill(second);
                trace?.Add(AccessCheckStage.RestrictedDacl, $"restricted token: the restricting SIDs must also grant 0x{second:X8}", second);
                outcome = DaclWalk.Specific(dacl, new AceSidMatch(token, true, sd, options.PrincipalSelfSid), tree, nodes, AccessCheckStage.RestrictedDacl, trace);
                if (Stop(outcome, nodes[0], AccessCheckStage.RestrictedDacl, trace) is { } stop2)
                {
                    return stop2;
                }
            }
        }

        trace?.Add(AccessCheckStage.Result, "granted", requested);
        return AccessCheckResult.Granted(requested, used);
    }

    private static AccessCheckResult? Stop(WalkOutcome outcome, uint stillNeeded, AccessCheckStage stage, AccessCheckTrace? trace)
    {
        switch (outcome)
        {
            case WalkOutcome.NotImplemented:
                trace?.Add(AccessCheckStage.Result, "STATUS_NOT_IMPLEMENTED: an ACE the model cannot evaluate yet decides this check");
                return AccessCheckResult.Failed(NtStatus.STATUS_NOT_IMPLEMENTED);
            case WalkOutcome.Denied:
                trace?.Add(AccessCheckStage.Result, "access denied by a deny ACE");
                return AccessCheckResult.Denied(NtStatus.STATUS_ACCESS_DENIED);
            default:
                if (stillNeeded != 0)
                {
                    trace?.Add(AccessCheckStage.Result, $"{(stage == AccessCheckStage.Dacl ? "the DACL" : "the restricted pass")} does not grant 0x{stillNeeded:X8}: access denied", stillNeeded);
                    return AccessCheckResult.Denied(NtStatus.STATUS_ACCESS_DENIED);
                }

                return null;
        }
    }

    private static AccessCheckResult Maximum(SecurityDescriptor sd, TokenState token, GenericMapping mapping, AccessCheckOptions options,
        scoped ObjectTypeTree tree, uint requested, uint preGranted, uint micAllowed, UsedPrivileges used, AccessCheckTrace? trace)
    {
        uint fromDacl;
        if (sd.Dacl is not { } dacl)
        {
            fromDacl = mapping.GenericAll | requested;
            trace?.Add(AccessCheckStage.Dacl, $"{(sd.DaclPresent ? "NULL DACL" : "no DACL")}: the mapping's GENERIC_ALL 0x{mapping.GenericAll:X8} is granted", fromDacl);
        }
        else
        {
            int count = tree.Count;
            Span<uint> granted = count <= StackNodes ? stackalloc uint[count] : new uint[count];
            Span<uint> denied = count <= StackNodes ? stackalloc uint[count] : new uint[count];
            var outcome = DaclWalk.Maximum(dacl, new AceSidMatch(token, false, sd, options.PrincipalSelfSid), tree, granted, denied, AccessCheckStage.Dacl, trace);
            if (outcome == WalkOutcome.NotImplemented)
            {
                return Stop(outcome, 0, AccessCheckStage.Dacl, trace)!.Value;
            }

            fromDacl = granted[0];
            if (token.IsRestricted || token.IsWriteRestricted)
            {
                uint first = fromDacl;
                granted.Clear();
                denied.Clear();
                outcome = DaclWalk.Maximum(dacl, new AceSidMatch(token, true, sd, options.PrincipalSelfSid), tree, granted, denied, AccessCheckStage.RestrictedDacl, trace);
                if (outcome == WalkOutcome.NotImplemented)
                {
                    return Stop(outcome, 0, AccessCheckStage.RestrictedDacl, trace)!.Value;
                }

                uint range = RestrictedRange(token, mapping);
                fromDacl = (first & ~range) | (first & granted[0] & range);
                trace?.Add(AccessCheckStage.RestrictedDacl,
                    $"restricted token: pass 1 grants 0x{first:X8}, pass 2 grants 0x{granted[0]:X8}; within 0x{range:X8} both must grant: 0x{fromDacl:X8}", fromDacl);
            }
        }

        uint result = (fromDacl | preGranted) & micAllowed;
        if (result == 0 || (requested & ~result) != 0)
        {
            trace?.Add(AccessCheckStage.Result, $"MAXIMUM_ALLOWED yields 0x{result:X8}, which {(result == 0 ? "is nothing" : "misses requested bits")}: access denied", result);
            return AccessCheckResult.Denied(NtStatus.STATUS_ACCESS_DENIED);
        }

        trace?.Add(AccessCheckStage.Result, $"MAXIMUM_ALLOWED grants 0x{result:X8}", result);
        return AccessCheckResult.Granted(result, used);
    }

    /// <summary>
    /// The bits the restricted pass must also grant (DESIGN.md "Fidelity"): everything but
    /// ACCESS_SYSTEM_SECURITY and MAXIMUM_ALLOWED; for a write-restricted token only the write
    /// bits: GenericWrite not also in GenericRead or GenericExecute, plus DELETE, WRITE_DAC, WRITE_OWNER.
    /// </summary>
    internal static uint RestrictedRange(TokenState token, GenericMapping mapping) =>
        token.IsWriteRestricted
            ? (mapping.GenericWrite & ~(mapping.GenericRead | mapping.GenericExecute)) | AccessMask.Delete | AccessMask.WriteDac | AccessMask.WriteOwner
            : AccessMask.StandardRightsAll | AccessMask.SpecificRightsAll | mapping.GenericAll;
}
