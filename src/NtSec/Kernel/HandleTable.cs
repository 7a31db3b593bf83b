using NtSec.Status;

namespace NtSec.Kernel;

/// <summary>
/// A handle table: a process's, or the kernel's (OBJ_KERNEL_HANDLE). Values are multiples of 4
/// from 4 upwards; a closed value is reused first (Windows' free list is LIFO). Kernel-table values
/// carry the sign bit. A per-table quota gives STATUS_QUOTA_EXCEEDED; injected allocation failures
/// give STATUS_INSUFFICIENT_RESOURCES. Thread-safe.
/// </summary>
public sealed class HandleTable
{
    /// <summary>The default per-process handle quota (Windows' per-process limit is 2^24 handles).</summary>
    public const int DefaultQuota = 1 << 24;

    private readonly Machine _machine;
    private readonly bool _kernel;
    private readonly Dictionary<long, HandleEntry> _entries = [];
    private readonly Stack<long> _free = new();
    private readonly Lock _lock = new();
    private long _next = 4;
    private int _quota;

    internal HandleTable(Machine machine, int quota, bool kernel)
    {
        _machine = machine;
        _quota = quota;
        _kernel = kernel;
    }

    /// <summary>The most handles the table may hold at once.</summary>
    public int Quota
    {
        get => Volatile.Read(ref _quota);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Volatile.Write(ref _quota, value);
        }
    }

    /// <summary>The number of open handles.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>A snapshot of the open handles, by value.</summary>
    public IReadOnlyDictionary<NtHandle, HandleEntry> Snapshot()
    {
        lock (_lock)
        {
            return _entries.ToDictionary(e => new NtHandle(e.Key), e => e.Value);
        }
    }

    /// <summary>Adds a handle (ObpCreateHandle).</summary>
    public NtStatus Insert(HandleEntry entry, out NtHandle handle)
    {
        ArgumentNullException.ThrowIfNull(entry);
        handle = NtHandle.Null;
        if (_machine.Faults.AllocationFails())
        {
            return NtStatus.STATUS_INSUFFICIENT_RESOURCES;
        }

        lock (_lock)
        {
            if (_entries.Count >= _quota)
            {
                return NtStatus.STATUS_QUOTA_EXCEEDED;
            }

            long slot = _free.Count > 0 ? _free.Pop() : (_next += 4) - 4;
            _entries.Add(slot, entry);
            entry.Object.AddHandle();
            handle = new NtHandle(_kernel ? slot | NtHandle.KernelHandleBit : slot);
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>Finds a handle of this table; STATUS_INVALID_HANDLE when there is none.</summary>
    public NtStatus Lookup(NtHandle handle, [NotNullWhen(true)] out HandleEntry? entry)
    {
        entry = null;
        if (!TrySlot(handle, out long slot))
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            return _entries.TryGetValue(slot, out entry) ? NtStatus.STATUS_SUCCESS : NtStatus.STATUS_INVALID_HANDLE;
        }
    }

    /// <summary>Removes a handle (NtClose): STATUS_INVALID_HANDLE, or STATUS_HANDLE_NOT_CLOSABLE when protected.</summary>
    public NtStatus Close(NtHandle handle)
    {
        if (!TrySlot(handle, out long slot))
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            if (!_entries.TryGetValue(slot, out var entry))
            {
                return NtStatus.STATUS_INVALID_HANDLE;
            }

            if (entry.ProtectFromClose)
            {
                return NtStatus.STATUS_HANDLE_NOT_CLOSABLE;
            }

            _entries.Remove(slot);
            _free.Push(slot);
            entry.Object.RemoveHandle();
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>Replaces an entry's flags (NtSetInformationObject ObjectHandleFlagInformation).</summary>
    public NtStatus SetFlags(NtHandle handle, bool inherit, bool protectFromClose)
    {
        if (!TrySlot(handle, out long slot))
        {
            return NtStatus.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            if (!_entries.TryGetValue(slot, out var entry))
            {
                return NtStatus.STATUS_INVALID_HANDLE;
            }

            var attributes = inherit ? entry.Attributes | ObjectAttributeFlags.OBJ_INHERIT : entry.Attributes & ~ObjectAttributeFlags.OBJ_INHERIT;
            _entries[slot] = entry with { Attributes = attributes, ProtectFromClose = protectFromClose };
            return NtStatus.STATUS_SUCCESS;
        }
    }

    private bool TrySlot(NtHandle handle, out long slot)
    {
        slot = 0;
        if (handle.IsNull || handle.IsPseudo || handle.IsKernel != _kernel)
        {
            return false;
        }

        slot = _kernel ? handle.Value & ~NtHandle.KernelHandleBit : handle.Value;
        return slot > 0 && slot % 4 == 0;
    }
}
