namespace NtSec.Kernel;

/// <summary>
/// Injected allocation failures, so tests and scenarios can reach STATUS_INSUFFICIENT_RESOURCES and
/// STATUS_NO_MEMORY where Windows would return them. Thread-safe.
/// </summary>
public sealed class FaultInjection
{
    private int _failAfter = -1;

    /// <summary>Makes the allocation after <paramref name="successes"/> successful ones fail (once).</summary>
    public void FailAllocation(int successes = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        Volatile.Write(ref _failAfter, successes);
    }

    /// <summary>Cancels a pending failure.</summary>
    public void Clear() => Volatile.Write(ref _failAfter, -1);

    /// <summary>Called by every simulated pool allocation: true when this one must fail.</summary>
    internal bool AllocationFails()
    {
        while (true)
        {
            int current = Volatile.Read(ref _failAfter);
            if (current < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _failAfter, current - 1, current) == current)
            {
                return current == 0;
            }
        }
    }
}
