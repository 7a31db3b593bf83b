using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// SeSinglePrivilegeCheck(Privilege, PreviousMode): a kernel-mode caller holds every privilege; a
/// user-mode caller needs the privilege enabled in its effective token, and an impersonating thread
/// below SecurityImpersonation holds none (SePrivilegeCheck in the Windows Research Kernel, read for
/// behaviour).
/// </summary>
internal static class CallerPrivileges
{
    /// <summary>True when the caller of <paramref name="call"/> passes the privilege check.</summary>
    public static bool Held(KernelCall call, WellKnownPrivilege privilege)
    {
        if (!call.IsUserMode)
        {
            return true;
        }

        var (state, level) = call.Subject();
        if (level is { } l && l < SecurityImpersonationLevel.SecurityImpersonation)
        {
            return false;
        }

        return state.HasEnabledPrivilege(privilege);
    }
}
