namespace NtSec.Authorization;

/// <summary>
/// Navigation over an OBJECT_TYPE_LIST held in preorder (level 0 first), as NtAccessCheckByType
/// receives it. With no list, the tree is a single node standing for the whole object.
/// </summary>
internal readonly ref struct ObjectTypeTree(ReadOnlySpan<ObjectTypeEntry> entries)
{
    private readonly ReadOnlySpan<ObjectTypeEntry> _entries = entries;

    /// <summary>Number of nodes (at least 1).</summary>
    public int Count => Math.Max(1, _entries.Length);

    /// <summary>True when the caller gave an object-type list.</summary>
    public bool HasList => !_entries.IsEmpty;

    /// <summary>
    /// ACT-10 (ReactOS NtAccessCheckByType tests): the first entry is level 0, there is only one
    /// level-0 entry, no level exceeds ACCESS_MAX_LEVEL and no entry jumps more than one level down.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<ObjectTypeEntry> entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            int level = entries[i].Level;
            bool ok = i == 0
                ? level == 0
                : level >= 1 && level <= ObjectTypeEntry.MaxLevel && level <= entries[i - 1].Level + 1;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first node with <paramref name="guid"/>, or -1.</summary>
    public int Find(Guid guid)
    {
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].ObjectType == guid)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One past the last node of the subtree rooted at <paramref name="node"/>.</summary>
    public int SubtreeEnd(int node)
    {
        if (!HasList)
        {
            return 1;
        }

        int end = node + 1;
        while (end < _entries.Length && _entries[end].Level > _entries[node].Level)
        {
            end++;
        }

        return end;
    }

    /// <summary>The parent of <paramref name="node"/>, or -1 for the root.</summary>
    public int Parent(int node)
    {
        if (!HasList || node == 0)
        {
            return -1;
        }

        int level = _entries[node].Level;
        for (int i = node - 1; i >= 0; i--)
        {
            if (_entries[i].Level < level)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The level of <paramref name="node"/>.</summary>
    public int Level(int node) => HasList ? _entries[node].Level : 0;
}
