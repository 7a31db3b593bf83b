using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// SECURITY_QUALITY_OF_SERVICE: what the client lets the server do with its security context (the
/// Length member has no meaning in a managed model and is left out).
/// </summary>
/// <param name="ImpersonationLevel">The level the server may impersonate the client at.</param>
/// <param name="ContextTrackingMode">Static (a snapshot) or dynamic (the live token) tracking.</param>
/// <param name="EffectiveOnly">
/// True: the server may use only the groups and privileges enabled in the client's context, not enable
/// the disabled ones.
/// </param>
public sealed record SecurityQualityOfService(SecurityImpersonationLevel ImpersonationLevel,
    ContextTrackingMode ContextTrackingMode = ContextTrackingMode.Static, bool EffectiveOnly = false);
