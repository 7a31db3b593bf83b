namespace NtSec.AccessControl;

using NtSec.Principals;

/// <summary>
/// An access control entry (MS-DTYP 2.4.4), immutable. Every type 0x00-0x15 is modelled: basic
/// and object layouts with their mask, SID, GUIDs and trailing application data (conditional
/// expressions, resource attributes); compound ACEs and unknown types keep their body bytes as
/// they were, so they round-trip byte for byte.
/// </summary>
public sealed class Ace : IEquatable<Ace>
{
    private readonly byte[] _applicationData;
    private readonly byte[] _opaqueBody;

    private Ace(AceType type, AceFlags flags, AccessMask mask, Sid? sid, uint objectFlags, Guid? objectType,
        Guid? inheritedObjectType, byte[] applicationData, byte[] opaqueBody)
    {
        Type = type;
        Flags = flags;
        Mask = mask;
        Sid = sid;
        ObjectFlags = objectFlags;
        ObjectType = objectType;
        InheritedObjectType = inheritedObjectType;
        _applicationData = applicationData;
        _opaqueBody = opaqueBody;
    }

    /// <summary>Creates an ACE of basic layout: mask, SID and optional application data.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not of basic layout.</exception>
    public static Ace Create(AceType type, AceFlags flags, AccessMask mask, Sid sid, ReadOnlySpan<byte> applicationData = default)
    {
        ArgumentNullException.ThrowIfNull(sid);
        if (AceTypeInfo.LayoutOf(type) != AceLayout.Basic)
        {
            throw new ArgumentException($"ACE type 0x{(byte)type:X2} does not have the basic layout", nameof(type));
        }

        return new Ace(type, flags, mask, sid, 0, null, null, applicationData.ToArray(), []);
    }

    /// <summary>Creates an object ACE; the object flags say which GUIDs are present.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not an object ACE type.</exception>
    public static Ace CreateObject(AceType type, AceFlags flags, AccessMask mask, Sid sid, Guid? objectType,
        Guid? inheritedObjectType, ReadOnlySpan<byte> applicationData = default)
    {
        uint objectFlags = (objectType is null ? 0u : (uint)ObjectAceFlags.ObjectTypePresent)
            | (inheritedObjectType is null ? 0u : (uint)ObjectAceFlags.InheritedObjectTypePresent);
        return CreateObject(type, flags, mask, sid, objectFlags, objectType, inheritedObjectType, applicationData);
    }

    /// <summary>Creates an object ACE with raw object flags (bits other than 1 and 2 are kept as given).</summary>
    internal static Ace CreateObject(AceType type, AceFlags flags, AccessMask mask, Sid sid, uint objectFlags, Guid? objectType,
        Guid? inheritedObjectType, ReadOnlySpan<byte> applicationData)
    {
        ArgumentNullException.ThrowIfNull(sid);
        if (AceTypeInfo.LayoutOf(type) != AceLayout.Object)
        {
            throw new ArgumentException($"ACE type 0x{(byte)type:X2} is not an object ACE type", nameof(type));
        }

        return new Ace(type, flags, mask, sid, objectFlags, objectType, inheritedObjectType, applicationData.ToArray(), []);
    }

    /// <summary>Creates an ACE kept as opaque body bytes (everything after the 4-byte header).</summary>
    public static Ace CreateOpaque(AceType type, AceFlags flags, ReadOnlySpan<byte> body)
    {
        if (AceTypeInfo.LayoutOf(type) != AceLayout.Opaque)
        {
            throw new ArgumentException($"ACE type 0x{(byte)type:X2} has a known layout", nameof(type));
        }

        uint mask = body.Length >= 4 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(body) : 0;
        return new Ace(type, flags, mask, null, 0, null, null, [], body.ToArray());
    }

    /// <summary>ACE_HEADER.AceType.</summary>
    public AceType Type { get; }

    /// <summary>ACE_HEADER.AceFlags.</summary>
    public AceFlags Flags { get; }

    /// <summary>The access mask (for opaque ACEs, the first four body bytes when present).</summary>
    public AccessMask Mask { get; }

    /// <summary>The trustee SID; null only for opaque ACEs.</summary>
    public Sid? Sid { get; }

    /// <summary>Object ACE flags as stored (ACE_OBJECT_TYPE_PRESENT, ACE_INHERITED_OBJECT_TYPE_PRESENT).</summary>
    public uint ObjectFlags { get; }

    /// <summary>ObjectType GUID of an object ACE, when present.</summary>
    public Guid? ObjectType { get; }

    /// <summary>InheritedObjectType GUID of an object ACE, when present.</summary>
    public Guid? InheritedObjectType { get; }

    /// <summary>Bytes after the SID: a conditional expression ("artx"...), a resource attribute, or other data.</summary>
    public ReadOnlySpan<byte> ApplicationData => _applicationData;

    /// <summary>The body of an opaque ACE (empty for the known layouts).</summary>
    public ReadOnlySpan<byte> OpaqueBody => _opaqueBody;

    /// <summary>The layout of this ACE's body.</summary>
    public AceLayout Layout => AceTypeInfo.LayoutOf(Type);

    /// <summary>True when INHERIT_ONLY_ACE is set: the ACE is skipped by the access check.</summary>
    public bool IsInheritOnly => (Flags & AceFlags.InheritOnly) != 0;

    /// <summary>AceSize: the header plus the body, as written.</summary>
    public int BinaryLength => 4 + Layout switch
    {
        AceLayout.Opaque => _opaqueBody.Length,
        AceLayout.Object => 8 + (ObjectType is null ? 0 : 16) + (InheritedObjectType is null ? 0 : 16) + Sid!.BinaryLength + _applicationData.Length,
        _ => 4 + Sid!.BinaryLength + _applicationData.Length,
    };

    /// <summary>A copy with another access mask (not for opaque ACEs).</summary>
    public Ace WithMask(AccessMask mask) =>
        Layout == AceLayout.Opaque
            ? throw new InvalidOperationException("an opaque ACE has no mask to replace")
            : new Ace(Type, Flags, mask, Sid, ObjectFlags, ObjectType, InheritedObjectType, _applicationData, _opaqueBody);

    /// <summary>A copy with other flags.</summary>
    public Ace WithFlags(AceFlags flags) =>
        new(Type, flags, Mask, Sid, ObjectFlags, ObjectType, InheritedObjectType, _applicationData, _opaqueBody);

    /// <summary>This ACE as SDDL ("(A;;FA;;;SY)"); false for ACEs SDDL cannot express.</summary>
    public bool TryToSddl(NtSec.AccessControl.Sddl.SddlContext context, [NotNullWhen(true)] out string? sddl) =>
        NtSec.AccessControl.Sddl.SddlWriter.TryFormatAce(this, context, out sddl);

    /// <inheritdoc/>
    public bool Equals(Ace? other) =>
        other is not null
        && Type == other.Type && Flags == other.Flags && Mask == other.Mask && Sid == other.Sid
        && ObjectFlags == other.ObjectFlags && ObjectType == other.ObjectType
        && InheritedObjectType == other.InheritedObjectType
        && _applicationData.AsSpan().SequenceEqual(other._applicationData)
        && _opaqueBody.AsSpan().SequenceEqual(other._opaqueBody);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Ace);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Flags, Mask, Sid, ObjectType, InheritedObjectType, _applicationData.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Flags} {Mask} {Sid}";
}
