using NtSec.AccessControl;
using NtSec.AccessControl.Sddl;
using NtSec.Authorization.Conditions;

namespace NtSec.Authorization;

/// <summary>
/// One pass over the DACL ([MS-DTYP] 2.5.3.2 step 6; DESIGN.md "Fidelity"), in order, skipping
/// inherit-only ACEs. Specific mode: an allow ACE clears its bits from what remains; a deny ACE
/// that touches a remaining bit denies the request. MAXIMUM_ALLOWED mode: an allow ACE grants its
/// bits not yet denied, a deny ACE denies its bits not yet granted (first writer wins). Object ACEs
/// act on the object-type tree: one without an ObjectType GUID applies to the whole object; one
/// whose GUID is absent from the tree is ignored; without a tree, object-allow ACEs with a GUID are
/// ignored and object-deny ACEs act as plain denies.
/// </summary>
internal static class DaclWalk
{
    /// <summary>Specific mode over <paramref name="remaining"/> (one entry per tree node).</summary>
    public static WalkOutcome Specific(Acl dacl, in AceSidMatch match, scoped ObjectTypeTree tree, Span<uint> remaining,
        AccessCheckStage stage, AccessCheckTrace? trace)
    {
        for (int i = 0; i < dacl.Count && remaining[0] != 0; i++)
        {
            var ace = dacl[i];
            var action = Classify(ace, i, match, tree, stage, trace, out int node);
            if (action == AceAction.NotImplemented)
            {
                return WalkOutcome.NotImplemented;
            }

            uint mask = ace.Mask.Value;
            if (action == AceAction.Allow)
            {
                uint before = remaining[node];
                ClearSubtree(tree, remaining, node, mask);
                PropagateUp(tree, remaining, node);
                trace?.Add(stage, $"ACE {i} {Text(ace)}: allow: {match.Describe(ace.Sid!)}; grants 0x{before & mask:X8}, 0x{remaining[0]:X8} still needed", before & mask, i);
            }
            else if (action == AceAction.Deny)
            {
                uint hit = remaining[node] & mask;
                if (hit != 0)
                {
                    trace?.Add(stage, $"ACE {i} {Text(ace)}: deny: {match.Describe(ace.Sid!)}; denies 0x{hit:X8} which is still needed", hit, i);
                    return WalkOutcome.Denied;
                }

                trace?.Add(stage, $"ACE {i} {Text(ace)}: deny for {match.Describe(ace.Sid!)}, but none of its bits is still needed", 0, i);
            }
        }

        return WalkOutcome.Completed;
    }

    /// <summary>MAXIMUM_ALLOWED mode: fills <paramref name="granted"/> and <paramref name="denied"/> per tree node.</summary>
    public static WalkOutcome Maximum(Acl dacl, in AceSidMatch match, scoped ObjectTypeTree tree, Span<uint> granted, Span<uint> denied,
        AccessCheckStage stage, AccessCheckTrace? trace)
    {
        for (int i = 0; i < dacl.Count; i++)
        {
            var ace = dacl[i];
            var action = Classify(ace, i, match, tree, stage, trace, out int node);
            if (action == AceAction.NotImplemented)
            {
                return WalkOutcome.NotImplemented;
            }

            if (action == AceAction.Skip)
            {
                continue;
            }

            bool allow = action == AceAction.Allow;
            uint mask = ace.Mask.Value;
            int end = tree.SubtreeEnd(node);
            uint rootBefore = allow ? granted[0] : denied[0];
            for (int n = node; n < end; n++)
            {
                if (allow)
                {
                    granted[n] |= mask & ~denied[n];
                }
                else
                {
                    denied[n] |= mask & ~granted[n];
                }
            }

            if (allow)
            {
                PropagateGrantUp(tree, granted, denied, node);
            }
            else
            {
                PropagateDenyUp(tree, granted, denied, node);
            }

            uint changed = (allow ? granted[0] : denied[0]) & ~rootBefore;
            trace?.Add(stage, $"ACE {i} {Text(ace)}: {(allow ? "allow" : "deny")}: {match.Describe(ace.Sid!)}; " +
                $"{(allow ? "grants" : "denies")} 0x{changed:X8} not yet {(allow ? "denied" : "granted")}", changed, i);
        }

        return WalkOutcome.Completed;
    }

    /// <summary>What one ACE does in this pass, tracing why when it does nothing.</summary>
    private static AceAction Classify(Ace ace, int i, in AceSidMatch match, scoped ObjectTypeTree tree, AccessCheckStage stage,
        AccessCheckTrace? trace, out int node)
    {
        node = 0;
        if (ace.IsInheritOnly || ace.Sid is not { } sid)
        {
            if (ace.Layout == AceLayout.Opaque && !ace.IsInheritOnly && AceTypeInfo.IsAllow(ace.Type))
            {
                trace?.Add(stage, $"ACE {i}: compound ACEs are not modelled", 0, i);
                return AceAction.NotImplemented;
            }

            return AceAction.Skip;
        }

        bool allow = AceTypeInfo.IsAllow(ace.Type);
        if (!allow && !AceTypeInfo.IsDeny(ace.Type))
        {
            return AceAction.Skip;
        }

        bool applies = allow ? match.ForAllow(sid) : match.ForDeny(sid);
        if (applies && AceTypeInfo.IsCallback(ace.Type) && !ConditionApplies(ace, i, allow, match, stage, trace))
        {
            return AceAction.Skip;
        }

        node = TargetNode(ace, tree, allow, out bool ignored);
        if (ignored)
        {
            trace?.Add(stage, $"ACE {i} {Text(ace)}: object type not in the object-type list: ignored", 0, i);
            return AceAction.Skip;
        }

        if (!applies)
        {
            trace?.Add(stage, $"ACE {i} {Text(ace)}: skipped: {match.Describe(sid)}", 0, i);
            return AceAction.Skip;
        }

        return allow ? AceAction.Allow : AceAction.Deny;
    }

    /// <summary>
    /// MS-DTYP 2.4.4.17.3: an allow callback ACE applies only when its condition is TRUE; a deny applies when
    /// it is TRUE or UNKNOWN. Kept out of <see cref="Classify"/> so the common path stays small.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ConditionApplies(Ace ace, int i, bool allow, in AceSidMatch match, AccessCheckStage stage, AccessCheckTrace? trace)
    {
        var condition = match.Condition(ace, denyAce: !allow);
        bool applies = allow ? condition == ConditionResult.True : condition != ConditionResult.False;
        trace?.Add(stage, $"ACE {i} {Text(ace)}: condition is {condition.ToString().ToUpperInvariant()}: " +
            (applies ? "the ACE applies" : "the ACE does not apply"), 0, i);
        return applies;
    }

    private enum AceAction
    {
        Skip,
        Allow,
        Deny,
        NotImplemented,
    }

    /// <summary>The node an ACE acts on; <paramref name="ignored"/> when it has no effect here.</summary>
    private static int TargetNode(Ace ace, scoped ObjectTypeTree tree, bool allow, out bool ignored)
    {
        ignored = false;
        if (!AceTypeInfo.IsObjectAce(ace.Type) || ace.ObjectType is not { } guid)
        {
            return 0;
        }

        if (!tree.HasList)
        {
            ignored = allow; // an object deny with a GUID and no list is a plain deny (Windows Security Internals ch. 7)
            return 0;
        }

        int node = tree.Find(guid);
        ignored = node < 0;
        return Math.Max(node, 0);
    }

    private static void ClearSubtree(scoped ObjectTypeTree tree, Span<uint> remaining, int node, uint mask)
    {
        int end = tree.SubtreeEnd(node);
        for (int n = node; n < end; n++)
        {
            remaining[n] &= ~mask;
        }
    }

    /// <summary>A parent is granted a bit once every child is ([MS-DTYP] 2.5.3.2, object allow ACE).</summary>
    private static void PropagateUp(scoped ObjectTypeTree tree, Span<uint> remaining, int node)
    {
        for (int parent = tree.Parent(node); parent >= 0; node = parent, parent = tree.Parent(parent))
        {
            uint childrenRemaining = 0;
            int end = tree.SubtreeEnd(parent);
            for (int c = parent + 1; c < end; c++)
            {
                if (tree.Level(c) == tree.Level(parent) + 1)
                {
                    childrenRemaining |= remaining[c];
                }
            }

            remaining[parent] &= childrenRemaining;
        }
    }

    private static void PropagateGrantUp(scoped ObjectTypeTree tree, Span<uint> granted, Span<uint> denied, int node)
    {
        for (int parent = tree.Parent(node); parent >= 0; node = parent, parent = tree.Parent(parent))
        {
            uint all = uint.MaxValue;
            int end = tree.SubtreeEnd(parent);
            for (int c = parent + 1; c < end; c++)
            {
                if (tree.Level(c) == tree.Level(parent) + 1)
                {
                    all &= granted[c];
                }
            }

            granted[parent] |= all & ~denied[parent];
        }
    }

    /// <summary>A child's denial reaches its ancestors for the bits they have not been granted yet (first writer wins).</summary>
    private static void PropagateDenyUp(scoped ObjectTypeTree tree, Span<uint> granted, Span<uint> denied, int node)
    {
        for (int parent = tree.Parent(node); parent >= 0; node = parent, parent = tree.Parent(parent))
        {
            denied[parent] |= denied[node] & ~granted[parent];
        }
    }

    private static string Text(Ace ace) =>
        (ace.TryToSddl(SddlContext.Default, out var text) ? text : $"(type 0x{(byte)ace.Type:X2})")
        + (ace.Mask.HasGenericBits ? " [generic bits in an ACE are not mapped by the access check]" : string.Empty);
}
