namespace NtSec.Kernel;

/// <summary>KPROCESSOR_MODE: the previous mode of a native call (Nt* from user mode, Zw* from a driver).</summary>
public enum KProcessorMode
{
    /// <summary>KernelMode: access checks are skipped and kernel handles may be used.</summary>
    KernelMode = 0,
    /// <summary>UserMode: handles and access are checked against the caller.</summary>
    UserMode = 1,
}
