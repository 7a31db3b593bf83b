using NtSec.Principals;

namespace NtSec.Tokens.Operations;

/// <summary>
/// A source of new locally unique identifiers, as NtAllocateLocallyUniqueId / ExAllocateLocallyUniqueId
/// hand them out: one 64-bit counter, incremented atomically, never repeating within one allocator.
/// Token operations take an allocator so tests can use their own and get predictable values.
/// </summary>
/// <remarks>
/// The well-known logon session LUIDs sit just below 0x3E8: NETWORK SERVICE 0x3E4, LOCAL SERVICE 0x3E5,
/// ANONYMOUS LOGON 0x3E6, SYSTEM 0x3E7 (ntifs.h *_LUID). Allocation starts at
/// <see cref="DefaultFirstValue"/> (0x100000), well above them, which also leaves 0x3E8..0xFFFFF free for
/// fixed identifiers such as those of the token presets (TokenPresets documents its range). Any value
/// allocated is not a well-known privilege LUID (LowPart above 36) ([W] wine.md LUID-01).
/// </remarks>
public sealed class LuidAllocator
{
    /// <summary>The highest well-known logon session LUID (SYSTEM_LUID, 0x3E7).</summary>
    public const long HighestWellKnownValue = 0x3E7;

    /// <summary>The first value a default allocator hands out.</summary>
    public const long DefaultFirstValue = 0x10_0000;

    private long _last;

    /// <summary>An allocator whose first LUID is <see cref="DefaultFirstValue"/>.</summary>
    public LuidAllocator()
        : this(DefaultFirstValue)
    {
    }

    /// <summary>An allocator whose first LUID is <paramref name="firstValue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstValue"/> is not above 0x3E7.</exception>
    public LuidAllocator(long firstValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstValue, HighestWellKnownValue);
        _last = firstValue - 1;
    }

    /// <summary>The allocator the library uses when a caller does not bring its own.</summary>
    public static LuidAllocator Shared { get; } = new();

    /// <summary>AllocateLocallyUniqueId: the next LUID. Thread-safe.</summary>
    /// <exception cref="InvalidOperationException">The 64-bit space is exhausted.</exception>
    public Luid Allocate()
    {
        long value = Interlocked.Increment(ref _last);
        if (value <= HighestWellKnownValue)
        {
            // Only after 2^64 allocations; Windows would bugcheck long before.
            throw new InvalidOperationException("the LUID space is exhausted");
        }

        return Luid.FromInt64(value);
    }
}
