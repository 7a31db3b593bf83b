namespace NtSec.Authorization;

/// <summary>How a DACL pass ended.</summary>
internal enum WalkOutcome
{
    /// <summary>Every ACE was considered (or nothing remained to grant).</summary>
    Completed,
    /// <summary>A deny ACE hit a bit still needed.</summary>
    Denied,
    /// <summary>An ACE the model cannot evaluate yet decided the outcome.</summary>
    NotImplemented,
}
