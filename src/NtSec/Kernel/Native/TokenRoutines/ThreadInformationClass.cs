namespace NtSec.Kernel.Native;

/// <summary>THREADINFOCLASS (ntddk.h, winternl.h): the classes the model names. Only ThreadImpersonationToken is modelled.</summary>
public enum ThreadInformationClass
{
    /// <summary>ThreadBasicInformation (query only).</summary>
    ThreadBasicInformation = 0,
    /// <summary>ThreadTimes (query only).</summary>
    ThreadTimes = 1,
    /// <summary>ThreadPriority.</summary>
    ThreadPriority = 2,
    /// <summary>ThreadBasePriority.</summary>
    ThreadBasePriority = 3,
    /// <summary>ThreadAffinityMask.</summary>
    ThreadAffinityMask = 4,
    /// <summary>ThreadImpersonationToken: the buffer is a token HANDLE; NULL reverts to self.</summary>
    ThreadImpersonationToken = 5,
}
