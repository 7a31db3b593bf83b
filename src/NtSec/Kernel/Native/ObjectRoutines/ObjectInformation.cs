namespace NtSec.Kernel.Native;

/// <summary>What NtQueryObject returns: one derived record per <see cref="ObjectInformationClass"/> that is modelled.</summary>
public abstract record ObjectInformation;
