using System.Runtime.CompilerServices;

namespace NtSec.Kernel.Native;

/// <summary>
/// The object-header flags the routines here need and <see cref="KernelObject"/> does not hold yet:
/// OB_FLAG_PERMANENT (OBJ_PERMANENT at creation) and whether the object's name lives only as long as
/// its handles (a temporary named object created by these routines). Kept beside the object until the
/// object header gains them.
/// </summary>
internal static class ObjectHeaderFlags
{
    private static readonly ConditionalWeakTable<KernelObject, State> Table = [];

    /// <summary>OBJ_PERMANENT: the name outlives the last handle.</summary>
    public static bool IsPermanent(KernelObject obj) => Table.TryGetValue(obj, out var s) && Volatile.Read(ref s.Permanent);

    /// <summary>Records a new named object: permanent or not; only recorded objects can become nameless.</summary>
    public static void Register(KernelObject obj, bool permanent) => Table.AddOrUpdate(obj, new State { Permanent = permanent });

    /// <summary>
    /// Marks the end of creation (the creator's handle was made, or failed): from now on the object dies
    /// with its last handle. Before this a racing lookup must not take the new object for a dead one.
    /// </summary>
    public static void MarkCreated(KernelObject obj)
    {
        if (Table.TryGetValue(obj, out var s))
        {
            Volatile.Write(ref s.Created, true);
        }
    }

    /// <summary>
    /// True when a temporary named object made here has lost its last handle: Windows deletes it and its
    /// name with it (om.c test_object_permanence / test_zero_access: a later open fails with
    /// STATUS_OBJECT_NAME_NOT_FOUND).
    /// </summary>
    public static bool IsDeleted(KernelObject obj) =>
        Table.TryGetValue(obj, out var s) && Volatile.Read(ref s.Created) && !Volatile.Read(ref s.Permanent) && obj.HandleCount == 0;

    private sealed class State
    {
        public bool Permanent;
        public bool Created;
    }
}
