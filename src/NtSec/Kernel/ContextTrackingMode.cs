namespace NtSec.Kernel;

/// <summary>SECURITY_CONTEXT_TRACKING_MODE (winnt.h): how a server's view of the client follows later changes.</summary>
public enum ContextTrackingMode
{
    /// <summary>
    /// SECURITY_STATIC_TRACKING (FALSE): the client context is a copy of the client's token taken when the
    /// context is created; later changes to the client's token are not seen.
    /// </summary>
    Static = 0,

    /// <summary>
    /// SECURITY_DYNAMIC_TRACKING (TRUE): for a local server the context refers to the client's token object
    /// itself, so the server sees the client's token as it is when it impersonates.
    /// </summary>
    Dynamic = 1,
}
