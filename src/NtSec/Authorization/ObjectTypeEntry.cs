namespace NtSec.Authorization;

/// <summary>OBJECT_TYPE_LIST entry: a GUID at a level of the object-type tree (level 0 is the object itself).</summary>
/// <param name="Level">ACCESS_OBJECT_GUID 0, ACCESS_PROPERTY_SET_GUID 1, ACCESS_PROPERTY_GUID 2, up to ACCESS_MAX_LEVEL 4.</param>
/// <param name="ObjectType">The GUID.</param>
public readonly record struct ObjectTypeEntry(int Level, Guid ObjectType)
{
    /// <summary>ACCESS_MAX_LEVEL.</summary>
    public const int MaxLevel = 4;
}
