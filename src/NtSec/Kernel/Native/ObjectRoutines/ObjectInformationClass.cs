namespace NtSec.Kernel.Native;

/// <summary>OBJECT_INFORMATION_CLASS (ntifs.h / winternl.h) for NtQueryObject and NtSetInformationObject.</summary>
public enum ObjectInformationClass
{
    /// <summary>ObjectBasicInformation (0): attributes, granted access, handle count.</summary>
    ObjectBasicInformation = 0,
    /// <summary>ObjectNameInformation (1): not modelled (STATUS_NOT_IMPLEMENTED).</summary>
    ObjectNameInformation = 1,
    /// <summary>ObjectTypeInformation (2): not modelled (STATUS_NOT_IMPLEMENTED).</summary>
    ObjectTypeInformation = 2,
    /// <summary>ObjectTypesInformation (3): not modelled (STATUS_NOT_IMPLEMENTED).</summary>
    ObjectTypesInformation = 3,
    /// <summary>ObjectHandleFlagInformation (4): the handle's inherit and protect-from-close flags.</summary>
    ObjectHandleFlagInformation = 4,
}
