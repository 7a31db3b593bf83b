using NtSec.AccessControl;

namespace NtSec.Kernel.Native;

/// <summary>
/// The parts of OBJECT_ATTRIBUTES (ntdef.h) the token routines read: the OBJ_* attributes of the new
/// handle, the security descriptor of the new object, and the security quality of service. A null
/// <see cref="ObjectAttributes"/> argument is a NULL ObjectAttributes pointer.
/// </summary>
/// <param name="Attributes">OBJ_INHERIT, OBJ_KERNEL_HANDLE and friends, for the new handle.</param>
/// <param name="SecurityDescriptor">OBJECT_ATTRIBUTES.SecurityDescriptor: the new object's descriptor, or null for the default one.</param>
/// <param name="SecurityQualityOfService">OBJECT_ATTRIBUTES.SecurityQualityOfService, or null when absent.</param>
public sealed record ObjectAttributes(
    ObjectAttributeFlags Attributes = ObjectAttributeFlags.None,
    SecurityDescriptor? SecurityDescriptor = null,
    SecurityQualityOfService? SecurityQualityOfService = null);
