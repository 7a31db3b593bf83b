using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// Who is calling a native routine: the calling thread (and so its process) and the previous mode.
/// Every Nt*/Zw*/Se*/Ps* routine of the model takes one (DESIGN.md "Calling context").
/// </summary>
/// <param name="Thread">The calling thread.</param>
/// <param name="PreviousMode">UserMode for Nt* from user mode; KernelMode for Zw* from a driver.</param>
public readonly record struct KernelCall(ThreadObject Thread, KProcessorMode PreviousMode = KProcessorMode.UserMode)
{
    /// <summary>The calling process.</summary>
    public ProcessObject Process => Thread.Process;

    /// <summary>The machine.</summary>
    public Machine Machine => Thread.Process.Machine;

    /// <summary>True for a user-mode caller, whose handles and access are checked.</summary>
    public bool IsUserMode => PreviousMode == KProcessorMode.UserMode;

    /// <summary>The token access checks use: the thread's impersonation token, else the process's primary token.</summary>
    public TokenObject EffectiveToken => Thread.Impersonation?.Token ?? Process.PrimaryToken;

    /// <summary>The same caller in kernel mode (a Zw call).</summary>
    public KernelCall AsKernel() => this with { PreviousMode = KProcessorMode.KernelMode };

    /// <summary>The state of the token checks use, with the level it is used at (null level: primary).</summary>
    public (TokenState State, SecurityImpersonationLevel? Level) Subject(bool openAsSelf = false)
    {
        var impersonation = Thread.Impersonation;
        return impersonation is null || openAsSelf
            ? (Process.PrimaryToken.State, null)
            : (impersonation.Token.State, impersonation.Level);
    }
}
