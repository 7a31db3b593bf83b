using NtSec.AccessControl;

namespace NtSec.Win32;

/// <summary>
/// SECURITY_ATTRIBUTES (minwinbase.h): the security descriptor of a new object and whether the handle to it
/// is inheritable. nLength has no meaning in a managed model and is left out. A null
/// <see cref="SecurityAttributes"/> argument is a NULL pointer: the default descriptor, a non-inheritable handle.
/// </summary>
/// <param name="LpSecurityDescriptor">lpSecurityDescriptor: the new object's descriptor, or null for the default.</param>
/// <param name="BInheritHandle">bInheritHandle: the returned handle gets OBJ_INHERIT.</param>
public sealed record SecurityAttributes(SecurityDescriptor? LpSecurityDescriptor = null, bool BInheritHandle = false);
