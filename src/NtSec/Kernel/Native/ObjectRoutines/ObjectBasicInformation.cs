namespace NtSec.Kernel.Native;

/// <summary>
/// PUBLIC_OBJECT_BASIC_INFORMATION (ntifs.h), 56 bytes: the handle's attributes (OBJ_INHERIT,
/// OBJ_PROTECT_CLOSE 0x1) with the object's OBJ_PERMANENT, the access granted to the handle, and the
/// object's handle count. The pointer count is not modelled.
/// </summary>
/// <param name="Attributes">Handle attributes plus OBJ_PERMANENT for a permanent object.</param>
/// <param name="GrantedAccess">The access granted to this handle.</param>
/// <param name="HandleCount">Open handles to the object, in all tables.</param>
public sealed record ObjectBasicInformation(ObjectAttributeFlags Attributes, uint GrantedAccess, int HandleCount) : ObjectInformation
{
    /// <summary>sizeof(PUBLIC_OBJECT_BASIC_INFORMATION): 4 ULONGs and 10 reserved ULONGs.</summary>
    public const int Size = 56;
}
