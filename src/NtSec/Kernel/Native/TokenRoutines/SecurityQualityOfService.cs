using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// SECURITY_QUALITY_OF_SERVICE (winnt.h), as OBJECT_ATTRIBUTES.SecurityQualityOfService carries it.
/// NtDuplicateToken reads only <see cref="ImpersonationLevel"/>; the other members are kept for callers
/// that pass a whole structure (named-pipe and LPC clients).
/// </summary>
/// <param name="ImpersonationLevel">The impersonation level asked for.</param>
/// <param name="ContextTrackingMode">SECURITY_DYNAMIC_TRACKING (true) or SECURITY_STATIC_TRACKING (false).</param>
/// <param name="EffectiveOnly">Whether only the enabled parts of the client's token are to be used.</param>
public sealed record SecurityQualityOfService(SecurityImpersonationLevel ImpersonationLevel, bool ContextTrackingMode = false, bool EffectiveOnly = false);
