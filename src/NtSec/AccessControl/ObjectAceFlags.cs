namespace NtSec.AccessControl;

/// <summary>The Flags field of an object ACE (MS-DTYP 2.4.4.3).</summary>
[Flags]
public enum ObjectAceFlags : uint
{
    /// <summary>Neither GUID is present.</summary>
    None = 0,
    /// <summary>ACE_OBJECT_TYPE_PRESENT.</summary>
    ObjectTypePresent = 0x1,
    /// <summary>ACE_INHERITED_OBJECT_TYPE_PRESENT.</summary>
    InheritedObjectTypePresent = 0x2,
}
