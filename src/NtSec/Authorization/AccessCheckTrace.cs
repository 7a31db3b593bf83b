namespace NtSec.Authorization;

/// <summary>Collects the steps of one access check when explanations are wanted. Not thread-safe; one per check.</summary>
public sealed class AccessCheckTrace
{
    private readonly List<AccessCheckTraceEntry> _entries = [];

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<AccessCheckTraceEntry> Entries => _entries;

    internal void Add(AccessCheckStage stage, string message, uint bits = 0, int? aceIndex = null) =>
        _entries.Add(new AccessCheckTraceEntry(stage, aceIndex, message, bits));
}
